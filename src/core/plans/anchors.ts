/**
 * Rows a write must still find where the scan read them. Between a scan and a write the person may
 * insert or delete rows above (or inside) a table: the plan's addresses would then fall on other
 * rows. Each table anchors its header row and its last row, with the values the scan read there; a
 * host reads those cells again in a sync it makes anyway and refuses the write when they differ.
 */
import { parseRangeAddress, rangeAddress } from '../a1';
import { cellAt, type WorkbookGrid } from '../grid';

export interface RangeAnchor {
  /** The sheet's name as the scan read it (hosts turn it into the sheet's id). */
  sheet: string;
  /** One row of the table's columns, "A5:H5". */
  address: string;
  /** The values the scan read there, each as anchorKey gives it. */
  values: string[][];
}

export interface AnchoredTable {
  sheet: string;
  range: string;
  /** 1-based sheet row of the header (or of the first body row, for a table without one). */
  headerRow: number;
}

/** A cell's value as compared: empty, text, number or boolean, all as their text. */
export function anchorKey(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Header row and last row of each table, with what the scan read there. */
export function tableAnchors(grid: WorkbookGrid, tables: readonly AnchoredTable[]): RangeAnchor[] {
  const out: RangeAnchor[] = [];
  for (const t of tables) {
    const box = parseRangeAddress(t.range);
    const sheet = grid.sheets.find((s) => s.name === t.sheet);
    if (!box || !sheet) continue;
    const rows = [...new Set([Math.max(box.top, t.headerRow - 1), box.bottom])];
    for (const r of rows) {
      const values: string[] = [];
      for (let c = box.left; c <= box.right; c++) values.push(anchorKey(cellAt(sheet, r, c).value));
      out.push({ sheet: t.sheet, address: rangeAddress(r, box.left, r, box.right), values: [values] });
    }
  }
  return out;
}

/** Whether the cells read now (raw values, as the host returns them) are the ones the scan read. */
export function anchorHolds(anchor: RangeAnchor, now: readonly (readonly unknown[])[]): boolean {
  return anchor.values.every((row, r) => row.every((v, c) => anchorKey(now[r]?.[c]) === v));
}
