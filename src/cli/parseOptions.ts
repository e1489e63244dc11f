/**
 * node:util's parseArgs for any command, with its refusals as UsageErrors (data, not Node's English
 * sentences): the unknown option, the option without its value, the switch given one, in the order
 * they were typed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type UsageProblem } from './usageError';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true; tokens: true }>
>;

/** A value that strict parsing takes for a forgotten value: `--out --force` (Node's "ambiguous" rule). */
const looksLikeOption = (value: string) => value.length > 1 && value.startsWith('-');

/** The first thing strict parsing refuses, found from the tokens of a lenient parse. */
export function firstProblem(args: string[], options: OptionsConfig): UsageProblem | null {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const type = options[t.name]?.type;
    if (type === undefined) return { kind: 'unknown-option', option: t.rawName };
    if (type === 'boolean' && t.value !== undefined) return { kind: 'unexpected-value', option: t.rawName };
    if (type === 'string' && (t.value === undefined || (!t.inlineValue && looksLikeOption(t.value))))
      return { kind: 'missing-value', option: t.rawName };
  }
  return null;
}

/** Options and positionals, strictly; anything refused throws a UsageError. */
export function parseOptions<const T extends OptionsConfig>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const problem = firstProblem(args, options);
    if (problem) throw new UsageError(problem);
    throw e;
  }
}
