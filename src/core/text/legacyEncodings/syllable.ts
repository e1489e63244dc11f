/**
 * Is a word a Vietnamese syllable? Onset, rhyme (vowel cluster and final consonant) and at most one
 * tone, by the language's spelling rules: the evidence that text read in one encoding is Vietnamese and
 * read in another is not. Spelling only: "nhõn" passes, "chớnh" (ơ + nh) and "hàc" (a stop with huyền)
 * do not.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE_OR_DOT = /[\u0301\u0323]/;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** Vowel clusters that end a syllable: no final consonant after them. */
const OPEN = [
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ui',
  'ưi',
  'ưu',
  'ưa',
  'ua',
  'uơ',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
  'y',
];
/** Vowel clusters a final consonant may follow. */
const CLOSABLE = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'oe', 'uê', 'uy'];
/** Vowel clusters a final consonant must follow. */
const CLOSED = ['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oo'];
const FINALS = '(?:ch|ng|nh|c|m|n|p|t)';
/** The vowels each kind of final follows (the others: m, n, p, t follow any closable cluster). */
const PALATAL_AFTER = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']); // ch, nh
const VELAR_AFTER = new Set(['a', 'ă', 'â', 'e', 'o', 'ô', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'uâ', 'oo']); // c, ng

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(
  `^(${ONSET})(?:(${byLength(OPEN)})|(${byLength(CLOSABLE)})(${FINALS})?|(${byLength(CLOSED)})(${FINALS}))$`,
);
const STOPS = /(?:c|ch|p|t)$/;
const VOWEL_BASE = /[aeiouy]/;

/** Every tone mark of a decomposed word sits on a vowel (not "ñ" read as n + tilde). */
function tonesOnVowels(nfd: string): boolean {
  for (let i = 0; i < nfd.length; i++) {
    if (!/[\u0300\u0301\u0303\u0309\u0323]/.test(nfd[i]!)) continue;
    let j = i - 1;
    while (j >= 0 && /[\u0300-\u036f]/.test(nfd[j]!)) j--;
    if (j < 0 || !VOWEL_BASE.test(nfd[j]!)) return false;
  }
  return true;
}

/** Syllables repeat: each word is judged once (the cache is bounded; past its size, words are judged again). */
const judged = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/** `word`: letters only (no spaces or punctuation), in any case and normal form. */
export function isVietnameseSyllable(word: string): boolean {
  let valid = judged.get(word);
  if (valid === undefined) {
    valid = judge(word);
    if (judged.size < CACHE_LIMIT) judged.set(word, valid);
  }
  return valid;
}

function judge(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones && (tones.length > 1 || !tonesOnVowels(nfd))) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const final = m[4] ?? m[6] ?? '';
  const vowels = m[3] ?? m[5] ?? '';
  if ((final === 'ch' || final === 'nh') && !PALATAL_AFTER.has(vowels)) return false;
  if ((final === 'c' || final === 'ng') && !VELAR_AFTER.has(vowels)) return false;
  // A syllable ending in a stop (c, ch, p, t) takes only sắc or nặng.
  if (final && STOPS.test(final) && !(tones && ACUTE_OR_DOT.test(tones[0]!))) return false;
  return true;
}
