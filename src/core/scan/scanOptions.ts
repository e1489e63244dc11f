import { z } from 'zod';
import { isoDateSchema } from '../report/schema';
import { columnOverrideSchema } from '../recognize/columnOverrides';
import { tableOverrideSchema } from '../recognize/tableOverrides';

/** Settings of a scan: what the command line takes as flags and the task pane stores in the workbook. */
export const scanSettingsSchema = z.object({
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  lang: z.enum(['vi', 'en']).default('vi'),
  /** lead agency (any spelling) → supervising leader, for tables with no leader column. */
  leaderByLead: z.record(z.string(), z.string()).default({}),
  /** A person's corrections of column mappings, kept with the workbook by the task pane. */
  columnOverrides: z.array(columnOverrideSchema).default([]),
  /** A person's tables and dismissals: "this range is a table", "this is not an appendix". */
  tableOverrides: z.array(tableOverrideSchema).default([]),
});
export type ScanSettings = z.infer<typeof scanSettingsSchema>;
export type ScanSettingsInput = z.input<typeof scanSettingsSchema>;
