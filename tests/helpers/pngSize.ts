import { readFileSync } from 'node:fs';

export interface PngSize {
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height of a PNG, read from its IHDR chunk (which must be the first chunk, right after
 * the 8-byte signature). Takes the file's bytes or its path; throws if it is not a PNG.
 */
export function pngSize(input: Buffer | string): PngSize {
  const bytes = typeof input === 'string' ? readFileSync(input) : input;
  const what = typeof input === 'string' ? input : 'buffer';
  // signature (8) + chunk length (4) + chunk type (4) + IHDR data (13) + CRC (4)
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error(`${what} is not a PNG: bad signature`);
  }
  const length = bytes.readUInt32BE(8);
  const type = bytes.toString('latin1', 12, 16);
  if (type !== 'IHDR' || length !== 13) {
    throw new Error(`${what} is not a PNG: the first chunk is ${JSON.stringify(type)}, not a 13-byte IHDR`);
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0) throw new Error(`${what} is not a valid PNG: zero width or height`);
  return { width, height };
}
