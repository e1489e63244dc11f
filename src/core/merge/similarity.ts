/**
 * How alike two task texts are: the Dice coefficient of their word sets, taken on the comparison key
 * (normalised, tone marks folded, abbreviations expanded, diacritics, case and punctuation dropped), so
 * reordered words, "hoá"/"hóa" and "UBND"/"Ủy ban nhân dân" cost nothing and a reworded task keeps the
 * words it shares. And the STT compared as written, without its brackets and trailing dots.
 */
import { comparisonKey } from '../text';

/** The distinct words of a text's comparison key. */
export function textTokens(text: string): string[] {
  const key = comparisonKey(text);
  return key ? [...new Set(key.split(' '))] : [];
}

/** 2·|A∩B| / (|A|+|B|), 0 when either is empty; `a` and `b` hold distinct words. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return (2 * shared) / (a.length + b.length);
}

/** "(3)", "3.", "3)" and "3" are one STT; "" for none. */
export function sttKey(no: string): string {
  return no
    .trim()
    .toLowerCase()
    .replace(/^\(\s*/, '')
    .replace(/[\s.)]+$/, '');
}
