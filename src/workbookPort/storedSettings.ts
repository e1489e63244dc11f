/**
 * What the task pane keeps inside the workbook, so it travels with the file: the scan settings a
 * person chose, their mapping corrections, and which sheets the add-in made (by the host's sheet id,
 * so a renamed sheet is still ours and a user's sheet of the same name never is).
 */
import { z } from 'zod';
import { isoDateSchema } from '../core/report/schema';
import { columnOverrideSchema } from '../core/recognize/columnOverrides';
import { migrateColumnOverrides, tableCorrectionSchema } from '../core/scan/corrections';

export const SETTINGS_KEY = 'appendixTracker.settings';

/** The very hidden sheet where the playground (ExcelJS) keeps the same settings inside the file. */
export const SETTINGS_SHEET = '_AppendixTracker';

export const storedSettingsSchema = z.object({
  version: z.literal(2).default(2),
  /** null: today, whenever the pane runs. */
  asOf: isoDateSchema.nullable().default(null),
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  leaderByLead: z.record(z.string(), z.string()).default({}),
  /**
   * A person's corrections of tables, each on a workbook Name holding the table's range (so it follows
   * the table when rows or columns are inserted), with header row and columns as offsets inside it.
   */
  tableCorrections: z.array(tableCorrectionSchema).default([]),
  ownedSheets: z.object({ tasks: z.string().optional(), summary: z.string().optional() }).default({}),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = storedSettingsSchema.parse({});

/** Parse what a workbook holds; anything unreadable falls back to the defaults rather than failing. */
export function parseStoredSettings(raw: unknown): StoredSettings {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
  const parsed = storedSettingsSchema.safeParse(migrate(value));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Version 1 kept column corrections by sheet, header row and column letters: each table's become one correction. */
const version1Schema = z.object({ version: z.literal(1).optional(), columnOverrides: z.array(columnOverrideSchema) });

function migrate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version === 2) return value;
  const old = version1Schema.safeParse(value);
  if (!old.success) return { ...value, version: 2 };
  const { columnOverrides, ...rest } = value as Record<string, unknown>;
  void columnOverrides;
  return { ...rest, version: 2, tableCorrections: migrateColumnOverrides(old.data.columnOverrides) };
}
