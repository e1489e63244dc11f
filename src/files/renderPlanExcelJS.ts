/**
 * Render the engine's sheet plans with ExcelJS: the report workbook of the command line and the
 * browser playground's summary sheets. Text columns are stored as text, dates as real dates.
 */
import type ExcelJS from 'exceljs';
import { isoToUtcDate } from '../core/isoDate';
import type { PlanCell, PlanColumn, TablePlan } from '../core/plans/sheetPlan';
import type { SummarySheetPlan } from '../core/plans/summarySheetPlan';
import {
  argb,
  HEADER_FILL,
  HEADING_FONT_SIZE,
  NUMBER_FORMATS,
  TASK_TABLE_STYLE,
  TITLE_FONT_SIZE,
} from '../core/plans/sheetStyle';

const THIN = { style: 'thin' } as const;
/** Thin lines on all four sides (a fresh object per cell: ExcelJS keeps what it is given). */
const box = (): Partial<ExcelJS.Borders> => ({ top: THIN, bottom: THIN, left: THIN, right: THIN });

function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

export function cellValue(cell: PlanCell, column: PlanColumn): ExcelJS.CellValue {
  if (cell === null || cell === '') return column.kind === 'text' ? '' : null;
  if (column.kind === 'date' && typeof cell === 'string') return isoToUtcDate(cell);
  return cell;
}

function formatColumns(ws: ExcelJS.Worksheet, columns: PlanColumn[], offset = 0): void {
  columns.forEach((c, i) => {
    const col = ws.getColumn(offset + i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
    col.alignment = { wrapText: true, vertical: 'top' };
    if (c.kind === 'date' || c.kind === 'text') col.numFmt = NUMBER_FORMATS[c.kind];
  });
}

/** The plan as an Excel table (filters, banded rows unless told otherwise) starting at A1; rows filled as planned. */
export function addPlanTable(
  ws: ExcelJS.Worksheet,
  name: string,
  plan: TablePlan,
  { style = TASK_TABLE_STYLE, stripes = true }: { style?: string; stripes?: boolean } = {},
): void {
  const rows = plan.rows.map((r) => r.map((v, i) => cellValue(v, plan.columns[i]!)));
  if (rows.length === 0) rows.push(plan.columns.map(() => ''));
  ws.addTable({
    name,
    ref: 'A1',
    headerRow: true,
    style: { theme: style as 'TableStyleMedium2', showRowStripes: stripes },
    columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  plan.rowFills?.forEach((fill, i) => {
    if (fill)
      ws.getRow(i + 2).eachCell((c) => {
        c.fill = solidFill(fill);
      });
  });
  formatColumns(ws, plan.columns);
}

/** Title, subtitle and the summary blocks one under another; returns the row after the last block. */
export function addSummaryBlocks(ws: ExcelJS.Worksheet, plan: SummarySheetPlan): number {
  ws.addRow([plan.title]).font = { bold: true, size: TITLE_FONT_SIZE };
  ws.addRow([plan.subtitle]).font = { italic: true };
  ws.addRow([]);
  for (const b of plan.blocks) {
    ws.addRow([b.heading]).font = { bold: true, size: HEADING_FONT_SIZE };
    const header = ws.addRow(b.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.eachCell((c) => {
      c.fill = solidFill(HEADER_FILL);
      c.border = box();
    });
    for (const r of [...b.rows, b.total]) {
      const row = ws.addRow(r.map((v, i) => cellValue(v, b.columns[i]!)));
      b.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c.kind === 'percent') cell.numFmt = NUMBER_FORMATS.percent;
        cell.border = box();
      });
      if (r === b.total) row.font = { bold: true };
    }
    ws.addRow([]);
  }
  const widths = plan.blocks[0]?.columns ?? [];
  widths.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  return ws.rowCount + 1;
}
