/**
 * The same agency or leader written two or more ways across a workbook ("Sở Văn hoá …" and "Sở Văn
 * hóa …"): each task using a less common spelling is told which spellings exist and which is most used.
 */
import type { Issue, Task } from '../report/schema';
import { normalizeText } from '../text';

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

export type { Issue };
