/**
 * What the task pane keeps inside the workbook, so it travels with the file: the scan settings a
 * person chose, their mapping corrections, and which sheets the add-in made (by the host's sheet id,
 * so a renamed sheet is still ours and a user's sheet of the same name never is).
 */
import { z } from 'zod';
import { isoDateSchema } from '../core/report/schema';
import { columnOverrideSchema } from '../core/recognize/columnOverrides';

export const SETTINGS_KEY = 'appendixTracker.settings';

export const storedSettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** null: today, whenever the pane runs. */
  asOf: isoDateSchema.nullable().default(null),
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  leaderByLead: z.record(z.string(), z.string()).default({}),
  columnOverrides: z.array(columnOverrideSchema).default([]),
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
  const parsed = storedSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
