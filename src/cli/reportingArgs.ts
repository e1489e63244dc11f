/** Arguments of `appendix-tracker split` and `appendix-tracker merge` (parseOptions, refusals as UsageProblems). */
import { isLang, LANGS, type Lang } from '../core/i18n/lang';
import { parseTypedDate } from '../core/isoDate';
import { WEAK_BELOW } from '../core/merge/matchTasks';
import { COMMON_OPTIONS } from './commonOptions';
import { parseOptions } from './parseOptions';
import { UsageError } from './usageError';

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

export const SPLIT_OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string' },
  agency: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  'as-of': { type: 'string' },
} as const;

export const MERGE_OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string' },
  overwrite: { type: 'boolean' },
  json: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  force: { type: 'boolean' },
  'as-of': { type: 'string' },
} as const;

function common(values: { lang?: string; 'as-of'?: string }): { lang: Lang; asOf: string | null } {
  const lang = values.lang ?? 'vi';
  if (!isLang(lang)) throw new UsageError({ kind: 'bad-choice', option: '--lang', text: lang, choices: LANGS });
  const typed = values['as-of'] ?? null;
  const asOf = typed === null ? null : parseTypedDate(typed);
  if (typed !== null && asOf === null) throw new UsageError({ kind: 'bad-date', option: '--as-of', text: typed });
  return { lang, asOf };
}

/** The words after the command's own name (`split`, `merge`), wherever it stands. */
function withoutCommand(positionals: string[], command: string): string[] {
  const i = positionals.indexOf(command);
  return i < 0 ? positionals : [...positionals.slice(0, i), ...positionals.slice(i + 1)];
}

/** `split MASTER --out DIR [--agency NAME]... [--lang vi|en] [--force] [--as-of DATE]`. */
export function parseSplitArgs(argv: string[]): SplitArgs {
  const { values, positionals } = parseOptions(argv, SPLIT_OPTIONS);
  const files = withoutCommand(positionals, 'split');
  if (files.length !== 1) throw new UsageError({ kind: 'one-file', command: 'split', got: files.length });
  if (values.out === undefined) throw new UsageError({ kind: 'missing-option', command: 'split', option: '--out' });
  return {
    command: 'split',
    master: files[0]!,
    out: values.out,
    agencies: values.agency ?? [],
    force: !!values.force,
    ...common(values),
  };
}

/** `merge MASTER RETURNED... [--out merged.xlsx [--force]] [--overwrite] [--min-confidence X] [--json] …`. */
export function parseMergeArgs(argv: string[]): MergeArgs {
  const { values, positionals } = parseOptions(argv, MERGE_OPTIONS);
  const files = withoutCommand(positionals, 'merge');
  if (files.length < 2) throw new UsageError({ kind: 'needs-returned', command: 'merge' });
  const out = values.out ?? null;
  // Whether it may be written there (an .xlsx name, not over an input …) is checked on the file
  // system before any file is read (outputTarget.ts).
  if (values.force && out === null) throw new UsageError({ kind: 'needs-option', option: '--force', needs: '--out' });
  let minConfidence = WEAK_BELOW;
  const raw = values['min-confidence'];
  if (raw !== undefined) {
    minConfidence = Number(raw.trim().replace(',', '.'));
    if (!/^\s*\d*[.,]?\d+\s*$/.test(raw) || !(minConfidence >= 0 && minConfidence <= 1))
      throw new UsageError({ kind: 'bad-fraction', option: '--min-confidence', text: raw });
  }
  return {
    command: 'merge',
    master: files[0]!,
    returned: files.slice(1),
    out,
    overwrite: !!values.overwrite,
    json: !!values.json,
    minConfidence,
    force: !!values.force,
    ...common(values),
  };
}
