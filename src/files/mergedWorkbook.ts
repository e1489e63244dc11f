/**
 * A merge's writes (src/core/merge/mergeWrites.ts) done to a workbook ExcelJS holds: each accepted
 * value into its cell (the cell's own format kept; a date into a General cell gets the date format),
 * and each new tracking column added as the tracking-columns action adds them: a bold header styled as
 * the header cell on its left, the status a dropdown of the choices, dates formatted as dates, the
 * borders and font of the cells on their left. A cell that already has a data validation of the
 * person's own keeps it. Browser-safe (no Node): the pane can apply the same writes.
 */
import type ExcelJS from 'exceljs';
import { columnIndex } from '../core/a1';
import { isoToUtcDate } from '../core/isoDate';
import type { MergeValue } from '../core/merge/mergePlan';
import type { MergeWrites } from '../core/merge/mergeWrites';
import { DATE_FORMAT } from '../core/plans/sheetStyle';

const DATE_FIELDS = new Set(['completedOn', 'reportDate']);

function excelValue(v: MergeValue): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (typeof v === 'object') return isoToUtcDate(v.date);
  return v;
}

/** A sheet by its name (Excel's names compare without regard to case). */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLocaleLowerCase('vi');
  return wb.worksheets.find((ws) => ws.name.toLocaleLowerCase('vi') === lower);
}

function addColumn(ws: ExcelJS.Worksheet, c: MergeWrites['columns'][number], options: readonly string[]): void {
  const col = columnIndex(c.column) + 1;
  const header = ws.getCell(c.headerRow, col);
  const left = col > 1 ? ws.getCell(c.headerRow, col - 1) : null;
  if (left) header.style = { ...left.style, numFmt: '@' };
  header.value = c.header;
  header.font = { ...(left?.font ?? {}), bold: true };
  header.alignment = { ...(left?.alignment ?? {}), wrapText: true };
  if (ws.getColumn(col).width === undefined) ws.getColumn(col).width = c.field === 'result' ? 40 : 18;
  for (let r = c.headerRow + 1; r <= c.lastRow; r++) {
    const cell = ws.getCell(r, col);
    const beside = col > 1 ? ws.getCell(r, col - 1) : null;
    if (beside?.border) cell.border = beside.border;
    if (beside?.font) cell.font = beside.font;
    cell.alignment = { ...(beside?.alignment ?? {}), wrapText: true, vertical: beside?.alignment?.vertical ?? 'top' };
    if (DATE_FIELDS.has(c.field)) cell.numFmt = DATE_FORMAT;
    if (c.field === 'status' && !cell.dataValidation?.type)
      cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${options.join(',')}"`] };
  }
}

function removeColumn(ws: ExcelJS.Worksheet, c: MergeWrites['columns'][number]): void {
  const col = columnIndex(c.column) + 1;
  for (let r = c.headerRow; r <= c.lastRow; r++) {
    const cell = ws.getCell(r, col);
    cell.value = null;
    cell.style = {};
    // ExcelJS keeps validations by address: an empty rule removes ours.
    (cell as unknown as { dataValidation: ExcelJS.DataValidation | undefined }).dataValidation = undefined;
  }
}

/** Applies the writes (`undo`: the writes of undoWrites, taking the added columns away). Returns the cells written. */
export function applyMergeWrites(wb: ExcelJS.Workbook, writes: MergeWrites, undo = false): number {
  for (const c of writes.columns) {
    const ws = sheetNamed(wb, c.sheet);
    if (ws && !undo) addColumn(ws, c, writes.statusOptions);
  }
  let written = 0;
  for (const w of writes.cells) {
    const ws = sheetNamed(wb, w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(`${w.column}${w.row}`);
    cell.value = excelValue(w.value);
    if (typeof w.value === 'object' && w.value !== null && (!cell.numFmt || cell.numFmt === 'General'))
      cell.numFmt = DATE_FORMAT;
    written++;
  }
  if (undo)
    for (const c of writes.columns) {
      const ws = sheetNamed(wb, c.sheet);
      if (ws) removeColumn(ws, c);
    }
  return written;
}
