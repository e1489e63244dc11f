import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isoToDate } from '../isoDate';
import type { Finding, Task } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

/** Overdue and due-soon tasks, from each task's state. */
export function checkDueDates(tasks: Task[], asOf: string, make: IssueFactory<'overdue' | 'due-soon'>): Finding[] {
  const issues: Finding[] = [];
  for (const t of tasks) {
    const due = t.deadline.due;
    if (!due || (t.state !== 'open-overdue' && t.state !== 'open-due-soon')) continue;
    const days = differenceInCalendarDays(isoToDate(due), isoToDate(asOf));
    if (t.state === 'open-overdue') {
      issues.push(make.at('overdue', t.row, 'deadline', t.no || null, { due, days: -days }));
    } else {
      issues.push(make.at('due-soon', t.row, 'deadline', t.no || null, { due, days }));
    }
  }
  return issues;
}

export const dueDatesCheck = defineCheck({
  name: 'due dates',
  codes: ['overdue', 'due-soon'],
  run: ({ tasks, asOf }, make) => checkDueDates(tasks, asOf, make),
});
