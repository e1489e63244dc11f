/**
 * A minimal, deterministic zip writer for the odd-file corpus: fixed timestamps, entries in the given
 * order, stored or deflated (Node's zlib), and entries that may share one local file record (the
 * overlapping-entry zip bomb: many names, one compressed body). Nothing here is used by the product.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Store without compression (the ODF `mimetype` entry must be stored). */
  store?: boolean;
  /** Point this central-directory entry at the local record of an earlier entry (by its name). */
  sameDataAs?: string;
}

/** 1 January 2026 00:00 in MS-DOS time and date. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

interface Written {
  offset: number;
  crc: number;
  compressed: number;
  size: number;
  method: number;
}

/**
 * The fields a local header and a central-directory record share, in the same order: method, time,
 * date, CRC-32, compressed and uncompressed size, name length, from `at` (8 in a local header, 10 in
 * a central record).
 */
function writeEntryFields(buf: Buffer, at: number, w: Written, nameLength: number): void {
  buf.writeUInt16LE(w.method, at);
  buf.writeUInt16LE(DOS_TIME, at + 2);
  buf.writeUInt16LE(DOS_DATE, at + 4);
  buf.writeUInt32LE(w.crc, at + 6);
  buf.writeUInt32LE(w.compressed, at + 10);
  buf.writeUInt32LE(w.size, at + 14);
  buf.writeUInt16LE(nameLength, at + 18);
}

export function zip(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const written = new Map<string, Written>();
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let w = e.sameDataAs ? written.get(e.sameDataAs) : undefined;
    if (e.sameDataAs && !w) throw new Error(`no entry ${e.sameDataAs} before ${e.name}`);
    if (!w) {
      const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
      const body = e.store ? raw : deflateRawSync(raw, { level: 9 });
      w = { offset, crc: crc32(raw), compressed: body.length, size: raw.length, method: e.store ? 0 : 8 };
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      writeEntryFields(local, 8, w, name.length);
      local.writeUInt16LE(0, 28);
      chunks.push(local, name, body);
      offset += local.length + name.length + body.length;
      written.set(e.name, w);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    writeEntryFields(cd, 10, w, name.length);
    cd.writeUInt32LE(w.offset, 42);
    central.push(cd, name);
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cdBuf, end]);
}
