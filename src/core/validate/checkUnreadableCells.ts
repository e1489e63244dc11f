/**
 * Cells inside a table whose stored value cannot be read (src/core/cellValue.ts: a date outside Excel's
 * calendar, a stored date that is none, a formula saved without its result): one warning at each cell,
 * with the STT of the task whose row it is on. The cell's raw value stays its text; no date is made.
 */
import { columnLetter } from '../a1';
import type { Finding } from '../report/schema';
import type { RecognizedTable } from '../recognize/recognizeTables';
import type { TaskDraft } from '../scan/toTask';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

export function checkUnreadableCells(
  table: RecognizedTable,
  drafts: TaskDraft[],
  make: IssueFactory<'unreadable-cell'>,
): Finding[] {
  if (table.unreadableCells.length === 0) return [];
  const noByRow = new Map<number, string>();
  for (const { task } of drafts) for (const r of task.rows) if (task.no) noByRow.set(r, task.no);
  return table.unreadableCells.map((u) => ({
    ...make.at('unreadable-cell', u.row + 1, null, noByRow.get(u.row + 1) ?? null, {
      value: u.text,
      reason: u.reason,
    }),
    column: columnLetter(u.col),
  }));
}

export const unreadableCellsCheck = defineCheck({
  name: 'unreadable cells',
  codes: ['unreadable-cell'],
  run: ({ table, drafts }, make) => checkUnreadableCells(table, drafts, make),
});
