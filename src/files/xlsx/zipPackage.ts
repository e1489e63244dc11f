/**
 * An .xlsx package (a zip) read part by part: the central directory is read once, then each part is
 * inflated by Node's zlib as a stream when asked for. A part is never held whole unless asked for as
 * text (the small ones: workbook, relationships, styles).
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipPackage {
  /** The part names, as the zip lists them (no leading slash). */
  readonly names: readonly string[];
  /** The part's real name for `name` (exact, else case-insensitive), or null. */
  find(name: string): string | null;
  /** The part, inflated, as a UTF-8 text stream. */
  stream(name: string): Promise<AsyncIterable<string>>;
  /** The whole part as text. */
  text(name: string): Promise<string>;
  /** The part's uncompressed size as the package declares it (the inflater refuses a part that outgrows it). */
  size(name: string): number;
  close(): void;
}

class YauzlPackage implements ZipPackage {
  private readonly entries = new Map<string, yauzl.Entry>();
  private readonly lower = new Map<string, string>();

  constructor(
    private readonly zip: yauzl.ZipFile,
    entries: yauzl.Entry[],
  ) {
    for (const e of entries) {
      this.entries.set(e.fileName, e);
      this.lower.set(e.fileName.toLowerCase(), e.fileName);
    }
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  find(name: string): string | null {
    const bare = name.replace(/^\/+/, '');
    return this.entries.has(bare) ? bare : (this.lower.get(bare.toLowerCase()) ?? null);
  }

  async stream(name: string): Promise<AsyncIterable<string>> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no part ${name} in the package`);
    const s: Readable = await this.zip.openReadStreamPromise(entry);
    s.setEncoding('utf8');
    return s as AsyncIterable<string>;
  }

  async text(name: string): Promise<string> {
    let out = '';
    for await (const chunk of await this.stream(name)) out += chunk;
    return out;
  }

  size(name: string): number {
    return this.entries.get(name)?.uncompressedSize ?? 0;
  }

  close(): void {
    this.zip.close();
  }
}

async function withEntries(zip: yauzl.ZipFile): Promise<ZipPackage> {
  const entries: yauzl.Entry[] = [];
  for await (const e of zip.eachEntry()) if (!e.fileName.endsWith('/')) entries.push(e);
  return new YauzlPackage(zip, entries);
}

// validateEntrySizes: a part that inflates to more than its declared size is an error, so the declared
// sizes bound what reading costs (src/core/readLimits.ts).
const OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  strictFileNames: false,
  validateEntrySizes: true,
};

/** Open a package on disk (read in place, never loaded whole). */
export async function openZipFile(path: string): Promise<ZipPackage> {
  return withEntries(await yauzl.openPromise(path, OPTIONS));
}

/** Open a package already in memory. */
export async function openZipBuffer(bytes: Uint8Array): Promise<ZipPackage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return withEntries(await yauzl.fromBufferPromise(buffer, OPTIONS));
}
