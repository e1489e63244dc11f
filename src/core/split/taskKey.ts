/**
 * The stable key of a master task, written (hidden) in each row of a split workbook and recomputed from
 * the master at merge time: a short hash of the sheet's name, the task's text (normalised, tone marks
 * folded, abbreviations expanded, diacritics and case dropped: its comparison key) and which occurrence
 * of that text on the sheet it is. It does not depend on the STT or the row, so renumbering, sorting or
 * rows inserted in the master or the returned file leave it unchanged; editing the master task's text,
 * or renaming its sheet, between split and merge changes it (the matcher then falls back to STT + text).
 */
import type { ScannedFile } from '../report/schema';
import { comparisonKey, normalizeText } from '../text';

/** FNV-1a over UTF-16 code units, 32 bits (pure JS: the engine has no crypto). */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** FNV's own offset basis and a second one: two independent 32-bit hashes, 64 bits together. */
const BASIS_A = 0x811c9dc5;
const BASIS_B = 0x2545f491;

/** "k" + 14 base-36 characters. */
export const TASK_KEY_RE = /^k[0-9a-z]{14}$/;

function part(h: number): string {
  return h.toString(36).padStart(7, '0');
}

/** What a task's key stands for, before its occurrence: the sheet's name and the text's comparison key. */
function taskIdentity(sheet: string, text: string): string {
  return `${normalizeText(sheet).toLocaleLowerCase('vi')}\u0001${comparisonKey(text)}`;
}

function keyOf(identity: string, occurrence: number): string {
  const s = `${identity}\u0001${occurrence}`;
  return `k${part(fnv1a(s, BASIS_A))}${part(fnv1a(s, BASIS_B))}`;
}

/** The key of the `occurrence`-th task (0-based) on `sheet` whose text has this comparison key. */
export function taskKey(sheet: string, text: string, occurrence: number): string {
  return keyOf(taskIdentity(sheet, text), occurrence);
}

/** A cell's text as a key, or null when it is none (a person typed over it, or it was never one). */
export function readTaskKey(text: string): string | null {
  const t = text.trim().toLowerCase();
  return TASK_KEY_RE.test(t) ? t : null;
}

/**
 * Every task's key, per table in the file's order: identical texts on one sheet are told apart by
 * their order (the first is occurrence 0, the next 1 …), across all the sheet's tables.
 */
export function fileTaskKeys(file: ScannedFile): string[][] {
  const seen = new Map<string, number>();
  return file.tables.map((table) =>
    table.tasks.map((t) => {
      const id = taskIdentity(table.sheet, t.task);
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      return keyOf(id, n);
    }),
  );
}
