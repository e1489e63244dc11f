/**
 * The reporting cycle's merge, timed in a child of its own (argv: mode, master, returned files…):
 *   read  — read the returned workbooks into grids (the streamed reader), nothing else;
 *   merge — the whole merge: read the master and the returned workbooks, scan them all, match, plan;
 *           then (timed apart, as writeMs) the merged copy of the master written with ExcelJS.
 * Sends { ms, maxRssKb, files, tasks, matched, byKey, weak, changes, and the parts of ms: masterMs
 * (read and scan the master), readMs and scanMs (the returned files), planMs (match and plan); writeMs }.
 */
import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { acceptChanges } from '../src/core/merge/acceptChanges';
import { mergeReports } from '../src/core/merge/mergeReports';
import { mergeWrites } from '../src/core/merge/mergeWrites';
import { dateToIso } from '../src/core/isoDate';
import type { WorkbookGrid } from '../src/core/grid';
import { scanSettingsSchema } from '../src/core/scan/scanOptions';
import { scanWorkbook } from '../src/core/scan/scanWorkbook';
import { readWorkbookFileWithSettings } from '../src/files/readWorkbook';
import { writeMergedWorkbookFile } from '../src/files/writeMergedWorkbook';

async function main([mode, master, ...returned]: string[]): Promise<void> {
  const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
  if (mode === 'read') {
    const t0 = performance.now();
    let cells = 0;
    for (const path of returned) {
      const { grid } = await readWorkbookFileWithSettings(path);
      cells += grid.sheets.reduce((n, s) => n + s.rows.length, 0);
    }
    const ms = performance.now() - t0;
    process.send!({ ms, maxRssKb: process.resourceUsage().maxRSS, files: returned.length, rows: cells });
    return;
  }
  // The whole merge, and how it divides: the master (read, scan), the returned files (read; scan), the
  // match and plan.
  const t0 = performance.now();
  const m = await readWorkbookFileWithSettings(master!);
  const scanned = scanWorkbook(m.grid, master!, settings);
  const masterMs = performance.now() - t0;
  const grids: WorkbookGrid[] = [];
  const r0 = performance.now();
  for (const path of returned) grids.push((await readWorkbookFileWithSettings(path)).grid);
  const r1 = performance.now();
  // Each returned file scanned only where the merge needs it (split sheets returned as sent need none).
  let scanMs = 0;
  const inputs = returned.map((path, i) => ({
    name: path,
    grid: grids[i]!,
    scan: (g: WorkbookGrid) => {
      const s0 = performance.now();
      const out = scanWorkbook(g, path, settings);
      scanMs += performance.now() - s0;
      return out;
    },
    modified: dateToIso(statSync(path).mtime),
  }));
  const readMs = r1 - r0;
  const p0 = performance.now();
  const run = mergeReports({ master: scanned, grid: m.grid, returned: inputs, lang: 'vi', date: '2026-05-01' });
  const planMs = performance.now() - p0 - scanMs;
  const ms = performance.now() - t0;
  const accepted = acceptChanges(run.plan);
  const out = `${master}.merged-${process.pid}.xlsx`;
  const t1 = performance.now();
  await writeMergedWorkbookFile(master!, mergeWrites(run.plan, accepted), out, { replace: true });
  const writeMs = performance.now() - t1;
  rmSync(out, { force: true });
  const all = run.matches.flat();
  process.send!({
    ms,
    maxRssKb: process.resourceUsage().maxRSS,
    files: returned.length,
    tasks: all.length,
    matched: all.filter((x) => x.master).length,
    byKey: all.filter((x) => x.reason === 'key').length,
    weak: all.filter((x) => x.weak || x.ambiguous).length,
    changes: run.plan.changes.length,
    accepted: accepted.length,
    masterMs,
    readMs,
    scanMs,
    planMs,
    writeMs,
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`merge: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
