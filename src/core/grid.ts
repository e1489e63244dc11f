/**
 * The engine's input: a workbook as plain rows of cells. Adapters (ExcelJS, CSV, Office.js) build it;
 * nothing in the engine knows where it came from.
 */
import type { LegacyEncoding } from './text/legacyEncodings/encoding';

/** A cell's raw value as the host stores it. Dates arrive as ISO "YYYY-MM-DD" strings in `date`. */
export type RawValue = string | number | boolean | null;

export interface MergeInfo {
  /** 0-based row and column of the merged area's top-left cell. */
  top: number;
  left: number;
  /** 0-based inclusive bottom-right corner. */
  bottom: number;
  right: number;
}

export interface Cell {
  /** The stored value. Formulas arrive as their cached result; error values as their text ("#N/A"). */
  value: RawValue;
  /** The text Excel shows (number format applied). Empty string for an empty cell. */
  text: string;
  /** Set when the host stored a real date (Excel date cell or a date-formatted serial): ISO yyyy-mm-dd. */
  date?: string;
  bold?: boolean;
  /** Set on every cell inside a merged area (including its top-left cell). */
  merge?: MergeInfo;
  /** True when the value is an Excel error (#N/A, #REF! …). */
  error?: boolean;
  /** True when the cell holds a formula (its cached result is in value/text). */
  formula?: boolean;
  /**
   * Set when the adapter read the cell's text from a legacy encoding (its font, or the file's bytes):
   * value and text are the Unicode reading; the person's file still holds the legacy text.
   */
  legacy?: LegacyEncoding;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]: 0-based. Rows may be shorter than the widest row; missing cells are empty. */
  rows: Cell[][];
  /**
   * True when the host reported the sheet's merged areas (an .xlsx, Excel with merged-area support):
   * then an empty cell is empty, not the covered part of a merge. Text sources (CSV, TSV) know none.
   */
  mergesKnown?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: '' }) as Cell;

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell {
  return sheet.rows[row]?.[col] ?? EMPTY_CELL;
}

export function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const row of sheet.rows) if (row.length > n) n = row.length;
  return n;
}

/** Build a cell from a plain value, the way a text-only source (CSV, TSV, tests) would give it. */
export function textCell(value: RawValue): Cell {
  if (value === null || value === '') return { value: null, text: '' };
  return { value, text: typeof value === 'string' ? value : String(value) };
}

/** A sheet from rows of plain values: the shape tests and the CSV adapter start from. */
export function sheetFromValues(name: string, rows: RawValue[][]): SheetGrid {
  return { name, rows: rows.map((r) => r.map(textCell)) };
}

/**
 * Mark merged areas on rows as hosts report them: the value stays in the top-left cell, every cell of
 * the area carries the area. Then drop trailing empty rows. Shared by every adapter.
 */
export function applyMerges(rows: Cell[][], merges: MergeInfo[]): Cell[][] {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c++) {
        const isMaster = r === m.top && c === m.left;
        const cell = isMaster ? (row[c] ?? { value: null, text: '' }) : { value: null, text: '' };
        row[c] = { ...cell, merge: m };
      }
      for (let c = 0; c < row.length; c++) row[c] ??= { value: null, text: '' };
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  while (rows.length && rows[rows.length - 1]!.every((c) => !c.text)) rows.pop();
  return rows;
}
