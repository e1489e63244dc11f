import { expandAbbreviations } from './abbreviations';
import { normalizeText } from './normalizeText';
import { canonicalToneMarks, stripDiacritics } from './toneMarks';

const cache = new Map<string, string>();

/**
 * The key under which spelling variants of one name share a group: tone placement, case,
 * abbreviations, diacritics and punctuation folded ("Sở Văn hoá, …" = "Sở VHTTDL" = "so van hoa …").
 */
export function comparisonKey(s: string): string {
  if (!s) return '';
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  // Tone placement ("hoá"/"hóa") needs no folding of its own here: every mark is stripped.
  const key = stripDiacritics(expandAbbreviations(normalizeText(s)).toLocaleLowerCase('vi'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (cache.size > 100000) cache.clear();
  cache.set(s, key);
  return key;
}

/** Why two texts with the same key are written differently. */
export function spellingDifference(
  a: string,
  b: string,
): 'case' | 'tone-placement' | 'abbreviation' | 'punctuation' | 'other' {
  const na = normalizeText(a);
  const nb = normalizeText(b);
  if (na.toLocaleLowerCase('vi') === nb.toLocaleLowerCase('vi')) return 'case';
  if (
    canonicalToneMarks(na) === canonicalToneMarks(nb) ||
    canonicalToneMarks(na).toLocaleLowerCase('vi') === canonicalToneMarks(nb).toLocaleLowerCase('vi')
  )
    return 'tone-placement';
  const strip = (s: string) =>
    s
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .toLocaleLowerCase('vi');
  if (strip(canonicalToneMarks(na)) === strip(canonicalToneMarks(nb))) return 'punctuation';
  if (expandAbbreviations(na) !== na || expandAbbreviations(nb) !== nb) return 'abbreviation';
  return 'other';
}
