import type { FileReport, Report } from '../report/schema';
import { reportSchema } from '../report/schema';
import type { ScanSettings } from './scanOptions';

/** The contract's report over scanned files (its shape is guaranteed by the types it is built from). */
export function buildReport(files: FileReport[], settings: ScanSettings): Report {
  return { version: 1, asOf: settings.asOf, dueSoonDays: settings.dueSoonDays, files };
}

/**
 * The report checked against the zod schema of the contract, for where it leaves the program as JSON
 * (`--json`): a mismatch is a bug and fails loudly instead of printing a report that breaks the contract.
 */
export function validatedReport(report: Report): Report {
  return reportSchema.parse(report);
}

/** A file entry for a file that could not be read: the report still lists it, with the reason. */
export function unreadableFile(path: string, code: string, message: string): FileReport {
  return { path, error: { code, message }, tables: [] };
}
