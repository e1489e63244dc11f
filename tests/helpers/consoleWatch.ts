/**
 * What the code under test (or the test itself) printed to the console, so that a test that prints
 * fails instead of leaving noise in the test command's output (tests/setup/consoleGuard.ts). A test
 * whose subject is a console message spies on it (`jest.spyOn(console, 'warn').mockImplementation(…)`)
 * and asserts it: a spy replaces the watcher for that test. Figures a test measures go through
 * reportMeasure (tests/helpers/measures.ts), never the console.
 */
import { format } from 'node:util';

export const WATCHED = ['error', 'warn', 'log', 'info', 'debug'] as const;
type Method = (typeof WATCHED)[number];

export interface ConsoleWatch {
  /** The calls since the last take, as `console.warn: …` lines, and forgets them. */
  take(): string[];
  /** Puts the console's own methods back. */
  stop(): void;
}

export function watchConsole(target: Console = console): ConsoleWatch {
  const calls: string[] = [];
  const own = new Map<Method, Console[Method]>();
  for (const method of WATCHED) {
    own.set(method, target[method]);
    target[method] = (...args: unknown[]) => {
      calls.push(`console.${method}: ${format(...args)}`);
    };
  }
  return {
    take: () => calls.splice(0, calls.length),
    stop: () => {
      for (const [method, fn] of own) target[method] = fn;
    },
  };
}

/** The error a test fails with when it printed: every line, so that the cause can be found. */
export function unexpectedOutput(lines: readonly string[]): Error | null {
  if (lines.length === 0) return null;
  const shown = lines.map((l) => (l.length > 2000 ? `${l.slice(0, 2000)}…` : l));
  return new Error(
    `The test printed to the console (assert the message with a spy if it is the behaviour, or fix its cause):\n${shown.join('\n')}`,
  );
}
