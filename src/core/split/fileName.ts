/**
 * File names for the split workbooks, from the agency's label: diacritics folded to ASCII (a name then
 * reads the same in every zip tool and file system, Windows and macOS alike), only letters, digits,
 * spaces and ( ) , . - kept, at most 80 characters, no name Windows reserves, and no two alike up to
 * letter case (a later one takes " (2)", " (3)" …). Deterministic: the same labels in the same order
 * give the same names.
 */
import { stripDiacritics } from '../text';

const MAX_LENGTH = 80;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const FALLBACK = 'Don vi';

export function safeFileStem(label: string): string {
  let s = stripDiacritics(label.normalize('NFC'))
    .replace(/[^A-Za-z0-9 (),.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > MAX_LENGTH) s = s.slice(0, MAX_LENGTH).trim();
  s = s.replace(/[. ]+$/, '').replace(/^[. -]+/, '');
  if (!s || RESERVED.test(s)) s = s ? `${s} (don vi)` : FALLBACK;
  return s;
}

/** One `.xlsx` name per label, in order, none equal to another without regard to case. */
export function splitFileNames(labels: readonly string[], ext = '.xlsx'): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const stem = safeFileStem(label);
    let name = `${stem}${ext}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
