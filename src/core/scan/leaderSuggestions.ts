/**
 * The agency → leader mapping a person fills in for tables without a leader column: one row per lead
 * agency of those tables, pre-filled with what the person saved, else with the leader the workbook's
 * other tables pair with that agency.
 */
import type { ScannedFile } from '../report/schema';
import { comparisonKey } from '../text';
import { learnLeaderByLead } from './inferLeaders';

export function leaderSuggestions(
  report: ScannedFile | null,
  saved: Record<string, string>,
): [lead: string, leader: string][] {
  const rows = new Map<string, [string, string]>(
    Object.entries(saved).map(([lead, leader]) => [comparisonKey(lead), [lead, leader]]),
  );
  if (!report) return [...rows.values()];
  const learned = learnLeaderByLead(report.tables.flatMap((t) => t.tasks));
  for (const t of report.tables) {
    if (t.columns.leader !== undefined) continue;
    for (const k of t.tasks) {
      if (!k.lead || !k.leadKey || rows.has(k.leadKey)) continue;
      rows.set(k.leadKey, [k.lead, learned.get(k.leadKey) ?? '']);
    }
  }
  return [...rows.values()];
}
