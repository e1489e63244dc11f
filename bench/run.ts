/**
 * `npm run bench`: for appendix workbooks of 1,000, 10,000 and 100,000 tasks, measures in separate
 * child processes (so each peak memory is its own):
 *   read   — ExcelJS alone reading the .xlsx
 *   scan   — the command line's path: read into the grid + recognise + validate + summarise
 *   engine — recognise + validate + summarise on a grid already in memory
 * and prints rows/second, peak RSS and the ratio scan / read (fastest of BENCH_RUNS runs, default 3).
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { generateAppendix } from './generateAppendix';
import { readWorkbookFile } from '../src/files/readWorkbook';
import { scanWorkbook } from '../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../src/core/scan/scanOptions';
import { buildReport } from '../src/core/scan/buildReport';

type Mode = 'read' | 'scan' | 'engine';
interface Measure {
  mode: Mode;
  ms: number;
  peakRssMb: number;
  tasks?: number;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** Each measure runs this many times (fresh processes, interleaved) and the fastest run counts: on a shared machine the minimum is the least noisy estimate. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });

async function child(mode: Mode, file: string): Promise<void> {
  let result: Measure;
  if (mode === 'read') {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    result = { mode, ms: performance.now() - t0, peakRssMb: 0 };
  } else if (mode === 'scan') {
    const t0 = performance.now();
    const grid = await readWorkbookFile(file);
    const report = buildReport([scanWorkbook(grid, file, settings)], settings);
    result = { mode, ms: performance.now() - t0, peakRssMb: 0, tasks: report.files[0]!.tables[0]?.counts.tasks ?? 0 };
  } else {
    const grid = await readWorkbookFile(file);
    global.gc?.();
    const t0 = performance.now();
    const report = buildReport([scanWorkbook(grid, file, settings)], settings);
    result = { mode, ms: performance.now() - t0, peakRssMb: 0, tasks: report.files[0]!.tables[0]?.counts.tasks ?? 0 };
  }
  result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.send!(result);
}

function measure(mode: Mode, file: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ['--child', mode, file], { execArgv: ['--expose-gc', '--max-old-space-size=8192'] });
    p.on('message', (m) => resolve(m as Measure));
    p.on('error', reject);
    p.on('exit', (code) => code !== 0 && reject(new Error(`${mode} exited with ${code}`)));
  });
}

async function parent(): Promise<void> {
  const dir = join(tmpdir(), 'appendix-tracker-bench');
  mkdirSync(dir, { recursive: true });
  const lines = [
    '| tasks | ExcelJS read | scan (read + engine) | scan / read | engine only | engine rows/s | peak RSS read | peak RSS scan |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const file = join(dir, `appendix-${n}.xlsx`);
    if (!existsSync(file)) await generateAppendix(file, n);
    const runs: Record<Mode, Measure[]> = { read: [], scan: [], engine: [] };
    for (let i = 0; i < RUNS; i++)
      for (const mode of ['read', 'scan', 'engine'] as const) runs[mode].push(await measure(mode, file));
    const best = (m: Measure[]) => m.reduce((a, b) => (b.ms < a.ms ? b : a));
    const read = best(runs.read);
    const scan = best(runs.scan);
    const engine = best(runs.engine);
    if (scan.tasks !== n) throw new Error(`expected ${n} tasks, the scan found ${scan.tasks}`);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    lines.push(
      `| ${n.toLocaleString('en')} | ${s(read.ms)} | ${s(scan.ms)} | ${(scan.ms / read.ms).toFixed(2)} | ${s(engine.ms)} | ${Math.round(n / (engine.ms / 1000)).toLocaleString('en')} | ${read.peakRssMb} MB | ${scan.peakRssMb} MB |`,
    );
    process.stdout.write(lines[lines.length - 1] + '\n');
  }
  process.stdout.write('\n' + lines.join('\n') + '\n');
}

if (process.argv[2] === '--child') void child(process.argv[3] as Mode, process.argv[4]!);
else void parent();
