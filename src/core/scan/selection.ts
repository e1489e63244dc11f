/**
 * What a person selected, checked before it becomes a table: one area on one sheet, more than one
 * row and one column, not the whole sheet, with some text in it. A single cell stands for the block
 * of non-empty cells around it (Excel's "current region"), which the host computes with currentRegion.
 */
import { parseRangeAddress, rangeAddress, type CellBox } from '../a1';
import type { WorkbookGrid } from '../grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface SelectionInfo {
  sheet: string;
  /** The selected range ("B3:F20"), or the first area when there are several. */
  address: string;
  /** Number of areas (ranges) selected; sheets grouped with the active one count as more. */
  areas: number;
  /** For a single cell: the block of non-empty cells around it, as the host sees it; null when there is none. */
  region?: string | null;
}

export type SelectionProblem = 'several-areas' | 'whole-sheet' | 'one-cell' | 'one-column' | 'no-text';

export type SelectionCheck = { ok: true; sheet: string; range: string } | { ok: false; problem: SelectionProblem };

/** The block of non-empty cells around (row, col): grows while a neighbouring row or column (diagonals too) has a value. */
export function currentRegion(
  filled: (row: number, col: number) => boolean,
  row: number,
  col: number,
  limits: CellBox,
) {
  const b: CellBox = { top: row, left: col, bottom: row, right: col };
  const rowHas = (r: number, from: number, to: number) => {
    for (let c = Math.max(from, limits.left); c <= Math.min(to, limits.right); c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number, from: number, to: number) => {
    for (let r = Math.max(from, limits.top); r <= Math.min(to, limits.bottom); r++) if (filled(r, c)) return true;
    return false;
  };
  const grow = (side: keyof CellBox, step: number, when: boolean) => {
    if (!when) return false;
    b[side] += step;
    return true;
  };
  for (let grew = true; grew;) {
    grew = grow('top', -1, b.top > limits.top && rowHas(b.top - 1, b.left - 1, b.right + 1));
    grew = grow('bottom', 1, b.bottom < limits.bottom && rowHas(b.bottom + 1, b.left - 1, b.right + 1)) || grew;
    grew = grow('left', -1, b.left > limits.left && colHas(b.left - 1, b.top - 1, b.bottom + 1)) || grew;
    grew = grow('right', 1, b.right < limits.right && colHas(b.right + 1, b.top - 1, b.bottom + 1)) || grew;
  }
  const alone = b.top === b.bottom && b.left === b.right;
  return alone && !filled(row, col) ? null : rangeAddress(b.top, b.left, b.bottom, b.right);
}

/** Whether a selection can become a table, given the workbook as last read. */
export function checkSelection(sel: SelectionInfo, grid: WorkbookGrid): SelectionCheck {
  if (sel.areas !== 1) return { ok: false, problem: 'several-areas' };
  const selected = parseRangeAddress(sel.address);
  if (!selected) return { ok: false, problem: 'several-areas' };
  if (selected.bottom - selected.top + 1 >= MAX_ROWS || selected.right - selected.left + 1 >= MAX_COLUMNS)
    return { ok: false, problem: 'whole-sheet' };
  let box = selected;
  if (box.top === box.bottom && box.left === box.right) {
    const region = sel.region ? parseRangeAddress(sel.region) : null;
    if (!region || (region.top === region.bottom && region.left === region.right))
      return { ok: false, problem: 'one-cell' };
    box = region;
  }
  if (box.left === box.right) return { ok: false, problem: 'one-column' };
  const sheet = grid.sheets.find((s) => s.name === sel.sheet);
  let text = false;
  for (let r = box.top; sheet && !text && r <= Math.min(box.bottom, sheet.rows.length - 1); r++)
    for (let c = box.left; !text && c <= box.right; c++) {
      const cell = sheet.rows[r]?.[c];
      if (cell && typeof cell.value === 'string' && cell.value.trim() !== '') text = true;
    }
  if (!text) return { ok: false, problem: 'no-text' };
  return { ok: true, sheet: sel.sheet, range: rangeAddress(box.top, box.left, box.bottom, box.right) };
}
