/**
 * ExcelJS cells → the engine's grid: merged areas keep their value in the top-left cell only (as
 * Office.js reports them); dates become ISO dates; formulas give their cached result; error values
 * their text; text in a legacy Vietnamese font (the cell's, or a rich-text run's own) is read into
 * Unicode, and a sheet whose fonts were lost by its content. Browser-safe (no Node imports): the command
 * line and the playground both use it.
 */
import type ExcelJS from 'exceljs';
import { finishRows, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { ReadMeter } from '../core/readLimits';
import { parseRangeAddress } from '../core/a1';
import { normalizeCell } from '../core/cellValue';
import { legacyFont } from '../core/text/legacyEncodings/fonts';
import { cellInFont, cellInRuns, convertByContent, type TextRun } from '../core/text/legacyEncodings/legacyCells';

type RichRun = { text: string; font?: Partial<ExcelJS.Font> };

/** Rich-text runs with their own font names, when some run has a legacy one (else null: the cell's font decides). */
function legacyRuns(runs: RichRun[]): TextRun[] | null {
  if (!runs.some((r) => legacyFont(r.font?.name))) return null;
  return runs.map((r) => (r.font?.name ? { text: r.text, font: r.font.name } : { text: r.text }));
}

/** An ExcelJS cell's value unwrapped (formula results, rich text, hyperlinks, errors), then the shared rules. */
export function readCell(cell: ExcelJS.Cell): Cell {
  let v = cell.value as unknown;
  let formula = false;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      formula = true;
      v = o.result ?? null;
    }
  }
  let error = false;
  let runs: TextRun[] | null = null;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      runs = legacyRuns(o.richText as RichRun[]);
      v = (o.richText as RichRun[]).map((r) => r.text).join('');
    } else if ('error' in o) {
      v = String(o.error);
      error = true;
    } else if ('text' in o)
      v =
        typeof o.text === 'string'
          ? o.text
          : Array.isArray((o.text as { richText?: unknown }).richText)
            ? (o.text as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
            : String(o.text);
    else v = null;
  }
  const read = normalizeCell({ value: v, format: cell.numFmt ?? '', error, bold: !!cell.font?.bold, formula });
  const font = legacyFont(cell.font?.name);
  return runs ? cellInRuns(read, runs, font) : cellInFont(read, font);
}

/** The cells that hold something (empty ones stay holes), counted against the read limits. */
export function readWorksheet(ws: ExcelJS.Worksheet, meter = new ReadMeter()): SheetGrid {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      meter.cell(r - 1, c - 1, ws.name);
      cells[c - 1] = readCell(cell);
    });
    meter.row(cells.length, ws.name);
    rows[r - 1] = cells;
  });
  convertByContent(rows);
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRangeAddress)
    .filter((m): m is MergeInfo => !!m);
  for (const m of merges) meter.merged(m.top, m.left, m.bottom, m.right, ws.name);
  const grid: SheetGrid = { name: ws.name, rows: finishRows(rows, merges), merges, mergesKnown: true };
  // ExcelJS's dimensions: every cell it holds, formatted empty ones included (Excel's used range).
  const dim = (ws.dimensions as { model?: { bottom?: number; right?: number } } | undefined)?.model;
  let columns = 0;
  for (const r of grid.rows) if (r.length > columns) columns = r.length;
  const used = { rows: Math.max(dim?.bottom ?? 0, grid.rows.length), columns: Math.max(dim?.right ?? 0, columns) };
  // Said only where it is more than the content.
  if (used.rows * used.columns > 1 && (used.rows > grid.rows.length || used.columns > columns)) grid.usedRange = used;
  return grid;
}

/** An ExcelJS workbook already in memory → the engine's grid (the browser playground's path). */
export function gridFromExcelJs(
  wb: ExcelJS.Workbook,
  skip: (ws: ExcelJS.Worksheet) => boolean = () => false,
): WorkbookGrid {
  const meter = new ReadMeter();
  return { sheets: wb.worksheets.filter((ws) => !skip(ws)).map((ws) => readWorksheet(ws, meter)) };
}
