/**
 * The engine's input: a workbook as plain rows of cells. Adapters (ExcelJS, CSV, Office.js) build it;
 * nothing in the engine knows where it came from.
 */
import type { LegacyEncoding } from './text/legacyEncodings/encoding';

/** A cell's raw value as the host stores it. Dates arrive as ISO "YYYY-MM-DD" strings in `date`. */
export type RawValue = string | number | boolean | null;

/**
 * Why a stored value cannot be read (src/core/cellValue.ts): a date-formatted serial or stored date
 * outside Excel's calendar (1900-01-01 … 9999-12-31), a stored date that is no date at all, a
 * formula saved without its result (never calculated).
 */
export type UnreadableReason = 'date-out-of-range' | 'not-a-date' | 'not-a-number' | 'no-cached-value';

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
  /** True when the value is an Excel error (#N/A, #REF! …). */
  error?: boolean;
  /** True when the cell holds a formula (its cached result is in value/text). */
  formula?: boolean;
  /** Set when the stored value cannot be read (value and text then keep the raw value, never a date). */
  unreadable?: UnreadableReason;
  /**
   * Set when the adapter read the cell's text from a legacy encoding (its font, or the file's bytes):
   * value and text are the Unicode reading; the person's file still holds the legacy text.
   */
  legacy?: LegacyEncoding;
}

export interface SheetGrid {
  name: string;
  /**
   * rows[r][c]: 0-based. Only cells that hold something need exist: a row may be shorter than the
   * widest row and may have holes (undefined) where a cell is empty; an empty row may be the shared
   * EMPTY_ROW. Read cells through `cellAt`.
   */
  rows: Cell[][];
  /**
   * The sheet's merged areas, as the host reports them: the value is in the top-left cell, the other
   * cells of an area are empty. Looked up by `mergeAt`, never spread over the cells they cover.
   */
  merges?: MergeInfo[];
  /**
   * The sheet's used range as the host keeps it, from A1 (formatted but empty cells included): how many
   * rows and columns Excel treats as used. Set by hosts that report it.
   */
  usedRange?: { rows: number; columns: number };
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

/** The one empty row every reader may put where a row holds nothing (never written to). */
export const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/** What a cell may carry and still be nothing to read: no text, no mark a check looks for. */
const BLANK_KEYS = new Set(['value', 'text', 'bold', 'formula']);

function isBlank(cell: Cell): boolean {
  if (cell.text) return false;
  for (const k in cell) if (!BLANK_KEYS.has(k)) return false;
  return true;
}

/**
 * A row in the one form every reader gives: blank cells are holes, the row ends at its last cell that is
 * not blank, a row with none is EMPTY_ROW.
 */
function finishRow(row: Cell[] | undefined, r: number, index: MergeIndex | null): Cell[] {
  if (!row || row === EMPTY_ROW) return EMPTY_ROW;
  let last = -1;
  row.forEach((cell, c) => {
    const m = index?.at(r, c);
    // Covered cells of a merged area: the value is the top-left cell's only.
    if ((m && (m.top !== r || m.left !== c)) || isBlank(cell)) delete row[c];
    else if (c > last) last = c;
  });
  if (last < 0) return EMPTY_ROW;
  row.length = last + 1;
  return row;
}

/**
 * A sheet's rows as every adapter hands them over (see finishRow): holes between rows become EMPTY_ROW,
 * trailing empty rows are dropped. Cost: the cells that exist and the merges, never the area a merge
 * covers.
 */
export function finishRows(rows: Cell[][], merges: readonly MergeInfo[]): Cell[][] {
  const index = merges.length ? mergeIndexOf(merges) : null;
  for (let r = 0; r < rows.length; r++) rows[r] = finishRow(rows[r], r, index);
  while (rows.length && rows[rows.length - 1] === EMPTY_ROW) rows.pop();
  return rows;
}

/** Rows per bucket of the merge index: a merge is listed in each bucket of rows it spans. */
const BUCKET_ROWS = 64;

interface MergeIndex {
  at(row: number, col: number): MergeInfo | undefined;
}

function mergeIndexOf(merges: readonly MergeInfo[]): MergeIndex {
  const buckets = new Map<number, MergeInfo[]>();
  for (const m of merges) {
    for (let b = Math.floor(m.top / BUCKET_ROWS); b <= Math.floor(m.bottom / BUCKET_ROWS); b++) {
      let list = buckets.get(b);
      if (!list) buckets.set(b, (list = []));
      list.push(m);
    }
  }
  return {
    at(row, col) {
      const list = buckets.get(Math.floor(row / BUCKET_ROWS));
      if (list) for (const m of list) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
      return undefined;
    },
  };
}

const mergeIndexes = new WeakMap<readonly MergeInfo[], MergeIndex>();

/** The merged area a cell is part of (its top-left cell included), or undefined. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): MergeInfo | undefined {
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return undefined;
  let index = mergeIndexes.get(merges);
  if (!index) mergeIndexes.set(merges, (index = mergeIndexOf(merges)));
  return index.at(row, col);
}

/** How many cells merged areas cover (the merged-area limit counts this). */
export function mergedArea(merges: readonly MergeInfo[]): number {
  let n = 0;
  for (const m of merges) n += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  return n;
}
