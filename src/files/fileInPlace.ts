/**
 * Writing a file so that a failure never leaves half of it under the asked-for name and never writes
 * through a link planted there: into a temporary file beside the target (created new, under a random
 * name), put in place at the end — renamed over the target when replacing, hard-linked (which fails if
 * a file appeared meanwhile) when not.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { link, lstat, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Replace a file already at `path` (default: refuse with EEXIST, leaving it as it was). */
  replace?: boolean;
}

/** A temporary name beside `path`, hidden and random. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Opens the temporary file, created new ('wx': a file or link already there under that name is never
 * followed or written through); its errors name the asked-for path, as writing that file would.
 */
async function openTemp(tmp: string, path: string): Promise<WriteStream> {
  const stream = createWriteStream(tmp, { flags: 'wx' });
  try {
    await once(stream, 'open');
    return stream;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    err.message = err.message.split(tmp).join(path);
    err.path = path;
    throw err;
  }
}

/** Rejects when the file stream fails (ExcelJS would wait for it forever), resolves when it is closed. */
function watch(stream: WriteStream): { failed: Promise<never>; closed: Promise<void> } {
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  failed.catch(() => undefined); // handled where it is raced; never an unhandled rejection
  return { failed, closed };
}

/**
 * Puts the finished temporary file in place. Replacing: a rename, atomic. Not replacing: a hard link,
 * which fails (EEXIST) if a file appeared there meanwhile, then the temporary name goes; where the
 * file system has no hard links, a rename after one more look.
 */
async function putInPlace(tmp: string, path: string, replace: boolean): Promise<void> {
  if (replace) return rename(tmp, path);
  try {
    await link(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    if (
      await lstat(path).then(
        () => true,
        () => false, // not there: the rename may go ahead
      )
    )
      throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST', path });
    return rename(tmp, path);
  }
  await rm(tmp, { force: true });
}

/**
 * Writes `path` through a temporary file: `write` fills the stream (and ends it); then it is put in
 * place. On any failure the temporary file goes and the target is as it was.
 */
export async function writeInPlace(
  path: string,
  { replace = false }: WriteOptions,
  write: (stream: WriteStream) => Promise<void>,
): Promise<void> {
  const tmp = tempPathFor(path);
  const stream = await openTemp(tmp, path);
  const { failed, closed } = watch(stream);
  try {
    await Promise.race([write(stream), failed]);
    // Renaming an open file fails on Windows: wait for the close that follows 'finish'.
    await Promise.race([closed, failed]);
    await putInPlace(tmp, path, replace);
  } catch (e) {
    // The writer may still push a last piece into the file: swallow that, the first error is the one thrown.
    stream.on('error', () => undefined);
    stream.destroy();
    await closed;
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Writes `bytes` to `path` through a temporary file put in place at the end. */
export function writeBytesInPlace(path: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  return writeInPlace(path, options, async (stream) => {
    stream.end(bytes);
  });
}
