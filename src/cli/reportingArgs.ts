/** Arguments of `appendix-tracker split` and `appendix-tracker merge` (node:util parseArgs). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLang, LANGS, type Lang } from '../core/i18n/lang';
import { parseTypedDate } from '../core/isoDate';
import { WEAK_BELOW } from '../core/merge/matchTasks';
import { UsageError } from './args';
import { usageText as u } from './cliText';

export interface SplitArgs {
  command: 'split';
  master: string;
  /** The folder the workbooks go into (made when missing). */
  out: string;
  /** Agency keys or names (any spelling); none: every agency. */
  agencies: string[];
  lang: Lang;
  force: boolean;
  /** The split date (default today). */
  asOf: string | null;
}

export interface MergeArgs {
  command: 'merge';
  master: string;
  returned: string[];
  /** The merged copy of the master; null: only print what the merge would change. */
  out: string | null;
  overwrite: boolean;
  json: boolean;
  /** Weak matches at or above this are applied. */
  minConfidence: number;
  lang: Lang;
  force: boolean;
  asOf: string | null;
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function common(values: Record<string, unknown>): { lang: Lang; asOf: string | null } {
  const lang = (values.lang as string | undefined) ?? 'vi';
  if (!isLang(lang)) throw new UsageError(u.badLang(lang, LANGS));
  const typed = (values['as-of'] as string | undefined) ?? null;
  const asOf = typed === null ? null : parseTypedDate(typed);
  if (typed !== null && asOf === null) throw new UsageError(u.badAsOf(typed));
  return { lang, asOf };
}

/** `split MASTER --out DIR [--agency NAME]... [--lang vi|en] [--force] [--as-of DATE]` (argv after "split"). */
export function parseSplitArgs(argv: string[]): SplitArgs {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    agency: { type: 'string', multiple: true },
    lang: { type: 'string' },
    force: { type: 'boolean' },
    'as-of': { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(u.splitOneMaster(positionals.length));
  if (!values.out) throw new UsageError(u.splitNeedsOut);
  return {
    command: 'split',
    master: positionals[0]!,
    out: values.out as string,
    agencies: (values.agency as string[] | undefined) ?? [],
    force: !!values.force,
    ...common(values),
  };
}

/**
 * `merge MASTER RETURNED... [--out merged.xlsx [--force]] [--overwrite] [--min-confidence X] [--json]
 * [--lang vi|en] [--as-of DATE]` (argv after "merge").
 */
export function parseMergeArgs(argv: string[]): MergeArgs {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    overwrite: { type: 'boolean' },
    json: { type: 'boolean' },
    'min-confidence': { type: 'string' },
    lang: { type: 'string' },
    force: { type: 'boolean' },
    'as-of': { type: 'string' },
  });
  if (positionals.length < 2) throw new UsageError(u.mergeNeedsFiles);
  const out = (values.out as string | undefined) ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(u.badOut(out));
  if (values.force && out === null) throw new UsageError(u.forceWithoutOut);
  let minConfidence = WEAK_BELOW;
  const raw = values['min-confidence'] as string | undefined;
  if (raw !== undefined) {
    minConfidence = Number(raw.replace(',', '.'));
    if (!/^\s*(0|1|0?[.,]\d+|1[.,]0+)\s*$/.test(raw) || !(minConfidence >= 0 && minConfidence <= 1))
      throw new UsageError(u.badMinConfidence(raw));
  }
  return {
    command: 'merge',
    master: positionals[0]!,
    returned: positionals.slice(1),
    out,
    overwrite: !!values.overwrite,
    json: !!values.json,
    minConfidence,
    force: !!values.force,
    ...common(values),
  };
}
