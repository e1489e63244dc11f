/**
 * The same agency or leader written two or more ways across a workbook ("Sở Văn hoá …" and "Sở Văn
 * hóa …"): each task using a less common spelling is told which spellings exist and which is most used.
 */
import type { Finding, Task } from '../report/schema';
import { leaderKey } from '../summarize/summarizeTasks';
import { normalizeText } from '../text';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

export interface SpellingVariants {
  /** key → spelling → how many tasks use it */
  counts: Map<string, Map<string, number>>;
}

export function collectSpellings(
  tasks: Task[],
  pick: (t: Task) => { key: string; text: string } | null,
): SpellingVariants {
  const counts = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    const p = pick(t);
    if (!p || !p.key) continue;
    const spelling = normalizeText(p.text);
    let m = counts.get(p.key);
    if (!m) counts.set(p.key, (m = new Map()));
    m.set(spelling, (m.get(spelling) ?? 0) + 1);
  }
  return { counts };
}

/** The most used spelling of a key (ties: the first seen). */
export function mostUsedSpelling(variants: SpellingVariants, key: string): string | null {
  const m = variants.counts.get(key);
  if (!m) return null;
  let best: string | null = null;
  let n = 0;
  for (const [s, c] of m)
    if (c > n) {
      best = s;
      n = c;
    }
  return best;
}

export function spellingVariantIssue(
  variants: SpellingVariants,
  key: string,
  text: string,
): { variants: string; best: string; count: number } | null {
  const m = variants.counts.get(key);
  if (!m || m.size < 2) return null;
  const best = mostUsedSpelling(variants, key)!;
  if (normalizeText(text) === best) return null;
  const list = [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([s, c]) => `“${s}” ×${c}`)
    .join(', ');
  return { variants: list, best, count: m.size };
}

/** The spellings of leads and of leaders (from a leader column) over every task of a file. */
export function fileSpellings(tasks: Task[]): { leadSpellings: SpellingVariants; leaderSpellings: SpellingVariants } {
  return {
    leadSpellings: collectSpellings(tasks, (t) => (t.lead ? { key: t.leadKey, text: t.lead } : null)),
    leaderSpellings: collectSpellings(tasks, (t) =>
      t.leader && t.leaderSource === 'column' ? { key: leaderKey(t), text: t.leader } : null,
    ),
  };
}

/** A file-level check, run per table: the table's tasks against the spellings of the whole file. */
export const spellingVariantsCheck = defineCheck({
  name: 'spelling variants',
  codes: ['spelling-variant'],
  run({ tasks, file }, make: IssueFactory<'spelling-variant'>): Finding[] {
    const issues: Finding[] = [];
    for (const t of tasks) {
      const lead = t.lead ? spellingVariantIssue(file.leadSpellings, t.leadKey, t.lead) : null;
      if (lead) issues.push(make.at('spelling-variant', t.row, 'lead', t.no || null, { text: t.lead, ...lead }));
      if (t.leader && t.leaderSource === 'column') {
        const v = spellingVariantIssue(file.leaderSpellings, leaderKey(t), t.leader);
        if (v) issues.push(make.at('spelling-variant', t.row, 'leader', t.no || null, { text: t.leader, ...v }));
      }
    }
    return issues;
  },
});
