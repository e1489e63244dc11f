/**
 * The part names of a zip (an .xlsx, .docx, .ods …) from its central directory, and the text of a
 * stored `mimetype` part (OpenDocument's first part, never compressed), without inflating anything.
 * Pure: the browser uses it before handing the bytes to ExcelJS, the command line before yauzl.
 */
import { DamagedFileError, readExactly, u16, u32, u64, type ByteSource } from './byteSource';

export interface ZipDirectory {
  names: string[];
  /** The `mimetype` part's text when it is stored uncompressed (OpenDocument), else null. */
  mimetype: string | null;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record (22 bytes) and the longest comment it may carry. */
const TAIL = 22 + 0xffff;
/** Enough central directory to know what the zip is; the readers proper have their own limits. */
const MAX_DIRECTORY = 16 << 20;

interface Directory {
  offset: number;
  size: number;
}

async function endRecord(source: ByteSource): Promise<Directory> {
  const start = Math.max(0, source.size - TAIL);
  const tail = await source.read(start, source.size - start);
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (u32(tail, i) !== EOCD) continue;
    const entries = u16(tail, i + 10);
    const size = u32(tail, i + 12);
    const offset = u32(tail, i + 16);
    if (entries !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { offset, size };
    // Zip64: the locator sits just before the end record.
    const at = start + i - 20;
    const locator = await readExactly(source, at, 20, 'the zip64 locator');
    if (u32(locator, 0) !== ZIP64_LOCATOR) throw new DamagedFileError('the zip64 end record is missing');
    const end = await readExactly(source, u64(locator, 8), 56, 'the zip64 end record');
    if (u32(end, 0) !== ZIP64_EOCD) throw new DamagedFileError('the zip64 end record is damaged');
    return { size: u64(end, 40), offset: u64(end, 48) };
  }
  throw new DamagedFileError('the end of the zip (its central directory record) is missing');
}

async function storedText(source: ByteSource, localOffset: number, size: number): Promise<string | null> {
  const header = await readExactly(source, localOffset, 30, 'a local file header');
  if (u32(header, 0) !== LOCAL_HEADER) return null;
  const dataAt = localOffset + 30 + u16(header, 26) + u16(header, 28);
  return new TextDecoder('utf-8').decode(await readExactly(source, dataAt, size, 'the mimetype part'));
}

/** The zip's part names (folders left out) and its stored mimetype; a DamagedFileError when it is cut short. */
export async function readZipDirectory(source: ByteSource): Promise<ZipDirectory> {
  const dir = await endRecord(source);
  const cd = await readExactly(source, dir.offset, Math.min(dir.size, MAX_DIRECTORY), 'the zip central directory');
  const names: string[] = [];
  let mimetype: string | null = null;
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i + 46 <= cd.byteLength;) {
    if (u32(cd, i) !== CENTRAL_ENTRY)
      throw new DamagedFileError(`the zip central directory is damaged at entry ${names.length + 1}`);
    const method = u16(cd, i + 10);
    const compressed = u32(cd, i + 20);
    const nameLength = u16(cd, i + 28);
    const next = i + 46 + nameLength + u16(cd, i + 30) + u16(cd, i + 32);
    if (i + 46 + nameLength > cd.byteLength) break; // the directory was read only in part (MAX_DIRECTORY)
    const name = utf8.decode(cd.subarray(i + 46, i + 46 + nameLength)).replace(/\\/g, '/');
    if (!name.endsWith('/')) names.push(name);
    if (name === 'mimetype' && method === 0 && compressed > 0 && compressed < 256)
      mimetype = await storedText(source, u32(cd, i + 42), compressed);
    i = next;
  }
  return { names, mimetype };
}
