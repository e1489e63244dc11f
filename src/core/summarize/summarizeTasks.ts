/**
 * Summaries by lead agency and by leader: one row per group with a column per state; spelling
 * variants share a key and show the most used spelling; tasks without a lead go to "(chưa giao)",
 * tasks without a leader to "(chưa xác định)".
 */
import type { Summary, SummaryRow, Task } from '../report/schema';
import { personKey } from '../text';
import { CLOSING_KEYS, NO_LEADER_KEY, UNASSIGNED_KEY } from './groupKeys';
import { emptySummaryRow, STATE_COLUMN } from './summaryRow';
import { sortSummaryRows } from './sortSummaryRows';

export interface GroupLabels {
  /** key → the label to show (the most used spelling across the workbook). */
  label(key: string, fallback: string): string;
  unassigned: string;
  noLeader: string;
}

function summarizeBy(
  tasks: Task[],
  group: (t: Task) => { key: string; text: string },
  labels: GroupLabels,
): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const t of tasks) {
    const { key, text } = group(t);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptySummaryRow(key, CLOSING_KEYS.has(key) ? text : labels.label(key, text))));
    row.total++;
    row[STATE_COLUMN[t.state]]++;
  }
  return sortSummaryRows([...rows.values()], CLOSING_KEYS);
}

/** Leaders group by the person named, whatever titles the cell adds (see personKey). */
export function leaderKey(t: Task): string {
  return t.leader ? personKey(t.leader) : '';
}

export function summarizeTasks(tasks: Task[], labels: GroupLabels): Summary {
  const byLead = summarizeBy(
    tasks,
    (t) => (t.leadKey ? { key: t.leadKey, text: t.lead } : { key: UNASSIGNED_KEY, text: labels.unassigned }),
    labels,
  );
  const byLeader = summarizeBy(
    tasks,
    (t) => {
      const key = leaderKey(t);
      return key ? { key, text: t.leader! } : { key: NO_LEADER_KEY, text: labels.noLeader };
    },
    labels,
  );
  return { byLead, byLeader, unassigned: tasks.filter((t) => !t.leadKey).length };
}
