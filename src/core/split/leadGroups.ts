/**
 * The lead agencies of a scanned file as split and merge see them: grouped by the summaries' keys (the
 * comparison key of the lead, so spelling variants are one agency), labelled with the most used
 * spelling; a task whose lead cell names several bodies ("Sở A; Sở B") belongs to each of them; a task
 * with no lead is unassigned ("(chưa giao)").
 */
import type { ScannedFile, Task } from '../report/schema';
import { comparisonKey, normalizeText, splitAgencies } from '../text';
import type { TaskRef } from './taskRef';

export interface LeadGroup {
  /** The agency's key, as the summaries group it (`Task.leadKey` for a single lead). */
  key: string;
  /** The most used spelling (ties: the first seen). */
  label: string;
  /** Its tasks in the file's order. */
  tasks: TaskRef[];
}

export interface LeadGroups {
  /** Most tasks first, then Vietnamese collation of the label. */
  groups: LeadGroup[];
  /** Tasks with no lead agency, in the file's order. */
  unassigned: TaskRef[];
}

/** The agencies a task's lead cell names: one (the whole cell) or each body of a list. */
export function leadParts(task: Task): { key: string; text: string }[] {
  if (!task.leadKey) return [];
  const parts = splitAgencies(task.lead);
  if (parts.length < 2) return [{ key: task.leadKey, text: task.lead }];
  const out: { key: string; text: string }[] = [];
  for (const text of parts) {
    const key = comparisonKey(text);
    if (key && !out.some((p) => p.key === key)) out.push({ key, text });
  }
  return out.length ? out : [{ key: task.leadKey, text: task.lead }];
}

/** The keys of a task's lead agencies. */
export function leadKeys(task: Task): string[] {
  return leadParts(task).map((p) => p.key);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function leadGroups(file: ScannedFile): LeadGroups {
  const byKey = new Map<string, { tasks: TaskRef[]; spellings: Map<string, number> }>();
  const unassigned: TaskRef[] = [];
  file.tables.forEach((table, ti) =>
    table.tasks.forEach((task, i) => {
      const ref = { table: ti, task: i };
      const parts = leadParts(task);
      if (parts.length === 0) unassigned.push(ref);
      for (const { key, text } of parts) {
        let g = byKey.get(key);
        if (!g) byKey.set(key, (g = { tasks: [], spellings: new Map() }));
        g.tasks.push(ref);
        const spelling = normalizeText(text);
        g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + 1);
      }
    }),
  );
  const groups: LeadGroup[] = [...byKey].map(([key, g]) => {
    let label = '';
    let n = 0;
    for (const [s, c] of g.spellings)
      if (c > n) {
        label = s;
        n = c;
      }
    return { key, label, tasks: g.tasks };
  });
  groups.sort((a, b) => b.tasks.length - a.tasks.length || collator.compare(a.label, b.label));
  return { groups, unassigned };
}

/**
 * The groups a person asked for, by key or by any spelling of the name (compared by comparison key);
 * `unknown`: what they asked for that no group matches. Nothing asked for: every group.
 */
export function chooseGroups(
  all: readonly LeadGroup[],
  wanted: readonly string[] | undefined,
): { chosen: LeadGroup[]; unknown: string[] } {
  if (!wanted || wanted.length === 0) return { chosen: [...all], unknown: [] };
  const keys = new Set<string>();
  const unknown: string[] = [];
  for (const w of wanted) {
    const key = all.some((g) => g.key === w) ? w : comparisonKey(w);
    if (all.some((g) => g.key === key)) keys.add(key);
    else unknown.push(w);
  }
  return { chosen: all.filter((g) => keys.has(g.key)), unknown };
}
