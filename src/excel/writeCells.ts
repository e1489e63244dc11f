/**
 * Values as Excel should store them: text columns get the text number format "@" before their
 * values, so "=…", "+…", "-…" and "@…" (agency lists often start with "- ") stay text and never
 * become formulas; dates become serial numbers with a date format.
 */
import { isoToExcelSerial } from '../core/isoDate';
import type { ColumnKind, PlanCell, PlanColumn } from '../core/plans/sheetPlan';
import { NUMBER_FORMATS } from '../core/plans/sheetStyle';

export function excelValue(cell: PlanCell, kind: ColumnKind): string | number {
  if (cell === null) return '';
  if (kind === 'date' && typeof cell === 'string') return isoToExcelSerial(cell);
  return cell;
}

export interface CellBlock {
  values: (string | number)[][];
  numberFormat: string[][];
}

/** Rows of a plan as the two arrays a range takes. */
export function cellBlock(rows: PlanCell[][], columns: PlanColumn[]): CellBlock {
  return {
    values: rows.map((r) => columns.map((c, i) => excelValue(r[i] ?? null, c.kind))),
    numberFormat: rows.map(() => columns.map((c) => NUMBER_FORMATS[c.kind])),
  };
}

/** Queue a block: formats first, then values, in one range. */
export function writeBlock(range: Excel.Range, block: CellBlock): void {
  range.numberFormat = block.numberFormat;
  range.values = block.values;
}

/** Excel's column width unit is points; a character of the default font is about 7 points wide. */
export const charsToPoints = (chars: number): number => Math.round(chars * 7 + 5);
