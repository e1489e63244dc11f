/**
 * Bounded memory for ExcelJS's streaming writer. A sheet writer hands its XML to the zip through a
 * buffer (ExcelJS's StreamBuf) that ignores backpressure: it writes into archiver's pass-through
 * stream whatever it is given, and compression (zlib, on the thread pool) only moves on when the
 * event loop turns. Rows written in one synchronous loop would pile the whole sheet's XML up in that
 * stream — hundreds of megabytes at 200,000 tasks. So the row loop calls `outputReady` every
 * `CHECK_EVERY`: it yields a turn (zlib and the file write go on alongside the next rows) and, when
 * more than `MAX_BACKLOG` is still waiting, waits for the stream to drain.
 */
import type { StreamSheet } from './exceljsStream';

/** Uncompressed XML allowed to wait for the compressor (well under a second of zlib). */
export const MAX_BACKLOG = 8 << 20;

/**
 * XML (in UTF-16 code units, near enough to bytes) between two calls of `outputReady`. zlib takes the
 * next piece only on a turn of the event loop, one 64 KB piece per turn: yielding every 16 KB keeps it
 * ahead of the rows (every 64 KB, the loop waited for it about 1.2 s in all at 200,000 tasks).
 */
export const CHECK_EVERY = 16 << 10;

export async function outputReady(sheet: StreamSheet): Promise<void> {
  const target = sheet.stream.pipes?.[0];
  const waiting = target?._writableState?.length ?? 0;
  if (target && waiting > MAX_BACKLOG) await new Promise<void>((resolve) => target.once('drain', resolve));
  else await new Promise<void>((resolve) => setImmediate(resolve));
}
