/**
 * Vietnamese tone-mark placement. Old and new orthography put the tone of open syllables ending in
 * "oa", "oe", "uy" on different vowels ("hóa"/"hoá", "thủy"/"thuỷ", "khỏe"/"khoẻ"). The canonical
 * form here is the traditional placement used by Decree 30/2020 and most government documents:
 * the tone on the first vowel of the pair. "qu" and "gi" are consonants, so "quý" is untouched.
 */
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
const WORD_RE = /[\p{L}\p{M}]+/gu;
const PAIR_RE = /^(.*?)([oO][aAeE]|[uU][yY])$/;

function canonicalSyllable(word: string): string {
  const nfd = word.normalize('NFD');
  const tone = nfd.match(TONE_RE);
  if (!tone) return word;
  const bare = nfd.replace(TONE_RE, '');
  const m = PAIR_RE.exec(bare);
  if (!m) return word;
  const onset = m[1]!;
  // "qu" + y: the u belongs to the consonant; the tone sits on y ("quý").
  if (/[qQ]$/.test(onset) && /^[uU]/.test(m[2]!)) return word;
  // Only a plain pair with no other vowel before it (skip "ngoa" variants with vowels like "uoa").
  if (
    /[aăâeêioôơuưy]/i.test(
      onset
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/^gi?/i, 'g'),
    )
  )
    return word;
  const first = m[2]![0]!;
  const second = m[2]![1]!;
  return (onset + first + tone[0] + second).normalize('NFC');
}

/** A word that ends in an oa/oe/uy pair carrying a tone: the only words placement changes. */
const CANDIDATE_RE = /(?:[oOóòỏõọÓÒỎÕỌ][aeAEáàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uUúùủũụÚÙỦŨỤ][yYýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/u;

export function canonicalToneMarks(s: string): string {
  const nfc = s.normalize('NFC');
  if (!CANDIDATE_RE.test(nfc)) return nfc;
  return nfc.replace(WORD_RE, (w) => (CANDIDATE_RE.test(w) ? canonicalSyllable(w) : w));
}

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
