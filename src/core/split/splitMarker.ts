/**
 * What identifies a split workbook and how it was laid out: the master's file name, the agency, the
 * split date, and per sheet the master table it came from and where its columns are. Kept as JSON in
 * cell A1 of a very hidden sheet (as the add-in's settings sheet is), read back by `readSplitMarker`;
 * a workbook without it (an agency's own table) is matched by STT and text alone.
 */
import { z } from 'zod';
import type { WorkbookGrid } from '../grid';
import { isoDateSchema } from '../report/schema';

export const SPLIT_MARKER_SHEET = '_AppendixTrackerSplit';

const letters = z.string().regex(/^[A-Z]{1,3}$/);

export const splitSheetMarkerSchema = z.object({
  /** The sheet's name in the split workbook. */
  sheet: z.string(),
  masterSheet: z.string(),
  masterRange: z.string(),
  /** The table's index among the master's scanned tables. */
  masterTable: z.number().int().nonnegative(),
  /** 1-based row of the header. */
  headerRow: z.number().int().positive(),
  /** Where each column is (letters), and the header written there. */
  columns: z.object({
    no: letters.nullable(),
    task: letters.nullable(),
    status: letters,
    completedOn: letters,
    result: letters,
    key: letters,
  }),
  headers: z.object({
    status: z.string(),
    completedOn: z.string(),
    result: z.string(),
    key: z.string(),
    /** The STT's and the task's headers (absent in workbooks split before they were recorded). */
    no: z.string().optional(),
    task: z.string().optional(),
  }),
});
export type SplitSheetMarker = z.infer<typeof splitSheetMarkerSchema>;

export const splitMarkerSchema = z.object({
  kind: z.literal('appendix-tracker-split'),
  version: z.literal(1),
  /** The master's file name (no folder). */
  master: z.string(),
  splitOn: isoDateSchema,
  agency: z.object({ key: z.string(), label: z.string() }),
  sheets: z.array(splitSheetMarkerSchema),
});
export type SplitMarker = z.infer<typeof splitMarkerSchema>;

/** The marker as the text of its sheet's A1. */
export function markerText(marker: SplitMarker): string {
  return JSON.stringify(marker);
}

/** The marker of a workbook, or null when it has none (or one that is not ours, or damaged). */
export function readSplitMarker(grid: WorkbookGrid): SplitMarker | null {
  const sheet = grid.sheets.find((s) => s.name === SPLIT_MARKER_SHEET);
  const text = sheet?.rows[0]?.[0]?.text;
  if (!text) return null;
  try {
    const parsed = splitMarkerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not JSON: a sheet of that name the person made; not a split workbook's marker.
    return null;
  }
}
