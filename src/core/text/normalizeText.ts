/** Cell text made comparable: NFC, every kind of space and line break collapsed to one space. */
const SPACES_RE = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const ODD_SPACE_RE = /[^\S ]| {2}|[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const INVISIBLE_RE = /[\u200b-\u200d\ufeff\u00ad]/g;
const HAS_INVISIBLE_RE = /[\u200b-\u200d\ufeff\u00ad]/;
/** Combining marks: text in NFD (or mixed) needs composing; text already in NFC has none. */
const COMBINING_RE = /[\u0300-\u036f]/;

/**
 * A character normalisation would change (combining marks, invisible characters, every white space
 * but the plain space). One character class, so the engine scans each cell once, fast.
 */
const ODD_CHAR_RE =
  /[\u0300-\u036f\u200b-\u200d\ufeff\u00ad\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Anything normalisation would change; most cells have none of it and are returned as they are. */
function needsWork(s: string): boolean {
  return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || ODD_CHAR_RE.test(s) || s.includes('  ');
}

const cache = new Map<string, string>();
const CACHE_MAX_LEN = 160;

function normalizeUncached(s: string): string {
  let t = COMBINING_RE.test(s) ? s.normalize('NFC') : s;
  if (HAS_INVISIBLE_RE.test(t)) t = t.replace(INVISIBLE_RE, '');
  if (ODD_SPACE_RE.test(t)) t = t.replace(SPACES_RE, ' ');
  return t.trim();
}

export function normalizeText(s: string): string {
  if (!s) return '';
  if (!needsWork(s)) return s;
  if (s.length > CACHE_MAX_LEN) return normalizeUncached(s);
  let hit = cache.get(s);
  if (hit === undefined) {
    hit = normalizeUncached(s);
    if (cache.size > 50000) cache.clear();
    cache.set(s, hit);
  }
  return hit;
}
