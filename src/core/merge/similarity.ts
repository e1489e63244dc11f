/**
 * How alike two task texts are: the Dice coefficient of their word sets, taken on the comparison key
 * (normalised, tone marks folded, abbreviations expanded, diacritics, case and punctuation dropped), so
 * reordered words, "hoá"/"hóa" and "UBND"/"Ủy ban nhân dân" cost nothing and a reworded task keeps the
 * words it shares. And the STT compared as written, without its brackets and trailing dots.
 */
import { comparisonKey } from '../text';

const cache = new Map<string, readonly string[]>();

/** The distinct words of a text's comparison key (kept: a returned text is mostly its master's). */
export function textTokens(text: string): readonly string[] {
  let tokens = cache.get(text);
  if (tokens) return tokens;
  const key = comparisonKey(text);
  tokens = key ? [...new Set(key.split(' '))] : [];
  if (cache.size > 50000) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

/** 2·|A∩B| / (|A|+|B|), 0 when either is empty; `a` holds distinct words, `b` is a set of them. */
export function dice(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.length + b.size);
}

/** "(3)", "3.", "3)" and "3" are one STT; "" for none. */
export function sttKey(no: string): string {
  return no
    .trim()
    .toLowerCase()
    .replace(/^\(\s*/, '')
    .replace(/[\s.)]+$/, '');
}
