import type { Issue, Task } from '../report/schema';

import type { IssueFactory } from './issueFactory';

const MIN_TEXT = 20;

/** The same task text with the same lead written twice in one table. */
export function checkDuplicateTasks(tasks: Task[], make: IssueFactory): Issue[] {
  const seen = new Map<string, Task>();
  const issues: Issue[] = [];
  for (const t of tasks) {
    if (t.task.length < MIN_TEXT) continue;
    const key = `${t.task.toLowerCase()}|${t.leadKey}`;
    const first = seen.get(key);
    if (first)
      issues.push(
        make.at('duplicate-task', t.row, 'task', t.no || null, { other: first.no || '?', otherRow: first.row }),
      );
    else seen.set(key, t);
  }
  return issues;
}
