/**
 * A sheet whose used range (what Excel counts as used: formatted, emptied or stray cells included) is
 * far larger than the cells that hold text: the file is heavier and slower than its content in every
 * program, and a stray cell far away is often a mistake. Said once per sheet, never acted on.
 */
import type { SheetGrid } from '../grid';

/** Used ranges smaller than this are never worth a word, whatever the content. */
const MIN_USED_CELLS = 100_000;
/** How many times the content's area the used range must be. */
const RATIO = 10;

export interface OversizedRange {
  /** Rows and columns from A1: Excel's used range, and the cells that hold text. */
  used: { rows: number; columns: number };
  content: { rows: number; columns: number };
}

/** `texts`: the sheet's texts (findHeaderRows.sheetTexts), whose widest row is the content's width. */
export function oversizedRange(sheet: SheetGrid, texts: readonly (readonly string[])[]): OversizedRange | null {
  const used = sheet.usedRange;
  if (!used) return null;
  let columns = 0;
  let rows = 0;
  for (let r = 0; r < texts.length; r++) {
    const w = texts[r]!.length;
    if (w > 0) rows = r + 1;
    if (w > columns) columns = w;
  }
  const usedCells = used.rows * used.columns;
  if (usedCells < MIN_USED_CELLS || usedCells < RATIO * Math.max(1, rows * columns)) return null;
  return { used, content: { rows, columns } };
}
