/**
 * `--config FILE.json`: corrections per file, so a batch over many files carries each one's, plus
 * run-wide settings. Checked with zod in two steps: the whole file (a failure stops the run), then
 * each file entry when a scanned file matches it (a failure is that file's error only).
 */
import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { isoDateSchema } from '../core/report/schema';
import type { CorrectionProblem } from './cliText';
import { CorrectionError, parseMapObject, parseSheetRange, type Corrections } from './corrections';
import { readJsonFile } from './jsonFile';

const mapSchema = z.record(z.string(), z.string().nullable());

/** One entry of `files`: the corrections of every file its name or glob matches. */
export const fileCorrectionsSchema = z.strictObject({
  /** Ranges taken as appendix tables. */
  tables: z
    .array(
      z.strictObject({
        /** "PL!A5:H80", "'My sheet'!A1:H9". */
        range: z.string(),
        /** 1-based sheet row of the header row; 0: none; absent: the engine proposes one. */
        headerRow: z.number().int().nonnegative().optional(),
        /** field → column letters (null: no such column), for this table. */
        map: mapSchema.default({}),
      }),
    )
    .default([]),
  /** Ranges whose recognised table is not an appendix. */
  ignore: z.array(z.string()).default([]),
  /** field → column for every table of the file without its own mapping of that field. */
  map: mapSchema.default({}),
});

export const configSchema = z.strictObject({
  /** Reference date (`--as-of` wins). */
  asOf: isoDateSchema.optional(),
  /** Due-soon window (`--due-soon-days` wins). */
  dueSoonDays: z.number().int().min(0).max(365).optional(),
  /** lead agency → supervising leader (`--leaders` entries win). */
  leaders: z.record(z.string(), z.string()).optional(),
  /** file name or glob ("*.xlsx", "2026/**\/pl-*.xlsx") → its corrections; every matching entry applies, in order. */
  files: z.record(z.string(), z.unknown()).default({}),
});
export type CliConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function issueText(error: z.ZodError): string {
  const i = error.issues[0]!;
  return i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message;
}

/** zod's own words for a schema failure, in the user's language (its vi and en locales). */
const zodWords = (lang: Lang) => ({ error: z.locales[lang]().localeError });

/** The config file, checked whole; a file that cannot be read or is not JSON is a UsageError (readJsonFile). */
export async function readConfig(path: string, lang: Lang): Promise<CliConfig> {
  const data = await readJsonFile(path, '--config');
  const parsed = configSchema.safeParse(data, zodWords(lang));
  if (!parsed.success) throw new ConfigError(path, issueText(parsed.error));
  return parsed.data;
}

/** "*" within a name, "**" across folders, "?" one character, "{a,b}" either. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      re += ')';
      depth--;
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** Does a config key name this file: its base name, or (a key with "/") its path as given? */
export function entryMatches(pattern: string, filePath: string): boolean {
  const path = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const target = pattern.includes('/') ? path : path.replace(/^.*\//, '');
  const re = globRegExp(pattern.replace(/^\.\//, ''));
  return re.test(target) || (pattern.includes('/') && re.test(path.replace(/^\/+/, '')));
}

/** The corrections the config holds for one file (entries in order; a later entry's mapping wins). */
export function configCorrections(config: CliConfig, configPath: string, filePath: string, lang: Lang): Corrections {
  const out: Corrections = { tables: [], ignore: [], map: {} };
  for (const [pattern, raw] of Object.entries(config.files)) {
    if (!entryMatches(pattern, filePath)) continue;
    const bad = (detail: CorrectionProblem | string) =>
      new CorrectionError({ kind: 'bad-config-entry', path: configPath, pattern, detail });
    const parsed = fileCorrectionsSchema.safeParse(raw, zodWords(lang));
    if (!parsed.success) throw bad(issueText(parsed.error));
    const entry = parsed.data;
    try {
      for (const t of entry.tables)
        out.tables.push({ ...parseSheetRange(t.range, 2), headerRow: t.headerRow, map: parseMapObject(t.map) });
      for (const r of entry.ignore) out.ignore.push(parseSheetRange(r));
      Object.assign(out.map, parseMapObject(entry.map));
    } catch (e) {
      throw e instanceof CorrectionError ? bad(e.problem) : e;
    }
  }
  return out;
}
