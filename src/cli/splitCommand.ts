/**
 * `appendix-tracker split MASTER --out DIR`: one workbook per lead agency (src/core/split) into DIR.
 * Nothing is written when an agency asked for is not in the table, or when a target is the master or
 * (without --force) a file already there: every target is checked before the first is written.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dateToIso } from '../core/isoDate';
import { scanSettingsSchema } from '../core/scan/scanOptions';
import { splitPlan } from '../core/split/splitPlan';
import { FileReadError } from '../files/readWorkbook';
import { causeText } from '../files/readFailure';
import { reportingText } from './cliText';
import type { CliIO } from './main';
import { checkOutputTarget, OutputError } from './outputTarget';
import type { SplitArgs } from './reportingArgs';
import { renderSplit } from './renderReporting';
import { readAndScan } from './scanFile';

async function ensureFolder(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => null); // not there: made below
  if (s && !s.isDirectory()) throw new OutputError({ kind: 'out-not-folder', out: dir });
  if (!s) await mkdir(dir, { recursive: true });
}

export async function splitCommand(args: SplitArgs, io: CliIO): Promise<number> {
  const t = reportingText(args.lang);
  const date = args.asOf ?? dateToIso(io.today());
  const settings = scanSettingsSchema.parse({ asOf: date, lang: args.lang });
  let read;
  try {
    read = await readAndScan(args.master, settings);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    io.err(`appendix-tracker: ${e.messageIn(args.lang)}`);
    return 2;
  }
  if (read.scanned.tables.length === 0) {
    io.err(`appendix-tracker: ${t.noTable(args.master)}`);
    return 2;
  }
  const plan = splitPlan({ file: read.scanned, grid: read.grid, agencies: args.agencies, lang: args.lang, date });
  if (plan.unknown.length) {
    io.err(
      `appendix-tracker: ${t.unknownAgency(
        plan.unknown,
        plan.agencies.map((a) => a.label),
      )}`,
    );
    return 2;
  }
  if (plan.workbooks.length === 0) {
    io.err(`appendix-tracker: ${t.noAgency}`);
    return 2;
  }
  await ensureFolder(args.out);
  for (const w of plan.workbooks) await checkOutputTarget(join(args.out, w.fileName), [args.master], args.force);
  // ExcelJS is loaded only to write the workbooks.
  const { writeSplitWorkbookFiles } = await import('../files/writeSplitWorkbooks');
  try {
    await writeSplitWorkbookFiles(plan.workbooks, args.out, { replace: args.force });
  } catch (e) {
    const out = String((e as NodeJS.ErrnoException).path ?? args.out);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError({ kind: 'out-exists', out });
    throw new OutputError({ kind: 'write-failed', out, cause: causeText(e) });
  }
  io.out(renderSplit(plan, basename(args.master), args.out, args.lang));
  return 0;
}
