import { differenceInCalendarDays } from 'date-fns';
import type { Lang } from '../i18n/lang';
import { isoToDate } from '../isoDate';
import type { Issue, Task } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import { formatDate } from './formatDate';

/** Overdue and due-soon tasks, from each task's state. */
export function checkDueDates(tasks: Task[], asOf: string, make: IssueFactory, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  for (const t of tasks) {
    const due = t.deadline.due;
    if (!due || (t.state !== 'open-overdue' && t.state !== 'open-due-soon')) continue;
    const days = differenceInCalendarDays(isoToDate(due), isoToDate(asOf));
    if (t.state === 'open-overdue') {
      issues.push(make.at('overdue', t.row, 'deadline', t.no || null, { due: formatDate(due, lang), days: -days }));
    } else {
      issues.push(make.at('due-soon', t.row, 'deadline', t.no || null, { due: formatDate(due, lang), days }));
    }
  }
  return issues;
}
