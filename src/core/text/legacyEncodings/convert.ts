/**
 * Legacy Vietnamese text (TCVN3, VNI: the Windows-1252 / Latin-1 characters of its bytes) → Unicode
 * NFC, and back. The tables are the data modules beside this one; a sequence is at most two
 * characters (a VNI base letter and its mark byte), matched longest first. Everything else (ASCII,
 * punctuation, letters the table does not hold) is left as it is.
 */
import type { LegacyEncoding } from './encoding';
import { TCVN3_SINGLE_LETTERS, TCVN3_VOWEL_ROWS } from './tcvn3';
import { VNI_SINGLE_LETTERS, VNI_VOWEL_ROWS } from './vni';

interface Table {
  /** Legacy sequence (one or two characters) → the Unicode letter. */
  decode: Map<string, string>;
  /** Unicode letter → its legacy sequence. */
  encode: Map<string, string>;
}

/** The lowest character code a legacy sequence uses beyond ASCII: below it nothing is converted. */
const LOWEST = 0xa0;

function tcvn3Table(): Table {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (letter: string, byte: number) => {
    const ch = String.fromCharCode(byte);
    if (byte >= LOWEST) decode.set(ch, letter);
    encode.set(letter, ch);
  };
  for (const [letters, bytes] of TCVN3_VOWEL_ROWS) [...letters].forEach((l, i) => add(l, bytes[i]!));
  for (const [letter, byte] of TCVN3_SINGLE_LETTERS) add(letter, byte);
  // ASCII upper-case vowels are themselves; upper-case letters with a tone have no code in VN3.
  return { decode, encode };
}

function vniTable(): Table {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (letter: string, seq: string) => {
    const upperLetter = letter.toUpperCase();
    const upperSeq = seq.toUpperCase();
    encode.set(letter, seq);
    encode.set(upperLetter, upperSeq);
    if (seq.length === 1 && seq.charCodeAt(0) < LOWEST) return; // a plain ASCII vowel
    decode.set(seq, letter);
    decode.set(upperSeq, upperLetter);
    if (seq.length === 2) {
      // A mark byte in the other case than its base letter (typed with Shift or Caps Lock): the base decides.
      decode.set(seq[0]!.toUpperCase() + seq[1]!, upperLetter);
      decode.set(seq[0]! + seq[1]!.toUpperCase(), letter);
    }
  };
  for (const [letters, seqs] of VNI_VOWEL_ROWS) [...letters].forEach((l, i) => add(l, seqs[i]!));
  for (const [letter, seq] of VNI_SINGLE_LETTERS) add(letter, seq);
  return { decode, encode };
}

const TABLES: Record<LegacyEncoding, Table> = { tcvn3: tcvn3Table(), vni: vniTable() };

/** The characters (as code units) a legacy sequence of `encoding` can contain beyond ASCII. */
export function legacySourceChars(encoding: LegacyEncoding): ReadonlySet<string> {
  const out = new Set<string>();
  for (const seq of TABLES[encoding].decode.keys()) for (const ch of seq) if (ch.charCodeAt(0) >= LOWEST) out.add(ch);
  return out;
}

export interface DecodeOptions {
  /** The text was typed in an upper-case font (.VnTimeH …): every letter shows in upper case. */
  upper?: boolean;
  /**
   * The font is unknown (a text file, a cell whose font was lost): a TCVN3 word written in capitals
   * ("C¸C", "NHIÖM", "ñY") takes its letters with a tone in capitals too ("CÁC", "NHIỆM", "ỦY"), as the
   * .Vn*H font showed them: a word with no lower-case ASCII letter and two upper-case ones, or one after
   * its first letter; and when one word was, every word of a text with no lower-case ASCII letter at
   * all ("SỐ 89/NQ-CP CỦA CHÍNH PHỦ"). "Vô" stays "Vụ", "Së KH&CN" stays "Sở KH&CN".
   */
  capitalWords?: boolean;
}

const WORD = /[\p{L}\p{M}]+/gu;

function capitalised(word: string): string {
  let upper = 0;
  let upperAfterFirst = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return word; // a lower-case ASCII letter: the word is not in capitals
    if (c >= 0x41 && c <= 0x5a) {
      upper++;
      if (i > 0) upperAfterFirst = true;
    }
  }
  return upper >= 2 || upperAfterFirst ? word.toUpperCase() : word;
}

/** Legacy text → Unicode NFC. Text with nothing to convert comes back as it is (NFC). */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  const { decode } = TABLES[encoding];
  let out = '';
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (i + 1 < n && text.charCodeAt(i + 1) >= LOWEST) {
      const pair = decode.get(text.slice(i, i + 2));
      if (pair !== undefined) {
        out += text.slice(start, i) + pair;
        i += 2;
        start = i;
        continue;
      }
    }
    if (text.charCodeAt(i) >= LOWEST) {
      const one = decode.get(text[i]!);
      if (one !== undefined) {
        out += text.slice(start, i) + one;
        start = i + 1;
      }
    }
    i++;
  }
  out = (start === 0 ? text : out + text.slice(start)).normalize('NFC');
  if (options.upper) return out.toUpperCase();
  if (!options.capitalWords || out === text) return out;
  const words = out.replace(WORD, capitalised);
  return words !== out && !/[a-z]/.test(words) ? words.toUpperCase() : words;
}

export interface EncodeOptions {
  /** For an upper-case TCVN3 font (.VnTimeH …): letters are written in lower case, the font shows them upper. */
  upperFont?: boolean;
}

/**
 * Unicode text → its legacy form, or null when a character has no code in the encoding (a TCVN3
 * upper-case letter with a tone outside an upper-case font, or any character beyond ASCII the table lacks).
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding, options: EncodeOptions = {}): string | null {
  const { encode } = TABLES[encoding];
  let s = text.normalize('NFC');
  if (options.upperFont) s = s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const seq = encode.get(ch);
    if (seq !== undefined) out += seq;
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else return null;
  }
  return out;
}
