/**
 * The physical floor of reading an .xlsx: inflate every XML part and tokenise it with saxes, doing
 * nothing with the events but counting them (no grid, no engine). Run by the bench in a child of its
 * own (so the peak memory is this work's alone); sends { ms, maxRssKb, parts, tags, texts }.
 */
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

export interface FloorResult {
  ms: number;
  maxRssKb: number;
  parts: number;
  tags: number;
  texts: number;
}

async function readFloor(path: string): Promise<Omit<FloorResult, 'ms' | 'maxRssKb'>> {
  const counts = { parts: 0, tags: 0, texts: 0 };
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('.xml')) continue;
      counts.parts++;
      const parser = new SaxesParser();
      parser.on('opentag', () => counts.tags++);
      parser.on('text', () => counts.texts++);
      const stream = await zip.openReadStreamPromise(entry);
      stream.setEncoding('utf8');
      for await (const chunk of stream) parser.write(chunk as string);
      parser.close();
    }
  } finally {
    zip.close();
  }
  return counts;
}

async function main(path: string): Promise<void> {
  const t0 = performance.now();
  const counts = await readFloor(path);
  const ms = performance.now() - t0;
  const result: FloorResult = { ms, maxRssKb: process.resourceUsage().maxRSS, ...counts };
  process.send!(result);
}

main(process.argv[2]!).catch((e: unknown) => {
  process.stderr.write(`floor: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
