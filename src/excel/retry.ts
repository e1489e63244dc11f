/**
 * Trying a batch again when Excel was busy. Only operations that give the same result when run twice
 * (reads, and writes that replace what they wrote: highlights, settings, Names) are retried, and only
 * for the codes of a busy or interrupted host; a cell being edited waits for the person (Enter or Esc),
 * so it is said at once, never retried behind their back.
 */
import { officeCode } from './officeErrors';

export const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'ActivityLimitReached',
  'ServiceNotAvailable',
  'GeneralException',
  'RequestAborted',
  'Conflict',
]);

/** Waits before the second and third attempts. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [300, 1200];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetries<T>(work: () => Promise<T>, delays: readonly number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const wait = delays[attempt];
      if (wait === undefined || !RETRYABLE_CODES.has(officeCode(e))) throw e;
      await sleep(wait);
    }
  }
}
