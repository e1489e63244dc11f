/**
 * The start column of a table that writes the start and the end of each task apart ("Thời gian" over
 * "Bắt đầu | Kết thúc", "Ngày bắt đầu"): no field of its own, but a start later than the deadline says
 * the deadline cannot be true (src/core/deadline/plausibleDeadline.ts).
 */
import { headerKey } from './headerKey';
import type { ColumnMap } from './mapColumns';

const START_RE = /\b(bat dau|khoi cong|tu ngay|start|start date|from)$/;

/** The 0-based column whose header names the start, not mapped to any field; null when there is none. */
export function startColumn(headerTexts: readonly string[], map: ColumnMap): number | null {
  const mapped = new Set(Object.values(map.fields));
  for (let c = 0; c < headerTexts.length; c++) {
    if (mapped.has(c)) continue;
    if (START_RE.test(headerKey(headerTexts[c] ?? ''))) return c;
  }
  return null;
}
