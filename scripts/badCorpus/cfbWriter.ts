/**
 * A minimal Compound File Binary (OLE2) writer: the container of old .xls workbooks (a `Workbook`
 * stream) and of password-protected .xlsx files (`EncryptionInfo` + `EncryptedPackage`). Version 3,
 * 512-byte sectors, one FAT sector, one directory sector, every stream padded to 4,096 bytes so it
 * lives in ordinary sectors (no mini stream). Deterministic; for the odd-file corpus only.
 */
const SECTOR = 512;
const END = 0xfffffffe;
const FAT_SECT = 0xfffffffd;
const NONE = 0xffffffff;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

function dirEntry(name: string, type: number, child: number, right: number, start: number, size: number): Buffer {
  const e = Buffer.alloc(128);
  const n = Buffer.from(name + '\0', 'utf16le');
  n.copy(e, 0);
  e.writeUInt16LE(n.length, 64);
  e.writeUInt8(type, 66);
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(NONE, 68); // left
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

/** Streams, at most 3, in the order of their names' (length, then upper case) comparison. */
export function cfb(streams: CfbStream[]): Buffer {
  if (streams.length > 3) throw new Error('at most 3 streams');
  const sizes = streams.map((s) => Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR));
  const totalSectors = 2 + sizes.reduce((n, s) => n + s / SECTOR, 0);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECT, 0);
  fat.writeUInt32LE(END, 4);
  let next = 2;
  const starts: number[] = [];
  for (const size of sizes) {
    starts.push(next);
    const count = size / SECTOR;
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END : next + i + 1, (next + i) * 4);
    next += count;
  }
  if (totalSectors > SECTOR / 4) throw new Error('too many sectors for one FAT sector');
  const dir = Buffer.alloc(SECTOR);
  dirEntry('Root Entry', 5, streams.length ? 1 : NONE, NONE, END, 0).copy(dir, 0);
  streams.forEach((s, i) => {
    const right = i + 1 < streams.length ? i + 2 : NONE;
    dirEntry(s.name, 2, NONE, right, starts[i]!, s.data.length).copy(dir, (i + 1) * 128);
  });
  for (let i = streams.length + 1; i < 4; i++) {
    const e = Buffer.alloc(128);
    e.writeUInt32LE(NONE, 68);
    e.writeUInt32LE(NONE, 72);
    e.writeUInt32LE(NONE, 76);
    e.copy(dir, i * 128);
  }
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // first mini FAT sector
  header.writeUInt32LE(END, 68); // first DIFAT sector
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const bodies = streams.map((s, i) => {
    const b = Buffer.alloc(sizes[i]!);
    Buffer.from(s.data).copy(b, 0);
    return b;
  });
  return Buffer.concat([header, fat, dir, ...bodies]);
}
