/**
 * Text → the bytes an old program writes: Windows-1258 (Vietnamese ANSI: precomposed base letters, tone
 * marks as combining bytes), TCVN3 or VNI (each character's legacy sequence; what the encoding cannot hold
 * as the Windows-1252 byte of the character, else "?"). For tests of reading such files.
 */
import { decodeLegacy, encodeLegacy } from '../../src/core/text/legacyEncodings/convert';
import type { LegacyEncoding } from '../../src/core/text/legacyEncodings/encoding';
import { decodeWindows1252 } from '../../src/files/readDelimited';

function reverseTable(decode: (bytes: Uint8Array) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  return map;
}

const CP1258 = reverseTable((b) => new TextDecoder('windows-1258').decode(b));
const CP1252 = reverseTable(decodeWindows1252);
const QUESTION = 0x3f;

export function windows1258Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The base letter with its vowel mark (ê, ơ, ă …) is one byte; the tone follows as a combining byte.
    const nfd = [...ch.normalize('NFD')];
    const isTone = (m: string) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m);
    const base = CP1258.get(
      nfd
        .filter((m) => !isTone(m))
        .join('')
        .normalize('NFC'),
    );
    const tones = nfd.filter(isTone).map((m) => CP1258.get(m));
    if (base === undefined || tones.some((t) => t === undefined)) out.push(QUESTION);
    else out.push(base, ...(tones as number[]));
  }
  return new Uint8Array(out);
}

/** What a character becomes in the encoding's bytes, as the characters those bytes read as (Windows-1252). */
function legacyChars(ch: string, encoding: LegacyEncoding): string {
  // TCVN3 has no upper-case letter with a tone (outside the .Vn*H fonts): a file holds the lower-case one.
  const seq = encodeLegacy(ch, encoding) ?? encodeLegacy(ch.toLowerCase(), encoding);
  if (seq !== null) return seq;
  return CP1252.has(ch) ? ch : '?';
}

export function legacyBytes(text: string, encoding: LegacyEncoding): Uint8Array {
  const chars = [...text.normalize('NFC')].map((ch) => legacyChars(ch, encoding)).join('');
  return new Uint8Array([...chars].map((ch) => CP1252.get(ch) ?? QUESTION));
}

/**
 * The text a file of `legacyBytes(text, encoding)` reads back as: each letter the encoding holds is
 * itself (TCVN3's missing upper-case letters with a tone in lower case); any other character is its
 * Windows-1252 byte ("?" if it has none), which reads as whatever that byte is in the encoding (a stray
 * "å" in a source is "ồ" to TCVN3).
 */
export function legacyRoundTrip(text: string, encoding: LegacyEncoding): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      if (encodeLegacy(ch, encoding) !== null) return ch;
      if (encodeLegacy(ch.toLowerCase(), encoding) !== null) return ch.toLowerCase();
      return CP1252.has(ch) ? decodeLegacy(ch, encoding) : '?';
    })
    .join('');
}

/** The text a file of `windows1258Bytes(text)` reads back as: what the code page cannot hold is "?". */
export function windows1258RoundTrip(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => (ch !== '?' && windows1258Bytes(ch).includes(QUESTION) ? '?' : ch))
    .join('');
}
