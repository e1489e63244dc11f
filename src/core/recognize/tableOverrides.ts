/**
 * A person's corrections of which tables a sheet holds, kept with the workbook (the add-in) or given
 * on the command line: "this range is an appendix table" (with its header row, or none, or let the
 * engine propose one) and "this is not an appendix" (a false table dismissed). Applied in
 * recognizeTables after the engine's own search; column corrections (columnOverrides.ts) then apply
 * to these tables as to any other, by their header row.
 */
import { z } from 'zod';
import { parseRangeAddress, type CellBox } from '../a1';

export const tableOverrideSchema = z.object({
  sheet: z.string(),
  /** The range as A1 ("A5:H80"): where the table is now (the add-in resolves its workbook Name to it). */
  range: z.string().refine((r) => parseRangeAddress(r) !== null, { message: 'not an A1 range' }),
  /** "table": the range is an appendix table; "ignore": no appendix here (dismiss what the engine found). */
  action: z.enum(['table', 'ignore']),
  /**
   * For "table": the 1-based sheet row of its header row, 0 for "no header row", absent for "let the
   * engine propose one".
   */
  headerRow: z.number().int().nonnegative().optional(),
});
export type TableOverride = z.infer<typeof tableOverrideSchema>;

export function overrideBox(o: TableOverride): CellBox {
  return parseRangeAddress(o.range)!;
}

export function boxesIntersect(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
