/**
 * Where `--out` may write, checked before any file is read: an .xlsx name, not a folder; never over an input (the same file by
 * any path: another spelling, a symbolic link, a hard link, another letter case), never over an
 * existing file without `--force`, and into a folder that exists and can be written to. Each refusal
 * is a one-line message in the user's language (cliText's outputMessage).
 */
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Stats } from 'node:fs';

export type OutputProblem =
  | { kind: 'out-is-input'; out: string; input: string }
  | { kind: 'out-exists'; out: string }
  | { kind: 'out-is-folder'; out: string }
  | { kind: 'not-xlsx'; out: string }
  | { kind: 'missing-folder'; out: string; folder: string }
  | { kind: 'folder-read-only'; out: string; folder: string }
  | { kind: 'out-read-only'; out: string }
  | { kind: 'write-failed'; out: string; cause: string };

export class OutputError extends Error {
  constructor(readonly problem: OutputProblem) {
    super(problem.kind);
    this.name = 'OutputError';
  }
}

async function statOrNull(path: string, follow = true): Promise<Stats | null> {
  try {
    return await (follow ? stat(path) : lstat(path));
  } catch {
    return null; // not there (or a dangling link): the caller asks for exactly that
  }
}

async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null; // not there: compared by its resolved spelling instead
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false; // the answer asked for: EACCES, EROFS or EPERM
  }
}

/** The same file: one real path (links and `..` resolved), one inode, or one spelling but for case. */
async function sameFile(input: string, out: { abs: string; real: string; stats: Stats | null }): Promise<boolean> {
  const abs = resolve(input);
  if (abs === out.abs || abs.toLowerCase() === out.abs.toLowerCase()) return true;
  const real = await realOrNull(abs);
  if (real !== null && (real === out.real || real.toLowerCase() === out.real.toLowerCase())) return true;
  const stats = out.stats && (await statOrNull(abs));
  return !!stats && !!out.stats && stats.dev === out.stats.dev && stats.ino === out.stats.ino;
}

/** Throws an OutputError when the report may not be written to `out`. */
export async function checkOutputTarget(out: string, inputs: readonly string[], force: boolean): Promise<void> {
  const abs = resolve(out);
  const linked = await statOrNull(abs, false);
  const stats = linked ? await statOrNull(abs) : null;
  // A folder is said to be one, whatever its name (`--out .`, `--out /tmp`).
  if (stats?.isDirectory()) throw new OutputError({ kind: 'out-is-folder', out });
  if (!/\.xlsx$/i.test(out)) throw new OutputError({ kind: 'not-xlsx', out });
  const folder = dirname(abs);
  const folderStats = await statOrNull(folder);
  if (!folderStats?.isDirectory()) throw new OutputError({ kind: 'missing-folder', out, folder });
  const folderReal = (await realOrNull(folder)) ?? folder;
  const real = (linked && (await realOrNull(abs))) || join(folderReal, basename(abs));
  for (const input of inputs)
    if (await sameFile(input, { abs, real, stats })) throw new OutputError({ kind: 'out-is-input', out, input });
  if (linked && !force) throw new OutputError({ kind: 'out-exists', out });
  if (!(await writable(folder))) throw new OutputError({ kind: 'folder-read-only', out, folder });
  if (stats && !(await writable(abs))) throw new OutputError({ kind: 'out-read-only', out });
}
