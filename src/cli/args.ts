/** Command-line arguments of `appendix-tracker scan`, parsed with node:util and checked with zod. */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/isoDate';

export interface ScanArgs {
  command: 'scan';
  files: string[];
  asOf: string | null;
  dueSoonDays: number;
  lang: 'vi' | 'en';
  json: boolean;
  out: string | null;
  leaders: string | null;
  all: boolean;
}

export type CliArgs = ScanArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: appendix-tracker scan FILE... [--as-of YYYY-MM-DD] [--due-soon-days N] [--lang vi|en]
                        [--json] [--out report.xlsx] [--leaders leaders.json] [--all]

  FILE               .xlsx, .csv or .tsv workbooks holding appendix ("Phụ lục") task tables
  --as-of DATE       reference date for overdue / due soon (default: today)
  --due-soon-days N  due-soon window in days (default: 7)
  --lang vi|en       language of messages (default: vi)
  --json             print the scan report (contract version 1) as JSON
  --out FILE.xlsx    also write a report workbook (tasks, issues, summaries)
  --leaders FILE     JSON object mapping lead agency → supervising leader, for tables without a leader column
  --all              list informational findings too (default: counted, not listed)`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        'due-soon-days': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        leaders: { type: 'string' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...files] = positionals;
  if (command !== 'scan') throw new UsageError(command ? `unknown command “${command}”` : 'missing command “scan”');
  if (files.length === 0) throw new UsageError('no file given');
  const asOf = values['as-of'] ?? null;
  if (asOf !== null && !isIsoDate(asOf)) throw new UsageError(`--as-of needs a date as YYYY-MM-DD, got “${asOf}”`);
  let dueSoonDays = 7;
  if (values['due-soon-days'] !== undefined) {
    const raw = values['due-soon-days'];
    dueSoonDays = Number(raw);
    if (!/^\d{1,3}$/.test(raw) || dueSoonDays > 365)
      throw new UsageError(`--due-soon-days needs a whole number 0–365, got “${raw}”`);
  }
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang is vi or en, got “${lang}”`);
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(`--out needs a .xlsx file name, got “${out}”`);
  return {
    command: 'scan',
    files,
    asOf,
    dueSoonDays,
    lang,
    json: !!values.json,
    out,
    leaders: values.leaders ?? null,
    all: !!values.all,
  };
}
