/** The port's account of a guarded merge write (src/core/merge/guardedWrites.ts), the same from every host. */
import type { GuardedWrites } from '../core/merge/guardedWrites';
import type { MergeWritesResult } from './workbookPort';

export function mergeWritesResult(g: GuardedWrites, seen: MergeWritesResult['seen']): MergeWritesResult {
  return {
    written: g.writes.cells.length,
    refused: g.refused.map((w) => ({ change: w.change, sheet: w.sheet, address: `${w.column}${w.row}` })),
    columns: g.writes.columns.length,
    keptColumns: g.keptColumns.map((c) => ({ sheet: c.sheet, column: c.column })),
    seen,
  };
}
