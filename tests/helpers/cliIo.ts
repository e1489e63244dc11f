/** The command line's input and output for a test: what it printed, to stdout and stderr, on 1 May 2026. */
import type { CliIO } from '../../src/cli/main';

export function captureIo(): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), today: () => new Date(2026, 4, 1) };
  return { io, out, err };
}
