/**
 * Why a command line is refused before anything is read: what was wrong, as data, so that the
 * message is written in the user's language where it is printed (cliText's usageMessage). Any
 * command (scan, and those to come) throws these.
 */
import type { FileReadError } from '../files/fileReadError';
import type { CorrectionProblem } from './cliText';

export type UsageProblem =
  /** `--bogus`, `-x`. */
  | { kind: 'unknown-option'; option: string }
  /** `--out` last, or followed by another option (`--out --force`). */
  | { kind: 'missing-value'; option: string }
  /** `--json=yes`: a switch given a value. */
  | { kind: 'unexpected-value'; option: string }
  | { kind: 'unknown-command'; command: string; commands: readonly string[] }
  | { kind: 'missing-command'; commands: readonly string[] }
  /** A command that reads files, given none. */
  | { kind: 'no-file'; command: string }
  /** A date that is not DD/MM/YYYY or YYYY-MM-DD, or a day that does not exist (31/02). */
  | { kind: 'bad-date'; option: string; text: string }
  | { kind: 'bad-number'; option: string; text: string; min: number; max: number }
  | { kind: 'bad-choice'; option: string; text: string; choices: readonly string[] }
  /** `--pretty` without `--json`, `--force` without `--out`. */
  | { kind: 'needs-option'; option: string; needs: string }
  /** A correction flag (`--table`, `--map`, `--header-row`, `--ignore`) that cannot apply to any file. */
  | { kind: 'bad-correction'; problem: CorrectionProblem }
  /** The file an option names (`--leaders`, `--config`) cannot be read: not there, a folder, no permission. */
  | { kind: 'option-file-unreadable'; option: string; error: FileReadError }
  | { kind: 'option-file-not-json'; option: string; path: string; detail: string }
  | { kind: 'bad-leaders'; path: string };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.kind);
    this.name = 'UsageError';
  }
}

/** The problems with the words typed (not with a file they name): their message points to `--help`. */
export function pointsToHelp(p: UsageProblem): boolean {
  return p.kind !== 'option-file-unreadable' && p.kind !== 'option-file-not-json' && p.kind !== 'bad-leaders';
}
