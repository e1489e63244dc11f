/**
 * Where a table has no leader column, the leader of each task is inferred from the agency → leader
 * pairs seen in other tables of the same workbook, or taken from a mapping the user supplies.
 */
import type { Task } from '../report/schema';
import { comparisonKey } from '../text';

/** lead key → the leader most often paired with it in tables that have both columns. */
export function learnLeaderByLead(tasks: Task[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    if (t.leaderSource !== 'column' || !t.leader || !t.leadKey) continue;
    let m = counts.get(t.leadKey);
    if (!m) counts.set(t.leadKey, (m = new Map()));
    m.set(t.leader, (m.get(t.leader) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    let best = '';
    let n = 0;
    for (const [leader, c] of m)
      if (c > n) {
        best = leader;
        n = c;
      }
    out.set(key, best);
  }
  return out;
}

/** Fill `leader` on tasks that have none: the user's mapping first, then what the workbook shows. */
export function applyLeaderInference(
  tasks: Task[],
  learned: Map<string, string>,
  userMapping: Record<string, string> = {},
): void {
  const mapping = new Map(Object.entries(userMapping).map(([lead, leader]) => [comparisonKey(lead), leader]));
  for (const t of tasks) {
    if (t.leader || !t.leadKey) continue;
    const fromUser = mapping.get(t.leadKey);
    if (fromUser) {
      t.leader = fromUser;
      t.leaderSource = 'mapping';
      continue;
    }
    const inferred = learned.get(t.leadKey);
    if (inferred) {
      t.leader = inferred;
      t.leaderSource = 'inferred';
    }
  }
}
