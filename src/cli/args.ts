/** Command-line arguments of `appendix-tracker scan`, parsed with node:util and checked with zod. */
import { parseArgs } from 'node:util';
import { isLang, LANGS, type Lang } from '../core/i18n/lang';
import { isIsoDate } from '../core/isoDate';
import { usageText as u } from './cliText';

export interface ScanArgs {
  command: 'scan';
  files: string[];
  asOf: string | null;
  dueSoonDays: number;
  lang: Lang;
  json: boolean;
  out: string | null;
  leaders: string | null;
  all: boolean;
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
  if (command !== 'scan') throw new UsageError(command ? u.unknownCommand(command) : u.missingCommand);
  if (files.length === 0) throw new UsageError(u.noFile);
  const asOf = values['as-of'] ?? null;
  if (asOf !== null && !isIsoDate(asOf)) throw new UsageError(u.badAsOf(asOf));
  let dueSoonDays = 7;
  if (values['due-soon-days'] !== undefined) {
    const raw = values['due-soon-days'];
    dueSoonDays = Number(raw);
    if (!/^\d{1,3}$/.test(raw) || dueSoonDays > 365) throw new UsageError(u.badDueSoonDays(raw));
  }
  const lang = values.lang ?? 'vi';
  if (!isLang(lang)) throw new UsageError(u.badLang(lang, LANGS));
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(u.badOut(out));
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
