/** Command-line arguments of `appendix-tracker scan`, parsed with node:util and checked with zod. */
import { parseArgs } from 'node:util';
import { isLang, LANGS, type Lang } from '../core/i18n/lang';
import { parseTypedDate } from '../core/isoDate';
import { usageText as u } from './cliText';
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

export type CliArgs = ScanArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        'as-of': { type: 'string' },
        'due-soon-days': { type: 'string' },
        lang: { type: 'string' },
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...files] = positionals;
  if (command !== 'scan') throw new UsageError(command ? u.unknownCommand(command) : u.missingCommand);
  if (files.length === 0) throw new UsageError(u.noFile);
  const typedAsOf = values['as-of'] ?? null;
  const asOf = typedAsOf === null ? null : parseTypedDate(typedAsOf);
  if (typedAsOf !== null && asOf === null) throw new UsageError(u.badAsOf(typedAsOf));
  let dueSoonDays = 7;
  if (values['due-soon-days'] !== undefined) {
    const raw = values['due-soon-days'];
    dueSoonDays = Number(raw);
    if (!/^\d{1,3}$/.test(raw) || dueSoonDays > 365) throw new UsageError(u.badDueSoonDays(raw));
  }
  const lang = values.lang ?? 'vi';
  if (!isLang(lang)) throw new UsageError(u.badLang(lang, LANGS));
  if (values.pretty && !values.json) throw new UsageError(u.prettyWithoutJson);
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(u.badOut(out));
  // Whether it may be written there (not over an input, not over a file without --force, a folder
  // that exists and can be written to) is checked on the file system before any file is read
  // (outputTarget.ts).
  if (values.force && out === null) throw new UsageError(u.forceWithoutOut);
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
    corrections: correctionFlags(tokens ?? []),
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
