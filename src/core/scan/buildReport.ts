import type { FileReport, Report } from '../report/schema';
import { reportSchema } from '../report/schema';
import type { ScanSettings } from './scanOptions';

/** The contract's report over scanned files, validated against the schema before it leaves the engine. */
export function buildReport(files: FileReport[], settings: ScanSettings): Report {
  return reportSchema.parse({ version: 1, asOf: settings.asOf, dueSoonDays: settings.dueSoonDays, files });
}

/** A file entry for a file that could not be read: the report still lists it, with the reason. */
export function unreadableFile(path: string, code: string, message: string): FileReport {
  return { path, error: { code, message }, tables: [] };
}
