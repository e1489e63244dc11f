/**
 * The names in a Compound File (OLE2 / CFB: legacy .xls, .doc, .ppt, and the container Office puts an
 * encrypted .xlsx in), read from its header and directory sector chain only: [MS-CFB] §2.2 (header),
 * §2.3 (FAT, found through the DIFAT), §2.6 (128-byte directory entries). Nothing else of the file
 * is read. Pure, over a ByteSource.
 */
import { DamagedFileError, readExactly, u16, u32, type ByteSource } from './byteSource';

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers from here up are markers (free, FAT, DIFAT, end of chain), never a next sector. */
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT = 109;
/** A directory of more sectors than this is not one Office wrote (a real .xls has a handful). */
const MAX_DIRECTORY_SECTORS = 4096;

class Cfb {
  private readonly shift: number;
  private readonly perSector: number;
  private readonly fatCache = new Map<number, Uint8Array>();

  constructor(
    private readonly source: ByteSource,
    private readonly header: Uint8Array,
  ) {
    this.shift = u16(header, 0x1e);
    if (this.shift !== 9 && this.shift !== 12)
      throw new DamagedFileError(`the compound file's sector size (2^${this.shift}) is not 512 or 4096`);
    this.perSector = (1 << this.shift) / 4;
  }

  get sectorSize(): number {
    return 1 << this.shift;
  }

  sector(n: number, what: string): Promise<Uint8Array> {
    if (n >= MAX_SECTOR) throw new DamagedFileError(`${what} points to no sector`);
    return readExactly(this.source, (n + 1) * this.sectorSize, this.sectorSize, what);
  }

  /** The sector number of the i-th FAT sector, from the header's DIFAT or the DIFAT chain. */
  private async fatSector(i: number): Promise<number> {
    if (i < HEADER_DIFAT) return u32(this.header, 0x4c + 4 * i);
    let left = i - HEADER_DIFAT;
    let difat = u32(this.header, 0x44);
    for (let hops = 0; hops <= u32(this.header, 0x48); hops++) {
      const s = await this.sector(difat, 'a DIFAT sector');
      if (left < this.perSector - 1) return u32(s, 4 * left);
      left -= this.perSector - 1;
      difat = u32(s, 4 * (this.perSector - 1));
    }
    throw new DamagedFileError('the DIFAT chain is shorter than the FAT it announces');
  }

  /** The sector after `n` in its chain. */
  async next(n: number): Promise<number> {
    const index = Math.floor(n / this.perSector);
    let fat = this.fatCache.get(index);
    if (!fat) {
      fat = await this.sector(await this.fatSector(index), 'a FAT sector');
      this.fatCache.set(index, fat);
    }
    return u32(fat, 4 * (n % this.perSector));
  }
}

/** Whether the bytes start with the compound file signature. */
export function isCfb(head: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => head[i] === b);
}

/** Every storage and stream name in the compound file (the root entry's included), in directory order. */
export async function readCfbNames(source: ByteSource): Promise<string[]> {
  const header = await readExactly(source, 0, 512, 'the compound file header');
  if (!isCfb(header)) throw new DamagedFileError('the compound file signature is missing');
  const cfb = new Cfb(source, header);
  const names: string[] = [];
  const seen = new Set<number>();
  const utf16 = new TextDecoder('utf-16le');
  for (let s = u32(header, 0x30); s !== END_OF_CHAIN; s = await cfb.next(s)) {
    if (seen.has(s)) throw new DamagedFileError('the compound file directory chain loops');
    if (seen.size >= MAX_DIRECTORY_SECTORS)
      throw new DamagedFileError('the compound file directory is implausibly long');
    seen.add(s);
    const sector = await cfb.sector(s, 'a directory sector');
    for (let at = 0; at + 128 <= sector.byteLength; at += 128) {
      const type = sector[at + 0x42];
      const length = Math.min(u16(sector, at + 0x40), 64);
      if (type === 0 || length < 2) continue; // an unused entry
      names.push(utf16.decode(sector.subarray(at, at + length - 2)));
    }
  }
  return names;
}
