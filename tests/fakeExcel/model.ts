/**
 * The state behind the fake Excel object model: sheets of cells with values, number formats,
 * formulas and formats, merged areas, conditional formats, tables, PivotTables, charts, settings.
 * Tests build it (from an .xlsx through ExcelJS or by hand) and read it back to see what was written.
 */
import { columnIndex, columnLetter } from '../../src/core/a1';
import { excelSerialToIso } from '../../src/core/isoDate';
import { isDateNumberFormat } from '../../src/core/numberFormat';
import type { MergeInfo } from '../../src/core/grid';
import { FakeOfficeError } from './context';

export interface CellModel {
  value: string | number | boolean | null;
  numberFormat: string;
  formula?: string;
  error?: boolean;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** The font's name; Excel's default (Calibri) when unset. */
  fontName?: string;
  wrap?: boolean;
  border?: boolean;
  dataValidation?: string;
}

export interface ConditionalFormatModel {
  id: string;
  ranges: string[];
  type: string;
  formula: string | null;
  fill: string | null;
}

export interface TableModel {
  name: string;
  sheetId: string;
  address: string;
  style: string | null;
  hasHeaders: boolean;
}
export interface ChartModel {
  name: string;
  sheetId: string;
  type: string;
  source: string;
  title: string | null;
  legend: boolean;
  position: [string, string] | null;
}
export interface PivotModel {
  name: string;
  sheetId: string;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: { name: string; summarizeBy: string }[];
}

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, CellModel>;
  merges: MergeInfo[];
  conditionalFormats: ConditionalFormatModel[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  protected: boolean;
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  tables: TableModel[];
  charts: ChartModel[];
  pivots: PivotModel[];
  settings: Map<string, unknown>;
  active: string | null;
  /** The selection: one area ("B3:D7") or several ("B3:D7,F2"). */
  selection: { sheet: string; address: string } | null;
  /** Workbook-scoped Names: the sheet (by id) and box they refer to, or null once their range was deleted (#REF!). */
  names: Map<string, { sheetId: string; box: Box } | null>;
  nextId: number;
}

export const key = (r: number, c: number): string => `${r},${c}`;

/** The font a cell has when nothing set one: Excel's default body font. */
export const DEFAULT_FONT_NAME = 'Calibri';

export function newWorkbook(name = 'Book.xlsx'): WorkbookModel {
  return {
    name,
    sheets: [],
    tables: [],
    charts: [],
    pivots: [],
    settings: new Map(),
    active: null,
    selection: null,
    names: new Map(),
    nextId: 1,
  };
}

/**
 * Excel's rules for a sheet name, as Office.js enforces them on worksheets.add and Worksheet.name:
 * 1 to 31 characters (UTF-16 units), none of \ / ? * [ ] :, no apostrophe first or last, not
 * "History" (reserved), all InvalidArgument; the name of another sheet, compared without regard to
 * case (Vietnamese capitals included: "PHỤ LỤC" is "Phụ lục"), ItemAlreadyExists.
 */
export function checkSheetName(wb: WorkbookModel, name: unknown, self?: SheetModel): void {
  const invalid = (why: string) =>
    new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why})`);
  if (typeof name !== 'string' || name.length === 0) throw invalid('empty sheet name');
  if (name.length > 31) throw invalid(`sheet name of ${name.length} characters`);
  if (/[\\/?*[\]:]/.test(name)) throw invalid(`sheet name ${name} holds one of \\ / ? * [ ] :`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalid(`sheet name ${name} starts or ends with an apostrophe`);
  if (name.toLowerCase() === 'history') throw invalid('History is a reserved sheet name');
  const upper = name.toUpperCase();
  if (wb.sheets.some((s) => s !== self && s.name.toUpperCase() === upper))
    throw new FakeOfficeError(
      'ItemAlreadyExists',
      `A resource with the same name or identifier already exists. (${name})`,
    );
}

export function addSheet(wb: WorkbookModel, name: string): SheetModel {
  checkSheetName(wb, name);
  const sheet: SheetModel = {
    id: `{sheet-${wb.nextId++}}`,
    name,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    frozenRows: 0,
    columnWidths: new Map(),
    protected: false,
  };
  wb.sheets.push(sheet);
  return sheet;
}

/** A sheet from rows of plain values (strings, numbers), for hand-built tests. */
export function sheetFromRows(wb: WorkbookModel, name: string, rows: (string | number | null)[][]): SheetModel {
  const s = addSheet(wb, name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') s.cells.set(key(r, c), { value: v, numberFormat: 'General' });
    }),
  );
  return s;
}

export function cellOf(sheet: SheetModel, r: number, c: number): CellModel | undefined {
  return sheet.cells.get(key(r, c));
}

export function ensureCell(sheet: SheetModel, r: number, c: number): CellModel {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) sheet.cells.set(key(r, c), (cell = { value: null, numberFormat: 'General' }));
  return cell;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:D7", "B3", "A:A", "3:3" (no sheet prefix) → 0-based box. */
export function parseAddress(address: string): Box {
  const a = address.replace(/^.*!/, '').replace(/\$/g, '');
  const [p, q = p] = a.split(':') as [string, string?];
  const part = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m) throw Object.assign(new Error(`bad address ${address}`), { code: 'InvalidArgument' });
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const x = part(p);
  const y = part(q!);
  return {
    top: x.row ?? 0,
    left: x.col ?? 0,
    bottom: y.row ?? 1_048_575,
    right: y.col ?? 16_383,
  };
}

export function boxAddress(b: Box): string {
  const a = `${columnLetter(b.left)}${b.top + 1}`;
  const z = `${columnLetter(b.right)}${b.bottom + 1}`;
  return a === z ? a : `${a}:${z}`;
}

/** Bounds of the cells that hold values (or, with valuesOnly false, any cell model). */
export function usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && (cell.value === null || cell.value === '') && !cell.formula) continue;
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (!box) box = { top: r, left: c, bottom: r, right: c };
    else {
      box.top = Math.min(box.top, r);
      box.left = Math.min(box.left, c);
      box.bottom = Math.max(box.bottom, r);
      box.right = Math.max(box.right, c);
    }
  }
  return box;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** What Excel shows for a cell: number formats for dates, percents and integers; General otherwise. */
export function displayText(cell: CellModel | undefined): string {
  if (!cell || cell.value === null) return '';
  const v = cell.value;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = cell.numberFormat;
  if (f === '@') return String(v);
  if (isDateNumberFormat(f)) {
    const iso = excelSerialToIso(v);
    if (iso) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      if (/^d\/m\/y/i.test(f)) return `${d}/${m}/${y}`;
      return `${pad(d)}/${pad(m)}/${y}`;
    }
    // A negative serial, or one past 9999-12-31, in a date format: Excel shows hashes.
    if (/[dy]/i.test(f) && (v < 0 || v >= 2958466)) return '########';
  }
  if (f.endsWith('%')) return `${Math.round(v * 100)}%`;
  if (f === '0') return String(Math.round(v));
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e10) / 1e10);
}

export function valueType(cell: CellModel | undefined): string {
  if (!cell || cell.value === null || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

type Axis = 'row' | 'col';
const ends = (axis: Axis) => (axis === 'row' ? (['top', 'bottom'] as const) : (['left', 'right'] as const));

/** Excel's rule for a range when rows (or columns) are inserted before index `at`: it moves, or grows when cut through. */
export function boxAfterInsert(b: Box, axis: Axis, at: number, count: number): Box {
  const [lo, hi] = ends(axis);
  if (b[lo] >= at) return { ...b, [lo]: b[lo] + count, [hi]: b[hi] + count };
  if (b[hi] >= at) return { ...b, [hi]: b[hi] + count };
  return b;
}

/** Excel's rule when rows (or columns) at..at+count-1 are deleted: the range shrinks or moves; null (#REF!) when all of it went. */
export function boxAfterDelete(b: Box, axis: Axis, at: number, count: number): Box | null {
  const [lo, hi] = ends(axis);
  const end = at + count - 1;
  if (b[lo] >= at && b[hi] <= end) return null;
  const shift = (i: number) => (i > end ? i - count : i < at ? i : at);
  const nlo = b[lo] >= at && b[lo] <= end ? at : shift(b[lo]);
  return { ...b, [lo]: nlo, [hi]: b[hi] < at ? b[hi] : b[hi] <= end ? at - 1 : b[hi] - count };
}

function moveCells(sheet: SheetModel, axis: Axis, map: (i: number) => number | null): void {
  const next = new Map<string, CellModel>();
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    const i = map(axis === 'row' ? r : c);
    if (i === null) continue;
    next.set(axis === 'row' ? key(i, c) : key(r, i), cell);
  }
  sheet.cells = next;
}

/** Inserts rows or columns as Excel does: cells below/right move, and so do the Names on that sheet. */
export function insertLines(wb: WorkbookModel, sheet: SheetModel, axis: Axis, at: number, count: number): void {
  moveCells(sheet, axis, (i) => (i >= at ? i + count : i));
  for (const [name, ref] of wb.names)
    if (ref && ref.sheetId === sheet.id) wb.names.set(name, { ...ref, box: boxAfterInsert(ref.box, axis, at, count) });
}

/** Deletes rows or columns as Excel does: a Name whose whole range went becomes #REF!. */
export function deleteLines(wb: WorkbookModel, sheet: SheetModel, axis: Axis, at: number, count: number): void {
  moveCells(sheet, axis, (i) => (i < at ? i : i < at + count ? null : i - count));
  for (const [name, ref] of wb.names) {
    if (!ref || ref.sheetId !== sheet.id) continue;
    const box = boxAfterDelete(ref.box, axis, at, count);
    wb.names.set(name, box ? { ...ref, box } : null);
  }
}

/** A person renames a sheet (the tab's "Rename"): Excel's name rules apply; Names follow (they hold the sheet, not its name). */
export function renameSheet(wb: WorkbookModel, sheet: SheetModel, name: string): void {
  checkSheetName(wb, name, sheet);
  if (wb.active === sheet.name) wb.active = name;
  if (wb.selection?.sheet === sheet.name) wb.selection = { ...wb.selection, sheet: name };
  sheet.name = name;
}

/** A person deletes a sheet, with what lives on it; Names into it become #REF!, as in Excel. */
export function deleteSheet(wb: WorkbookModel, sheet: SheetModel): void {
  if (wb.sheets.length <= 1) throw new FakeOfficeError('InvalidOperation', 'a workbook keeps one sheet');
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  wb.tables = wb.tables.filter((t) => t.sheetId !== sheet.id);
  wb.charts = wb.charts.filter((c) => c.sheetId !== sheet.id);
  wb.pivots = wb.pivots.filter((p) => p.sheetId !== sheet.id);
  for (const [name, ref] of wb.names) if (ref?.sheetId === sheet.id) wb.names.set(name, null);
  if (wb.active === sheet.name) wb.active = null;
  if (wb.selection?.sheet === sheet.name) wb.selection = null;
}
