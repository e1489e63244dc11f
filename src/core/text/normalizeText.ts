/** Cell text made comparable: NFC, every kind of space and line break collapsed to one space. */
const SPACES_RE = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const INVISIBLE_RE = /[\u200b-\u200d\ufeff\u00ad]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;

export function normalizeText(s: string): string {
  if (!s) return '';
  if (ASCII_RE.test(s)) return s.indexOf('  ') >= 0 || s.trim() !== s ? s.replace(/ +/g, ' ').trim() : s;
  return s.normalize('NFC').replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ').trim();
}

/** Like normalizeText but keeps single line breaks (paragraphs) and drops empty lines. */
export function normalizeMultiline(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(normalizeText)
    .filter(Boolean)
    .join('\n');
}
