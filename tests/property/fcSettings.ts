/**
 * One place for the property tests' fast-check settings: a fixed seed (FC_SEED=… to try another) and
 * modest run counts (`examples`: cases found before, replayed first), so `npm test` stays quick and a failure is replayed exactly. fast-check prints the
 * seed and the shrunk counterexample of a failure; `reportWith` adds the seed to the test's own message.
 */
import fc from 'fast-check';

export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261102;

/** The parameters of one property: the seed above, `numRuns` runs, the shrunk counterexample. */
export function params<T>(numRuns: number, examples: T[] = []): fc.Parameters<T> {
  return { seed: SEED, numRuns, verbose: 0, examples };
}

/** Run a property; on failure the error names the seed (and how to replay it) before fast-check's report. */
export function check<T>(
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
  numRuns: number,
  examples: T[] = [],
): void | Promise<void> {
  const run = (): void | Promise<void> => fc.assert(property as fc.IProperty<T>, params<T>(numRuns, examples));
  const wrap = (e: unknown): never => {
    const text = e instanceof Error ? e.message : String(e);
    throw new Error(`property failed with FC_SEED=${SEED} (replay: FC_SEED=${SEED} npx jest <file>)\n${text}`);
  };
  try {
    const out = run();
    if (out instanceof Promise) return out.catch(wrap);
  } catch (e) {
    wrap(e);
  }
}
