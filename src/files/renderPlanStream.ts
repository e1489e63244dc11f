/**
 * Render the engine's sheet plans on ExcelJS's streaming worksheet writer (the command line's
 * report workbook): rows go to the zip as they are made, so a sheet of 200,000 tasks never sits in
 * memory as ExcelJS cells or as XML. Looks the same as renderPlanExcelJS.ts (the in-memory renderer
 * of the browser playground): column widths, wrap/top alignment, text columns "@", dates as real
 * dates, row fills, Excel tables; the summary blocks with fills, borders and bold totals.
 */
import type ExcelJS from 'exceljs';
import type { PlanColumn, TablePlan } from '../core/plans/sheetPlan';
import type { SummarySheetPlan } from '../core/plans/summarySheetPlan';
import {
  argb,
  HEADER_FILL,
  HEADING_FONT_SIZE,
  NUMBER_FORMATS,
  TASK_TABLE_STYLE,
  TITLE_FONT_SIZE,
} from '../core/plans/sheetStyle';
import { cellValue } from './renderPlanExcelJS';
import { streamBook, streamSheet } from './exceljsStream';
import { SheetRowsXml } from './sheetRowsXml';
import { CHECK_EVERY, outputReady } from './streamBackpressure';
import type { StreamedTables } from './streamedTables';

type Style = Partial<ExcelJS.Style>;

const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const THIN = { style: 'thin' } as const;
const BOX: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/** A column's cell style as the in-memory renderer leaves it: wrap/top, and "@" or the date format. */
function columnStyle(c: PlanColumn, fill: string | null = null): Style {
  const numFmt = c.kind === 'date' || c.kind === 'text' ? NUMBER_FORMATS[c.kind] : undefined;
  return { ...(numFmt ? { numFmt } : {}), alignment: WRAP_TOP, ...(fill ? { fill: solidFill(fill) } : {}) };
}

/**
 * One style object per column (and per column and fill), given to every cell of it: ExcelJS's style
 * registry remembers the objects it has seen (a WeakMap), so a shared object costs a lookup per cell
 * where a fresh one would be serialised to find its id — the main cost of a big sheet.
 */
function styleSets(columns: PlanColumn[]): (fill: string | null | undefined) => Style[] {
  const byFill = new Map<string, Style[]>();
  const plain = columns.map((c) => columnStyle(c));
  return (fill) => {
    if (!fill) return plain;
    let set = byFill.get(fill);
    if (!set) byFill.set(fill, (set = columns.map((c) => columnStyle(c, fill))));
    return set;
  };
}

/** Widths and column styles, set before the first row (the streaming writer writes <cols> with it). */
function formatColumns(ws: ExcelJS.Worksheet, columns: PlanColumn[], styles: Style[]): void {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    col.style = styles[i]!;
  });
}

function addStyledRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], styles: Style[]): void {
  const row = ws.addRow(values);
  for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = styles[i]!;
  row.commit();
}

export interface PlanTableOptions {
  style?: string;
  stripes?: boolean;
}

/**
 * The plan as an Excel table starting at A1 (filters, banded rows unless told otherwise), rows filled
 * as planned; an empty plan gets one empty row, as in the in-memory renderer (Excel wants a table body).
 * The header goes through ExcelJS (which opens the sheet data with it), the body rows as XML
 * (sheetRowsXml.ts), a few dozen kilobytes at a time. The sheet must be fresh; it is committed at the end.
 */
export async function streamPlanTable(
  tables: StreamedTables,
  ws: ExcelJS.Worksheet,
  name: string,
  plan: TablePlan,
  { style = TASK_TABLE_STYLE, stripes = true }: PlanTableOptions = {},
): Promise<void> {
  const { columns, rows, rowFills } = plan;
  const styles = styleSets(columns);
  formatColumns(ws, columns, styles(null));
  const headers = columns.map((c) => c.header);
  tables.add(ws, { name, columns: headers, rowCount: Math.max(1, rows.length), style, stripes });
  const sheet = streamSheet(ws);
  // The header as shared strings, the way Excel itself stores a table's header cells; the body's
  // inline strings (t="str", the streaming writer's default) are read as text by Excel too.
  const inline = sheet.useSharedStrings;
  sheet.useSharedStrings = true;
  addStyledRow(ws, headers, styles(null));
  const empty = headers.map(() => '');
  if (rows.length === 0) addStyledRow(ws, empty, styles(null));
  sheet.useSharedStrings = inline;
  const xml = new SheetRowsXml(streamBook(tables.workbook), columns);
  let chunk = '';
  for (let r = 0; r < rows.length; r++) {
    chunk += xml.row(r + 2, rows[r]!, styles(rowFills?.[r]));
    if (chunk.length >= CHECK_EVERY) {
      sheet.stream.write(chunk);
      chunk = '';
      await outputReady(sheet);
    }
  }
  if (chunk) sheet.stream.write(chunk);
  ws.commit();
}

/** A row of the summary with every cell up to `width`, each with its style (the row's own style too). */
function addSummaryRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], width: number, rowStyle: Style = {}) {
  const padded = Array.from({ length: Math.max(width, values.length) }, (_, i) => values[i] ?? null);
  const row = ws.addRow(padded);
  if (rowStyle.font) row.font = rowStyle.font;
  if (rowStyle.alignment) row.alignment = rowStyle.alignment;
  return row;
}

/**
 * Title, subtitle and the summary blocks one under another, as addSummaryBlocks lays them out; the
 * block headers keep their centred alignment (in the in-memory renderer the column's wrap/top, set
 * afterwards, overrides it; the add-in centres them too). Committed at the end.
 */
export function streamSummaryBlocks(ws: ExcelJS.Worksheet, plan: SummarySheetPlan): void {
  const widths = plan.blocks[0]?.columns ?? [];
  widths.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    col.alignment = WRAP_TOP;
  });
  const width = widths.length;
  addSummaryRow(ws, [plan.title], width, { font: { bold: true, size: TITLE_FONT_SIZE } });
  addSummaryRow(ws, [plan.subtitle], width, { font: { italic: true } });
  ws.addRow([]);
  for (const b of plan.blocks) {
    addSummaryRow(ws, [b.heading], width, { font: { bold: true, size: HEADING_FONT_SIZE } });
    const header = addSummaryRow(
      ws,
      b.columns.map((c) => c.header),
      width,
      { font: { bold: true }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } },
    );
    header.eachCell((c) => {
      c.fill = solidFill(HEADER_FILL);
      c.border = BOX;
    });
    for (const r of [...b.rows, b.total]) {
      const row = addSummaryRow(
        ws,
        r.map((v, i) => cellValue(v, b.columns[i]!)),
        width,
        r === b.total ? { font: { bold: true } } : {},
      );
      b.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c.kind === 'percent') cell.numFmt = NUMBER_FORMATS.percent;
        cell.border = BOX;
      });
    }
    ws.addRow([]);
  }
  ws.commit();
}
