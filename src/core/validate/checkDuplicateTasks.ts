import type { Finding, Task } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

const MIN_TEXT = 20;

/** The same task text with the same lead written twice in one table. */
export function checkDuplicateTasks(tasks: Task[], make: IssueFactory<'duplicate-task'>): Finding[] {
  const seen = new Map<string, Task>();
  const issues: Finding[] = [];
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

export const duplicateTasksCheck = defineCheck({
  name: 'duplicate tasks',
  codes: ['duplicate-task'],
  run: ({ tasks }, make) => checkDuplicateTasks(tasks, make),
});
