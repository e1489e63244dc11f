/**
 * `appendix-tracker merge MASTER RETURNED... --out merged.xlsx`: the returned workbooks matched to the
 * master's tasks and their values planned into its tracking columns (src/core/merge); the changes the
 * flags accept written to a copy of the master (never to an input: --out is checked as scan's is,
 * before any file is read). Without --out it only prints. A returned file that cannot be read is said
 * and left out (exit 2 at the end); the others are merged.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dateToIso } from '../core/isoDate';
import { acceptChanges } from '../core/merge/acceptChanges';
import { mergeReports } from '../core/merge/mergeReports';
import { mergeWrites } from '../core/merge/mergeWrites';
import type { ReturnedInput } from '../core/merge/returnedFile';
import { scanSettingsSchema } from '../core/scan/scanOptions';
import { taskRefId } from '../core/split/taskRef';
import { FileReadError, readFileKind } from '../files/readWorkbook';
import { causeText } from '../files/readFailure';
import { reportingText } from './cliText';
import type { CliIO } from './main';
import { checkOutputTarget, OutputError } from './outputTarget';
import type { MergeArgs } from './reportingArgs';
import { renderMerge } from './renderReporting';
import { readAndScan, readForScan } from './scanFile';

export async function mergeCommand(args: MergeArgs, io: CliIO): Promise<number> {
  const { lang } = args;
  const t = reportingText(lang);
  if (args.out !== null) await checkOutputTarget(args.out, [args.master, ...args.returned], args.force);
  const date = args.asOf ?? dateToIso(io.today());
  const settings = scanSettingsSchema.parse({ asOf: date, lang });
  let failed = false;
  const said = (e: unknown): void => {
    if (!(e instanceof FileReadError)) throw e;
    io.err(`appendix-tracker: ${e.messageIn(lang)}`);
    failed = true;
  };
  let master;
  try {
    if (args.out !== null && (await readFileKind(args.master)) === 'text') {
      io.err(`appendix-tracker: ${t.masterNotWorkbook(args.master)}`);
      return 2;
    }
    master = await readAndScan(args.master, settings);
  } catch (e) {
    said(e);
    return 2;
  }
  if (master.scanned.tables.length === 0) {
    io.err(`appendix-tracker: ${t.noTable(args.master)}`);
    return 2;
  }
  const returned: ReturnedInput[] = [];
  for (const path of args.returned) {
    try {
      const { grid, scan } = await readForScan(path, settings);
      const modified = dateToIso((await stat(path)).mtime);
      returned.push({ name: path, grid, scan, modified });
    } catch (e) {
      said(e);
    }
  }
  const run = mergeReports({ master: master.scanned, grid: master.grid, returned, lang, date });
  const accepted = acceptChanges(run.plan, { overwrite: args.overwrite, minConfidence: args.minConfidence });
  let written: { file: string; cells: number } | null = null;
  if (args.out !== null) {
    // ExcelJS is loaded only to write the merged copy.
    const { writeMergedWorkbookFile } = await import('../files/writeMergedWorkbook');
    try {
      const cells = await writeMergedWorkbookFile(args.master, mergeWrites(run.plan, accepted), args.out, {
        replace: args.force,
      });
      written = { file: args.out, cells };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError({ kind: 'out-exists', out: args.out });
      throw new OutputError({ kind: 'write-failed', out: args.out, cause: causeText(e) });
    }
  }
  const ids = new Set(accepted.map((c) => c.id));
  if (args.json) {
    const { changes, ...rest } = run.plan;
    io.out(
      JSON.stringify({
        version: 1,
        master: args.master,
        date,
        written,
        ...rest,
        changes: changes.map((c) => ({ ...c, applied: ids.has(c.id) })),
      }),
    );
  } else {
    const noOf = (ref: { table: number; task: number }) => run.index.byId.get(taskRefId(ref))?.task.no ?? '?';
    io.out(renderMerge(run.plan, ids, { master: basename(args.master), date, lang, written, noOf }));
  }
  return failed ? 2 : 0;
}
