/**
 * `appendix-tracker scan FILE...`: read workbooks, run the engine, print a summary or the JSON
 * report, optionally write a report workbook; `--help`, `--version`. Exit 0 when it ran, 2 for bad
 * usage or an unreadable file, said in the `--lang` language (failureLines).
 */
import { basename } from 'node:path';
import { buildReport, unreadableFile, withMessages } from '../core/scan/buildReport';
import { scanWorkbook } from '../core/scan/scanWorkbook';
import { scanSettingsSchema } from '../core/scan/scanOptions';
import type { Report, ScannedFile, ScannedReport } from '../core/report/schema';
import { reportJsonChunks } from '../core/report/reportJson';
import type { Lang } from '../core/i18n/lang';
import { FileReadError, readWorkbookFileWithSettings } from '../files/readWorkbook';
import { EXCEL_LIMITS_ONLY, READ_LIMITS } from '../core/readLimits';
import { dateToIso } from '../core/isoDate';
import { langOf, parseCliArgs, type ScanArgs } from './args';
import { ConfigError, configCorrections, readConfig, type CliConfig } from './configFile';
import { CorrectionError, NO_CORRECTIONS } from './corrections';
import { resolveCorrections } from './resolveCorrections';
import { renderReport } from './renderText';
import { correctionMessage, helpPointer, outputMessage, uiText, usageMessage } from './cliText';
import { helpText } from './helpText';
import { readJsonFile } from './jsonFile';
import { packageVersion } from './packageVersion';
import { pointsToHelp, UsageError } from './usageError';
import { checkOutputTarget, OutputError } from './outputTarget';
import { causeText } from '../files/readFailure';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => Date;
  /**
   * Writes a piece of the streamed `--json` output as is (no newline added), resolving once the
   * destination can take more. Without it, the pieces are joined and given to `out` at the end.
   */
  write?: (chunk: string) => Promise<void>;
  /** The terminal's width in characters, when it has one (the summaries wrap names to fit it; else 100). */
  columns?: number;
}

/** Writes to stdout, waiting for 'drain' when its buffer is full (or until it closes). */
function writeStdout(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
  });
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  today: () => new Date(),
  write: writeStdout,
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

/** Pieces of the JSON gathered up to this many characters before one write. */
const WRITE_BATCH = 1 << 16;

/** The report as JSON, written piece by piece (see reportJsonChunks), with a final newline. */
async function writeJson(report: Report, pretty: boolean, io: CliIO): Promise<void> {
  const chunks = reportJsonChunks(report, { pretty, validateEach: VALIDATE_EACH });
  const write = io.write;
  if (!write) {
    io.out([...chunks].join(''));
    return;
  }
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= WRITE_BATCH) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch + '\n');
}

async function readLeaders(path: string): Promise<Record<string, string>> {
  const data = await readJsonFile(path, '--leaders');
  const ok =
    data && typeof data === 'object' && !Array.isArray(data) && Object.values(data).every((v) => typeof v === 'string');
  if (!ok) throw new UsageError({ kind: 'bad-leaders', path });
  return data as Record<string, string>;
}

/**
 * Whether `--json` checks each task and issue object against its zod schema on the way out (the
 * envelope is always checked). Off: at 100,000 tasks the check costs about a tenth of the scan (the
 * issue's bar was 5 %); the tests check the whole output of every fixture against the schema instead,
 * byte for byte, which also holds the engine to building objects in the schema's key order.
 */
export const VALIDATE_EACH = false;

/** The corrections error code in the JSON report's file entry. */
const CORRECTION_ERROR = 'bad-correction';

/** Writes the report workbook; a failure is the run's one-line error (the old file, if any, untouched). */
async function writeOut(report: ScannedReport, args: ScanArgs & { out: string }): Promise<void> {
  // ExcelJS is loaded only when a report workbook is asked for.
  const { writeReportWorkbookFile } = await import('../files/writeReportWorkbook');
  try {
    await writeReportWorkbookFile(report, args.lang, args.out, { replace: args.force });
  } catch (e) {
    // Another program made the file between the check and the end of the write: still not replaced.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError({ kind: 'out-exists', out: args.out });
    throw new OutputError({ kind: 'write-failed', out: args.out, cause: causeText(e) });
  }
}

async function scan(args: ScanArgs, io: CliIO): Promise<number> {
  // Before any file is read: the report will not replace an input or a file, and its folder takes it.
  if (args.out !== null) {
    const inputs = [...args.files, args.config, args.leaders].filter((f): f is string => f !== null);
    await checkOutputTarget(args.out, inputs, args.force);
  }
  const config: CliConfig | null = args.config ? await readConfig(args.config, args.lang) : null;
  const leaderByLead = { ...config?.leaders, ...(args.leaders ? await readLeaders(args.leaders) : {}) };
  const settings = scanSettingsSchema.parse({
    asOf: args.asOf ?? config?.asOf ?? dateToIso(io.today()),
    dueSoonDays: args.dueSoonDaysGiven ? args.dueSoonDays : (config?.dueSoonDays ?? args.dueSoonDays),
    lang: args.lang,
    leaderByLead,
  });
  const files: ScannedFile[] = [];
  let failed = false;
  for (const path of args.files) {
    try {
      const { grid, stored, names } = await readWorkbookFileWithSettings(
        path,
        args.noLimits ? EXCEL_LIMITS_ONLY : READ_LIMITS,
      );
      const fromConfig =
        config && args.config ? configCorrections(config, args.config, path, args.lang) : NO_CORRECTIONS;
      const overrides = resolveCorrections(grid, stored, fromConfig, args.corrections, names);
      const fileSettings = {
        ...settings,
        // The workbook's own agency → leader mapping, under the run's.
        leaderByLead: { ...stored?.leaderByLead, ...settings.leaderByLead },
        ...overrides,
      };
      files.push(scanWorkbook(grid, path, fileSettings));
    } catch (e) {
      failed = true;
      if (e instanceof FileReadError) {
        const message = e.messageIn(args.lang);
        io.err(`appendix-tracker: ${message}`);
        files.push(unreadableFile(path, e.code, message));
      } else if (e instanceof CorrectionError) {
        const message = `${basename(path)}: ${correctionMessage(args.lang, e.problem)}`;
        io.err(`appendix-tracker: ${message}`);
        files.push(unreadableFile(path, CORRECTION_ERROR, message));
      } else throw e;
    }
  }
  const report = buildReport(files, settings);
  if (args.json) await writeJson(withMessages(report, args.lang), args.pretty, io);
  else io.out(renderReport(report, args.lang, args.all, io.columns));
  if (args.out !== null) {
    await writeOut(report, { ...args, out: args.out });
    if (!args.json) io.out(`${uiText(args.lang).wrote}: ${args.out}`);
  }
  return failed ? 2 : 0;
}

/** Why the run stopped, in `lang`: the lines for stderr (the first one prefixed with the program's name). */
function failureLines(e: unknown, lang: Lang): string[] {
  if (e instanceof UsageError)
    return pointsToHelp(e.problem)
      ? [usageMessage(lang, e.problem), helpPointer(lang)]
      : [usageMessage(lang, e.problem)];
  if (e instanceof OutputError) return [outputMessage(lang, e.problem)];
  if (e instanceof ConfigError)
    return [correctionMessage(lang, { kind: 'bad-config', path: e.path, detail: e.detail })];
  const where = e instanceof Error && 'path' in e ? ` (${basename(String((e as { path: unknown }).path))})` : '';
  return [`${(e as Error).message ?? String(e)}${where}`];
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      io.out(helpText(args.lang, args.topic, io.columns));
      return 0;
    }
    if (args.command === 'version') {
      io.out(`appendix-tracker ${packageVersion()}`);
      return 0;
    }
    return await scan(args, io);
  } catch (e) {
    const [first, ...more] = failureLines(e, langOf(argv));
    io.err(`appendix-tracker: ${first}`);
    for (const line of more) io.err(line);
    return 2;
  }
}
