import { renderIssue, validIssueParams } from '../i18n/issueMessages';
import type { Lang } from '../i18n/lang';
import type { FileReport, Report, ScannedFile, ScannedReport } from '../report/schema';
import { reportSchema } from '../report/schema';
import type { ScanSettings } from './scanOptions';

/** The engine's report over scanned files (its shape is guaranteed by the types it is built from). */
export function buildReport(files: ScannedFile[], settings: ScanSettings): ScannedReport {
  return { version: 1, asOf: settings.asOf, dueSoonDays: settings.dueSoonDays, files };
}

/** A scanned file with each finding's message rendered in `lang`: the contract's file entry. */
export function fileWithMessages(file: ScannedFile, lang: Lang): FileReport {
  return {
    ...file,
    tables: file.tables.map((t) => ({ ...t, issues: t.issues.map((i) => renderIssue(i, lang)) })),
  };
}

/** The contract's report: every finding with its message rendered in `lang`. */
export function withMessages(report: ScannedReport, lang: Lang): Report {
  return { ...report, files: report.files.map((f) => fileWithMessages(f, lang)) };
}

/**
 * The report checked against the zod schema of the contract, and each issue's parameters against its
 * code's, for where it leaves the program as JSON (`--json`): a mismatch is a bug and fails loudly
 * instead of printing a report that breaks the contract.
 */
export function validatedReport(report: Report): Report {
  const valid = reportSchema.parse(report);
  for (const f of valid.files) for (const t of f.tables) for (const i of t.issues) validIssueParams(i);
  return valid;
}

/** A file entry for a file that could not be read: the report still lists it, with the reason. */
export function unreadableFile(path: string, code: string, message: string): ScannedFile {
  return { path, error: { code, message }, tables: [] };
}
