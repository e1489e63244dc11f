/**
 * A split workbook plan (src/core/split/splitPlan.ts) written with ExcelJS: the instruction sheet, one
 * sheet per master table (the master's title lines, a bordered table with its header row frozen, the
 * columns to fill tinted, the status a dropdown of the plan's choices, the completion date a date cell,
 * the key column hidden) and the marker on a very hidden sheet. As .xlsx bytes, or all of them in one
 * .zip (JSZip). Browser-safe (no Node), so the pane can offer the same files.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetter } from '../core/a1';
import { isoToUtcDate } from '../core/isoDate';
import { argb, DATE_FORMAT, FILL_IN_FILL, HEADER_FILL, TITLE_FONT_SIZE } from '../core/plans/sheetStyle';
import { markerText } from '../core/split/splitMarker';
import type { SplitSheetPlan, SplitWorkbookPlan } from '../core/split/splitPlan';
import type { SplitValue } from '../core/split/taskCells';

const THIN = { style: 'thin' } as const;
const box = (): Partial<ExcelJS.Borders> => ({ top: THIN, bottom: THIN, left: THIN, right: THIN });
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const INSTRUCTION_WIDTH = 110;

function value(v: SplitValue): ExcelJS.CellValue {
  return typeof v === 'string' ? v : isoToUtcDate(v.date);
}

function addTaskSheet(wb: ExcelJS.Workbook, s: SplitSheetPlan): void {
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: s.headerRow }] });
  const last = columnLetter(s.columns.length - 1 - 1); // the key column is hidden: titles span the others
  s.titleLines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: i === 0 ? TITLE_FONT_SIZE : undefined };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (last !== 'A') ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });
  const header = ws.getRow(s.headerRow);
  s.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = solid(c.role === 'master' || c.role === 'key' ? HEADER_FILL : FILL_IN_FILL);
    cell.border = box();
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.role === 'key') col.hidden = true;
  });
  s.rows.forEach((r, k) => {
    const row = ws.getRow(s.headerRow + 1 + k);
    s.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = r.cells[i] ?? '';
      if (v !== '') cell.value = value(v);
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = box();
      if (typeof v !== 'string' || c.role === 'completedOn') cell.numFmt = DATE_FORMAT;
      else cell.numFmt = '@';
      if (r.kind === 'section') {
        cell.font = { bold: true };
        return;
      }
      if (c.role === 'status' || c.role === 'completedOn' || c.role === 'result') cell.fill = solid(FILL_IN_FILL);
      if (c.role === 'status')
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${s.statusOptions.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
        };
      if (c.role === 'completedOn')
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          showErrorMessage: true,
          errorStyle: 'warning',
        };
      if (c.role === 'key') cell.font = { color: { argb: 'FF808080' } };
    });
  });
}

function addInstructions(wb: ExcelJS.Workbook, plan: SplitWorkbookPlan): void {
  const ws = wb.addWorksheet(plan.instructions.sheetName);
  ws.getColumn(1).width = INSTRUCTION_WIDTH;
  const title = ws.getCell('A1');
  title.value = plan.instructions.title;
  title.font = { bold: true, size: TITLE_FONT_SIZE };
  plan.instructions.lines.forEach((line, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** The workbook of one agency, as ExcelJS holds it (the pane may save it its own way). */
export function splitWorkbook(plan: SplitWorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Appendix Tracker';
  addInstructions(wb, plan);
  for (const s of plan.sheets) addTaskSheet(wb, s);
  const marker = wb.addWorksheet(plan.markerSheet, { state: 'veryHidden' });
  marker.getCell('A1').value = markerText(plan.marker);
  // Opens on the first task sheet.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return wb;
}

export async function splitWorkbookBytes(plan: SplitWorkbookPlan): Promise<Uint8Array> {
  return new Uint8Array(await splitWorkbook(plan).xlsx.writeBuffer());
}

/** Every workbook in one .zip, each under its file name. */
export async function splitWorkbooksZip(plans: readonly SplitWorkbookPlan[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of plans) zip.file(p.fileName, await splitWorkbookBytes(p));
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
