/**
 * A cell's font names its encoding: TCVN3 (ABC) fonts are named ".Vn…" (.VnTime, .VnArial; those ending
 * in "H", .VnTimeH, .VnArialH, show every letter in upper case), VNI fonts "VNI-…" (VNI-Times, VNI-Helve).
 */
import type { LegacyEncoding } from './encoding';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An upper-case font: the text shows, and reads, in upper case. */
  upper: boolean;
}

const TCVN3_FONT = /^\.vn/i;
const VNI_FONT = /^vni-/i;

export function legacyFont(name: string | null | undefined): LegacyFont | null {
  if (!name) return null;
  const n = name.trim();
  if (TCVN3_FONT.test(n)) return { encoding: 'tcvn3', upper: n.endsWith('H') };
  if (VNI_FONT.test(n)) return { encoding: 'vni', upper: false };
  return null;
}
