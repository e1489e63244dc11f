/**
 * STT (số thứ tự): the number in a table's first column, as written ("1", "1.", "(1)", "I", "a)",
 * "2.1", "-") and as Excel mangles it on paste ("(1)" stored as the number -1).
 */
import type { Cell } from '../grid';

export type SttStyle =
  | 'arabic' // 1
  | 'arabic-dot' // 1.
  | 'paren' // (1)
  | 'hierarchical' // 2.1, 5.1.3, III.1
  | 'roman' // I, II., IV
  | 'letter-upper' // A, B.
  | 'letter' // a), a., (a)
  | 'bullet' // -, +, •
  | 'code' // 2026-01, NV-12, KH.05: a tracker's task code, kept as written
  | 'none';

export interface Stt {
  /** STT as the user reads it ("(1)" even when Excel stored -1). */
  text: string;
  style: SttStyle;
  /** The number for ordered styles (roman and letters converted), else null. */
  value: number | null;
  /** Components of a hierarchical number ("5.1.3" → [5,1,3]); [value] otherwise. */
  path: number[];
}

export const NO_STT: Stt = Object.freeze({ text: '', style: 'none', value: null, path: [] }) as Stt;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  // Reject malformed numerals by round-tripping through the canonical form.
  return toRoman(total) === s ? total : null;
}

/** 1 … 399 in Roman numerals (the numbers sections are given). */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

const LETTERS = 'abcdđefghijklmnopqrstuvwxyz';
function letterValue(ch: string): number {
  return LETTERS.indexOf(ch.toLowerCase()) + 1;
}

const RE_ARABIC = /^(\d{1,4})$/;
const RE_ARABIC_DOT = /^(\d{1,4})[.,]$/;
const RE_PAREN = /^\((\d{1,4})\)[.]?$/;
const RE_HIER = /^(\d{1,3}|[IVXLC]+)((?:\.\d{1,3})+)\.?$/;
const RE_ROMAN = /^([IVXLC]+)[.)]?$/;
const RE_LETTER_UPPER = /^([A-ZĐ])[.)]?$/;
const RE_LETTER = /^\(?([a-zđ])[).]$/;
const RE_BULLET = /^[-+•–—*·o]$/;
/** A task code: letters or a year, a separator, a short number ("2026-01", "2026-45a", "NV-12", "KH.05"). */
const RE_CODE = /^(?:[A-ZĐ]{1,6}[-._]?\d{1,4}[a-z]?|(?:\d{4}|[A-ZĐ]{1,6})[-._]\d{1,3}[a-z]?)$/;

/** Read an STT from a short piece of text. Returns NO_STT when the text is not an STT. */
export function parseSttText(raw: string): Stt {
  const text = raw.trim();
  if (text === '' || text.length > 12) return NO_STT;
  let m: RegExpExecArray | null;
  if ((m = RE_ARABIC.exec(text))) return { text, style: 'arabic', value: Number(m[1]), path: [Number(m[1])] };
  if ((m = RE_ARABIC_DOT.exec(text))) return { text, style: 'arabic-dot', value: Number(m[1]), path: [Number(m[1])] };
  if ((m = RE_PAREN.exec(text))) return { text, style: 'paren', value: Number(m[1]), path: [Number(m[1])] };
  if ((m = RE_HIER.exec(text))) {
    const head = /^\d/.test(m[1]!) ? Number(m[1]) : (romanValue(m[1]!) ?? 0);
    const path = [head, ...m[2]!.split('.').filter(Boolean).map(Number)];
    return { text, style: 'hierarchical', value: path[path.length - 1]!, path };
  }
  if ((m = RE_ROMAN.exec(text))) {
    const body = m[1]!;
    // Single L, C, D, M read as letters (A, B, C … sections); I, V, X and longer numerals as roman.
    if (body.length > 1 || 'IVX'.includes(body)) {
      const v = romanValue(body);
      if (v !== null) return { text, style: 'roman', value: v, path: [v] };
    }
  }
  if ((m = RE_LETTER_UPPER.exec(text))) {
    const v = letterValue(m[1]!);
    return { text, style: 'letter-upper', value: v, path: [v] };
  }
  if ((m = RE_LETTER.exec(text))) {
    const v = letterValue(m[1]!);
    return { text, style: 'letter', value: v, path: [v] };
  }
  if (RE_BULLET.test(text)) return { text, style: 'bullet', value: null, path: [] };
  if (RE_CODE.test(text)) return { text, style: 'code', value: null, path: [] };
  return NO_STT;
}

/** Read the STT cell, undoing Excel's paste mangling of "(1)" (stored as -1). */
export function parseSttCell(cell: Cell): Stt {
  const v = cell.value;
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (v < 0 && v > -10000) {
      const text = `(${-v})`;
      return { text, style: 'paren', value: -v, path: [-v] };
    }
    if (v > 0 && v < 10000) return { text: String(v), style: 'arabic', value: v, path: [v] };
  }
  const text = cell.text.trim();
  // "-1" typed as text (or shown by a number format) is the same mangled "(1)".
  const neg = /^-(\d{1,4})$/.exec(text);
  if (neg) return { text: `(${neg[1]})`, style: 'paren', value: Number(neg[1]), path: [Number(neg[1])] };
  return parseSttText(text);
}

const RE_PREFIX = /^(\(?[a-zđ][).]|\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]+[.)]|[A-ZĐ][.)]|[-+•–])\s+(?=\S)/;

/**
 * An STT written at the start of a text cell ("a) Tăng cường …", "- Rà soát …", "II. CÔNG TÁC …").
 * Returns the STT and the rest of the text, or null.
 */
export function splitSttPrefix(text: string): { stt: Stt; rest: string } | null {
  const m = RE_PREFIX.exec(text);
  if (!m) return null;
  const stt = parseSttText(m[1]!);
  if (stt.style === 'none') return null;
  return { stt, rest: text.slice(m[0].length) };
}
