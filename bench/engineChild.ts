/**
 * The engine alone: the grid is read first (not timed), garbage collected, then recognise + validate
 * + summarise are timed on it. Run by the bench in a child of its own with --expose-gc; sends
 * { ms, readMs, maxRssKb } and what it read (tables, and over all tables: tasks, sections, repeated
 * headers, continuations), for the bench's checks against the generated layout.
 */
import { performance } from 'node:perf_hooks';
import { readWorkbookFile } from '../src/files/readWorkbook';
import { scanWorkbook } from '../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../src/core/scan/scanOptions';
import { buildReport } from '../src/core/scan/buildReport';

export interface EngineResult {
  ms: number;
  readMs: number;
  maxRssKb: number;
  tables: number;
  tasks: number;
  sections: number;
  repeatedHeaders: number;
  continuations: number;
}

async function main(path: string): Promise<void> {
  const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
  const t0 = performance.now();
  const grid = await readWorkbookFile(path);
  const readMs = performance.now() - t0;
  // The reader's garbage is not the engine's: collect it before the clock starts.
  global.gc?.();
  const t1 = performance.now();
  const report = buildReport([scanWorkbook(grid, path, settings)], settings);
  const ms = performance.now() - t1;
  const tables = report.files.flatMap((f) => f.tables);
  const sum = (key: 'tasks' | 'sections' | 'repeatedHeaders' | 'continuations') =>
    tables.reduce((n, t) => n + t.counts[key], 0);
  const result: EngineResult = {
    ms,
    readMs,
    maxRssKb: process.resourceUsage().maxRSS,
    tables: tables.length,
    tasks: sum('tasks'),
    sections: sum('sections'),
    repeatedHeaders: sum('repeatedHeaders'),
    continuations: sum('continuations'),
  };
  process.send!(result);
}

main(process.argv[2]!).catch((e: unknown) => {
  process.stderr.write(`engine: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
