/**
 * A master task's cell in each column of its table, as the split workbook repeats it: the texts of the
 * task's rows in that column joined with a space (continuation rows, as the engine joins them), the value
 * of a merged area over the task's rows taken from its top-left cell, and a real date kept a date.
 */
import type { IsoDate } from '../isoDate';
import { cellAt, mergeAt, type MergeInfo, type SheetGrid } from '../grid';
import { cellText } from '../plans/sheetPlan';
import { normalizeText } from '../text';

/** A value the split workbook writes: text, or a real date. */
export type SplitValue = string | { date: IsoDate };

/** `rows`: the task's 1-based sheet rows; `left`…`right`: 0-based columns. */
export function taskCells(sheet: SheetGrid, rows: readonly number[], left: number, right: number): SplitValue[] {
  const out: SplitValue[] = [];
  const own = new Set(rows.map((r) => r - 1));
  for (let c = left; c <= right; c++) {
    const texts: string[] = [];
    let date: IsoDate | undefined;
    const merges = new Set<MergeInfo>();
    for (const r of rows) {
      let cell = cellAt(sheet, r - 1, c);
      if (!cell.text) {
        // Covered by a merged area: its value is in the top-left cell (once, and only from outside the task).
        const m = mergeAt(sheet, r - 1, c);
        if (!m || merges.has(m) || own.has(m.top)) continue;
        merges.add(m);
        cell = cellAt(sheet, m.top, m.left);
      }
      const t = normalizeText(cell.text);
      if (!t) continue;
      texts.push(t);
      date = cell.date;
    }
    out.push(texts.length === 1 && date ? { date } : cellText(texts.join(' ')));
  }
  return out;
}

/** The text of a split value (a date as dd/mm/yyyy would be shown is not needed: the ISO date). */
export function splitValueText(v: SplitValue): string {
  return typeof v === 'string' ? v : v.date;
}
