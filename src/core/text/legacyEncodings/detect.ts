/**
 * Which reading of a text is Vietnamese: as it is, or converted from TCVN3 or VNI. Each reading is
 * scored by its words that carry a letter beyond ASCII: how many are Vietnamese syllables and how many
 * are not (gibberish such as "nh©n", "nhaân" or "chớnh"). Words in plain ASCII count for no reading.
 */
import { LEGACY_ENCODINGS, type LegacyEncoding } from './encoding';
import { decodeLegacy } from './convert';
import { isVietnameseSyllable } from './syllable';

export interface VietnameseScore {
  /** Words with a letter beyond ASCII. */
  marked: number;
  /** Of those, the Vietnamese syllables. */
  valid: number;
}

const WORD_SPLIT = /[^\p{L}\p{M}]+/u;
const BEYOND_ASCII = /[^\u0000-\u007f]/;

export function scoreVietnamese(text: string): VietnameseScore {
  let marked = 0;
  let valid = 0;
  for (const word of text.split(WORD_SPLIT)) {
    if (!BEYOND_ASCII.test(word)) continue;
    marked++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { marked, valid };
}

/** Vietnamese syllables less gibberish: the measure two readings are compared by. */
export function netScore(s: VietnameseScore): number {
  return s.valid - (s.marked - s.valid);
}

export interface DetectOptions {
  /** At least this many syllables must read as Vietnamese after conversion (default 3). */
  minValid?: number;
  /** And at least this share of the converted words beyond ASCII (default 0.8). */
  minShare?: number;
  /**
   * Other readings of the same bytes the conversion must also beat (a text file's Windows-1258 reading
   * beside its Windows-1252 one, from which TCVN3 and VNI are converted).
   */
  against?: readonly string[];
}

/** How much of a long text is read to decide: enough for any real document, bounded for long ones. */
export const DETECTION_SAMPLE_CHARS = 30_000;

/**
 * The legacy encoding `text` is in, when converting it reads as Vietnamese clearly better than the text
 * as it is (and well enough on its own); null otherwise, which is the answer for ordinary Unicode text.
 */
export function detectLegacyEncoding(text: string, options: DetectOptions = {}): LegacyEncoding | null {
  const { minValid = 3, minShare = 0.8, against = [] } = options;
  const head = (s: string) => (s.length > DETECTION_SAMPLE_CHARS ? s.slice(0, DETECTION_SAMPLE_CHARS) : s);
  const sample = head(text);
  let best: LegacyEncoding | null = null;
  let bestNet = netScore(scoreVietnamese(sample));
  for (const other of against) bestNet = Math.max(bestNet, netScore(scoreVietnamese(head(other))));
  for (const encoding of LEGACY_ENCODINGS) {
    const converted = decodeLegacy(sample, encoding);
    if (converted === sample) continue;
    const s = scoreVietnamese(converted);
    const net = netScore(s);
    if (s.valid < minValid || s.valid < s.marked * minShare) continue;
    if (net > bestNet) {
      best = encoding;
      bestNet = net;
    }
  }
  return best;
}
