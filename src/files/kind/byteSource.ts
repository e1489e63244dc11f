/**
 * Random access to a file's bytes, for the readers that look at a few places of a file (a zip's
 * central directory, a compound file's directory) without holding or reading it whole. Pure: the
 * command line gives one over a file handle, the browser over the bytes it has.
 */
export interface ByteSource {
  /** The file's size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
  };
}

/** The file ends before the structure it announces: truncated or damaged. */
export class DamagedFileError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'DamagedFileError';
  }
}

/** Exactly `length` bytes from `offset`, or a DamagedFileError naming what was being read. */
export async function readExactly(source: ByteSource, offset: number, length: number, what: string) {
  if (offset < 0 || offset + length > source.size)
    throw new DamagedFileError(`${what} at byte ${offset} lies past the end of the file (${source.size} bytes)`);
  const bytes = await source.read(offset, length);
  if (bytes.byteLength < length) throw new DamagedFileError(`${what} at byte ${offset} is cut short`);
  return bytes;
}

export const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
export const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
/** A little-endian 64-bit size or offset (exact below 2^53, all a file can be). */
export const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;
