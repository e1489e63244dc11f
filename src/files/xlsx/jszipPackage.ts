/**
 * An .xlsx package read in the browser (no Node zlib there): JSZip reads the central directory, and each
 * part is inflated as a stream when asked for, its bytes counted against the read limits as they come,
 * so a part that inflates past the size limit stops there. JSZip is ExcelJS's own zip library: nothing
 * more is shipped for it.
 */
import JSZip from 'jszip';
import type { ReadMeter } from '../../core/readLimits';
import type { ZipPackage } from './zipPackage';

/** JSZip's streaming reader (public in its documentation, missing from its type definitions). */
interface PartStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): PartStream;
  on(event: 'end', cb: () => void): PartStream;
  on(event: 'error', cb: (e: Error) => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** A part's chunks as UTF-8 text, one at a time (the stream pauses until the reader asks for more). */
async function* partText(stream: PartStream, meter: ReadMeter): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const queue: Uint8Array[] = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  stream
    .on('data', (chunk) => {
      queue.push(chunk);
      stream.pause();
      notify();
    })
    .on('end', () => {
      done = true;
      notify();
    })
    .on('error', (e) => {
      failure = e;
      notify();
    });
  stream.resume();
  for (;;) {
    const chunk = queue.shift();
    if (chunk) {
      meter.bytes(chunk.byteLength);
      yield decoder.decode(chunk, { stream: true });
      if (queue.length === 0 && !done) stream.resume();
      continue;
    }
    if (failure) throw failure as Error;
    if (done) break;
    await new Promise<void>((ok) => (wake = ok));
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

class JsZipPackage implements ZipPackage {
  private readonly lower = new Map<string, string>();

  constructor(
    private readonly zip: JSZip,
    private readonly meter: ReadMeter,
  ) {
    for (const name of this.names) this.lower.set(name.toLowerCase(), name);
  }

  get names(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  find(name: string): string | null {
    const bare = name.replace(/^\/+/, '');
    return this.zip.files[bare] && !this.zip.files[bare].dir ? bare : (this.lower.get(bare.toLowerCase()) ?? null);
  }

  async stream(name: string): Promise<AsyncIterable<string>> {
    const file = this.zip.file(name);
    if (!file) throw new Error(`no part ${name} in the package`);
    const internal = (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream(
      'uint8array',
    );
    return partText(internal, this.meter);
  }

  async text(name: string): Promise<string> {
    let out = '';
    for await (const chunk of await this.stream(name)) out += chunk;
    return out;
  }

  /** Unknown before inflating (JSZip does not check a declared size): parts are counted as they inflate. */
  size(): number {
    return 0;
  }

  close(): void {}
}

/** Open a package held in memory, counting what its parts inflate to against `meter`. */
export async function openJsZip(bytes: Uint8Array | ArrayBuffer, meter: ReadMeter): Promise<ZipPackage> {
  return new JsZipPackage(await JSZip.loadAsync(bytes), meter);
}
