/**
 * Deadlines that cannot be true, said at the deadline cell: a period that ends before it starts (in the
 * cell, or against the table's start column) and a due date decades away from the document's date (or
 * the as-of date). The task's deadline was set aside when it was read (src/scan/toTask.ts), so no state
 * comes from it; this check only says why.
 */
import type { Finding } from '../report/schema';
import type { TaskDraft } from '../scan/toTask';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

const CODES = ['deadline-before-start', 'implausible-deadline'] as const;

export function checkDeadlineDoubts(drafts: TaskDraft[], make: IssueFactory<(typeof CODES)[number]>): Finding[] {
  const issues: Finding[] = [];
  for (const { task, doubt } of drafts) {
    if (!doubt) continue;
    const no = task.no || null;
    const text = task.deadline.text;
    if (doubt.reason === 'due-before-start') {
      const { start, due, from } = doubt;
      issues.push(make.at('deadline-before-start', task.row, 'deadline', no, { text, start, due, from }));
    } else {
      const { due, anchor, anchorKind, direction, years } = doubt;
      issues.push(
        make.at('implausible-deadline', task.row, 'deadline', no, { text, due, anchor, anchorKind, direction, years }),
      );
    }
  }
  return issues;
}

export const deadlineDoubtsCheck = defineCheck({
  name: 'deadline doubts',
  codes: CODES,
  run: ({ drafts }, make) => checkDeadlineDoubts(drafts, make),
});
