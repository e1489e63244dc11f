import { expandAbbreviations } from './abbreviations';
import { normalizeText } from './normalizeText';
import { canonicalToneMarks, stripDiacritics } from './toneMarks';

const cache = new Map<string, string>();

/**
 * What one character (a code point) adds to a key: its lower-case form without marks, each character
 * of that outside a–z and 0–9 a space; '' for a combining mark. Found once per character: casing and
 * decomposition act on a character alone (Vietnamese has no contextual casing), so folding the text
 * character by character gives what folding it whole gives.
 */
const folds = new Map<number, string>();
function foldOf(cp: number): string {
  let f = folds.get(cp);
  if (f === undefined) {
    f = stripDiacritics(String.fromCodePoint(cp).toLocaleLowerCase('vi')).replace(/[^a-z0-9]/g, ' ');
    folds.set(cp, f);
  }
  return f;
}

/** Lower case, marks and "đ" folded, every run of other characters one space, trimmed: in one pass. */
function fold(s: string): string {
  let out = '';
  let gap = false;
  const put = (ch: string) => {
    if (gap && out) out += ' ';
    gap = false;
    out += ch;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) put(s[i]!);
      else if (c >= 65 && c <= 90) put(String.fromCharCode(c + 32));
      else gap = true;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    for (const ch of foldOf(cp)) {
      if (ch === ' ') gap = true;
      else put(ch);
    }
  }
  return out;
}

/**
 * The key under which spelling variants of one name share a group: tone placement, case,
 * abbreviations, diacritics and punctuation folded ("Sở Văn hoá, …" = "Sở VHTTDL" = "so van hoa …").
 */
export function comparisonKey(s: string): string {
  if (!s) return '';
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  // Tone placement ("hoá"/"hóa") needs no folding of its own here: every mark is stripped.
  const key = fold(expandAbbreviations(normalizeText(s)));
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
