/** Command-line arguments of `appendix-tracker`: help, version, and `scan` with its options. */
import { isLang, LANGS, type Lang } from '../core/i18n/lang';
import { parseTypedDate } from '../core/isoDate';
import { COMMAND_HELP } from './helpText';
import { parseOptions } from './parseOptions';
import { UsageError } from './usageError';
import {
  CorrectionError,
  parseMapText,
  parseSheetRange,
  type Corrections,
  type FieldMap,
  type TableSpec,
} from './corrections';

export interface ScanArgs {
  command: 'scan';
  files: string[];
  asOf: string | null;
  dueSoonDays: number;
  /** Whether --due-soon-days was given (a config's value applies otherwise). */
  dueSoonDaysGiven: boolean;
  lang: Lang;
  json: boolean;
  /** `--pretty`: the JSON indented by 2 spaces (compact otherwise). */
  pretty: boolean;
  out: string | null;
  /** `--force`: the report workbook replaces an existing file (never an input). */
  force: boolean;
  leaders: string | null;
  all: boolean;
  /** `--no-limits`: read past the read limits (src/core/readLimits.ts), Excel's own excepted. */
  noLimits: boolean;
  /** `--config FILE.json`: corrections per file. */
  config: string | null;
  /** `--table`, `--header-row`, `--map`, `--ignore`: corrections for every file. */
  corrections: Corrections;
}

export type CliArgs = ScanArgs | { command: 'help'; lang: Lang; topic: string | undefined } | { command: 'version' };

/** The commands there are (each has its part of the usage text, helpText.ts). */
export const COMMANDS = COMMAND_HELP.map((c) => c.command);

/** Options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const SCAN_OPTIONS = {
  ...COMMON_OPTIONS,
  'as-of': { type: 'string' },
  'due-soon-days': { type: 'string' },
  json: { type: 'boolean' },
  pretty: { type: 'boolean' },
  'no-limits': { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  leaders: { type: 'string' },
  all: { type: 'boolean' },
  table: { type: 'string', multiple: true },
  'header-row': { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
  config: { type: 'string' },
} as const;

/** The arguments before `--` (after it, everything is a file name). */
const beforeTerminator = (argv: string[]) => argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);

/**
 * The language of the messages, from `--lang` wherever it stands (after a bad argument too), so that
 * an argument that cannot be parsed is still refused in the user's language; Vietnamese otherwise.
 */
export function langOf(argv: string[]): Lang {
  const args = beforeTerminator(argv);
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    const v = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v !== undefined && isLang(v)) return v;
  }
  return 'vi';
}

export function parseCliArgs(argv: string[]): CliArgs {
  // Help and version win over anything else typed (a bad option included).
  const words = beforeTerminator(argv);
  if (words.includes('--help') || words.includes('-h'))
    return { command: 'help', lang: langOf(argv), topic: words.find((w) => COMMANDS.includes(w)) };
  if (words.includes('--version') || words.includes('-v')) return { command: 'version' };
  const { values, positionals, tokens } = parseOptions(argv, SCAN_OPTIONS);
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError({ kind: 'missing-command', commands: COMMANDS });
  if (command !== 'scan') throw new UsageError({ kind: 'unknown-command', command, commands: COMMANDS });
  if (files.length === 0) throw new UsageError({ kind: 'no-file', command });
  const typedAsOf = values['as-of'] ?? null;
  const asOf = typedAsOf === null ? null : parseTypedDate(typedAsOf);
  if (typedAsOf !== null && asOf === null)
    throw new UsageError({ kind: 'bad-date', option: '--as-of', text: typedAsOf });
  let dueSoonDays = 7;
  if (values['due-soon-days'] !== undefined) {
    const raw = values['due-soon-days'];
    dueSoonDays = Number(raw);
    if (!/^\d{1,3}$/.test(raw) || dueSoonDays > 365)
      throw new UsageError({ kind: 'bad-number', option: '--due-soon-days', text: raw, min: 0, max: 365 });
  }
  const lang = values.lang ?? 'vi';
  if (!isLang(lang)) throw new UsageError({ kind: 'bad-choice', option: '--lang', text: lang, choices: LANGS });
  if (values.pretty && !values.json)
    throw new UsageError({ kind: 'needs-option', option: '--pretty', needs: '--json' });
  const out = values.out ?? null;
  // Whether it may be written there (an .xlsx name, not a folder, not over an input, not over a file
  // without --force, a folder that exists and can be written to) is checked on the file system
  // before any file is read (outputTarget.ts).
  if (values.force && out === null) throw new UsageError({ kind: 'needs-option', option: '--force', needs: '--out' });
  let corrections: Corrections;
  try {
    corrections = correctionFlags(tokens);
  } catch (e) {
    throw e instanceof CorrectionError ? new UsageError({ kind: 'bad-correction', problem: e.problem }) : e;
  }
  return {
    command: 'scan',
    files,
    asOf,
    dueSoonDays,
    dueSoonDaysGiven: values['due-soon-days'] !== undefined,
    lang,
    json: !!values.json,
    pretty: !!values.pretty,
    noLimits: !!values['no-limits'],
    out,
    force: !!values.force,
    leaders: values.leaders ?? null,
    all: !!values.all,
    config: values.config ?? null,
    corrections,
  };
}

type Token = { kind: string; name?: string; value?: string };

/**
 * The correction flags in their order: `--header-row` and `--map` after a `--table` are that table's;
 * before any `--table`, `--header-row` is every `--table`'s default and `--map` is for every table found.
 * Throws a CorrectionError (rendered in the user's language) for a bad range, row, field or column.
 */
export function correctionFlags(tokens: Token[]): Corrections {
  const tables: (TableSpec & { ownHeaderRow: boolean })[] = [];
  const ignore: Corrections['ignore'] = [];
  const map: FieldMap = {};
  let defaultHeaderRow: number | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    const current = tables[tables.length - 1];
    switch (t.name) {
      case 'table':
        tables.push({ ...parseSheetRange(t.value, 2), map: {}, ownHeaderRow: false });
        break;
      case 'ignore':
        ignore.push(parseSheetRange(t.value));
        break;
      case 'header-row': {
        if (!/^\d{1,7}$/.test(t.value.trim())) throw new CorrectionError({ kind: 'bad-header-row', text: t.value });
        const row = Number(t.value);
        if (current) {
          current.headerRow = row;
          current.ownHeaderRow = true;
        } else defaultHeaderRow = row;
        break;
      }
      case 'map':
        Object.assign(current ? current.map : map, parseMapText(t.value));
        break;
    }
  }
  return {
    tables: tables.map(({ ownHeaderRow, ...spec }) =>
      ownHeaderRow || defaultHeaderRow === undefined ? spec : { ...spec, headerRow: defaultHeaderRow },
    ),
    ignore,
    map,
  };
}
