/**
 * A merge's writes as a host is asked to do them, guarded: each cell is written only while it still
 * holds what the plan saw there (`expected`: the change's old value to apply it, its new value to undo
 * it), so a cell someone changed since the plan is never overwritten, only reported. An added column
 * goes on only where its cells are all still empty (a column that cannot takes no writes); an undo takes a column away only where nothing but
 * what it reverts was in it. Pure: the Office.js and ExcelJS adapters read the cells, ask `guardWrites`
 * which writes stand, and do those.
 */
import { columnIndex } from '../a1';
import { numberText } from '../cellValue';
import type { Cell } from '../grid';
import { normalizeText } from '../text';
import { cellValueOf, type CellChange, type MergePlan, type MergeValue } from './mergePlan';
import { mergeWrites, undoWrites, type CellWrite, type ColumnAdd, type MergeWrites } from './mergeWrites';

export interface MergeWriteRequest {
  writes: MergeWrites;
  /** Per cell of `writes.cells`, in order: what the cell must still hold to be written. */
  expected: MergeValue[];
  /** True for an undo: the columns are taken away instead of added. */
  undo: boolean;
}

/** The request that applies the accepted changes. */
export function applyRequest(plan: MergePlan, accepted: readonly CellChange[]): MergeWriteRequest {
  return { writes: mergeWrites(plan, accepted), expected: accepted.map((c) => c.old), undo: false };
}

/** The request that takes back changes that were applied. */
export function undoRequest(plan: MergePlan, applied: readonly CellChange[]): MergeWriteRequest {
  return { writes: undoWrites(plan, applied), expected: applied.map((c) => c.new), undo: true };
}

function textOf(v: MergeValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'string') return normalizeText(v);
  return `date:${v.date}`;
}

/**
 * Whether a cell (as the host reads it now, through the readers' shared rules) holds `expected`: dates
 * by the day, everything else by its text (a number Excel made of a text "100" still holds "100").
 */
export function cellHolds(cell: Cell | undefined, expected: MergeValue): boolean {
  return textOf(cell ? cellValueOf(cell) : null) === textOf(expected);
}

/** Reads a cell of the workbook as it is now: sheet as the plan names it, 1-based row, column letters. */
export type CellReader = (sheet: string, row: number, column: string) => Cell | undefined;

export interface GuardedWrites {
  /** What stands: the cells still as the plan saw them, the columns that can go on (or come off). */
  writes: MergeWrites;
  /** Cells changed since the plan: not written. */
  refused: CellWrite[];
  /** Columns not added (something is in them now) or, for an undo, not taken away (something is left in them). */
  keptColumns: ColumnAdd[];
}

const columnId = (sheet: string, column: string) => `${sheet}\u0001${column}`;

function isEmpty(cell: Cell | undefined): boolean {
  return !cell || cell.text === '';
}

/** Every cell of a column, header row to last row, that `is` holds for. */
function everyCell(c: ColumnAdd, read: CellReader, is: (row: number, cell: Cell | undefined) => boolean): boolean {
  for (let r = c.headerRow; r <= c.lastRow; r++) if (!is(r, read(c.sheet, r, c.column))) return false;
  return true;
}

export function guardWrites(request: MergeWriteRequest, read: CellReader): GuardedWrites {
  const { writes, expected, undo } = request;
  const refused: CellWrite[] = [];
  const keptColumns: ColumnAdd[] = [];
  const blocked = new Set<string>();
  if (!undo)
    for (const c of writes.columns)
      if (!everyCell(c, read, (_, cell) => isEmpty(cell))) {
        blocked.add(columnId(c.sheet, c.column));
        keptColumns.push(c);
      }
  const cells: CellWrite[] = [];
  writes.cells.forEach((w, i) => {
    const ok =
      !blocked.has(columnId(w.sheet, w.column)) && cellHolds(read(w.sheet, w.row, w.column), expected[i] ?? null);
    (ok ? cells : refused).push(w);
  });
  let columns: ColumnAdd[];
  if (!undo) columns = writes.columns.filter((c) => !blocked.has(columnId(c.sheet, c.column)));
  else {
    const cleared = new Set(
      cells
        .filter((w) => w.value === null || w.value === '')
        .map((w) => `${columnId(w.sheet, w.column)}\u0001${w.row}`),
    );
    columns = [];
    for (const c of writes.columns) {
      // A column the merge did not add (something was in it then): nothing to take away.
      if (isEmpty(read(c.sheet, c.headerRow, c.column))) continue;
      const removable = everyCell(c, read, (r, cell) =>
        r === c.headerRow
          ? cellHolds(cell, c.header)
          : isEmpty(cell) || cleared.has(`${columnId(c.sheet, c.column)}\u0001${r}`),
      );
      (removable ? columns : keptColumns).push(c);
    }
  }
  return { writes: { ...writes, cells, columns }, refused, keptColumns };
}

/** The cells a guard reads, per sheet and column: the rows from the first to the last it needs (1-based). */
export function cellsToRead(writes: MergeWrites): { sheet: string; column: string; top: number; bottom: number }[] {
  const spans = new Map<string, { sheet: string; column: string; top: number; bottom: number }>();
  const add = (sheet: string, column: string, top: number, bottom: number) => {
    const id = columnId(sheet, column);
    const s = spans.get(id);
    if (!s) spans.set(id, { sheet, column, top, bottom });
    else {
      s.top = Math.min(s.top, top);
      s.bottom = Math.max(s.bottom, bottom);
    }
  };
  for (const w of writes.cells) add(w.sheet, w.column, w.row, w.row);
  for (const c of writes.columns) add(c.sheet, c.column, c.headerRow, c.lastRow);
  return [...spans.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || columnIndex(a.column) - columnIndex(b.column),
  );
}
