/**
 * `npm run bench`: how far the scan is from the physical floor of reading the same file. For each
 * size (BENCH_SIZES, default 1,000 / 10,000 / 100,000 / 1,000,000 tasks, plus BENCH_OUT_SIZE for the
 * report workbook) it measures, each run in a fresh child process so each peak RSS is its own:
 *   floor   — inflate + SAX-tokenise every XML part of the file, nothing else (bench/floorChild.ts)
 *   json    — `appendix-tracker scan FILE --as-of … --json`, spawn to exit (start-up counts)
 *   summary — the same with the terminal summary
 *   out     — the terminal summary and the report workbook (`--out X.xlsx`)
 *   engine  — recognise + validate + summarise on a grid already read (bench/engineChild.ts)
 *   startup — `appendix-tracker --version`: loading the command line, next to the 1,000-task `json`
 * Rounds interleave the modes (floor, json, summary, …, floor, json, …) so a noisy neighbour hurts
 * every mode alike, and the fastest of BENCH_RUNS runs counts (one run at 1,000,000 tasks and more).
 * Then the reporting cycle (BENCH_MERGE=0 leaves it out): a 2,000-task master and its 40 returned
 * files (bench/reportingFixture.ts), timed in children of their own (bench/mergeChild.ts): reading the
 * 40 files, and the whole merge (read, scan, match, plan), against issue 13's merge ≤ 1.2 × read.
 * Prints a Markdown table per size and the targets, and writes bench-results.json to the tmp dir.
 * Exits 0 unless the engine finds a wrong number of tasks, or BENCH_STRICT=1 and a target is missed or a
 * file misread (the engine's tables, sections, repeats or splits differ from the generated layout).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureAppendix, GENERATOR_VERSION, layoutStats, type LayoutStats } from './generateAppendix';
import { runCli, runForked, type Run } from './measure';
import { MERGE_BENCH, writeMergeBenchFiles } from './reportingFixture';

const MODES = ['floor', 'json', 'summary', 'out', 'engine', 'startup'] as const;
type Mode = (typeof MODES)[number];

const AS_OF = '2026-05-01';
const LARGE = 1_000_000;
const MIB_PER_GB = 1024;

interface Config {
  sizes: number[];
  runs: number;
  outSize: number;
  engineLarge: boolean;
  strict: boolean;
  /** BENCH_MERGE=0 leaves out the reporting cycle's merge. */
  merge: boolean;
  dir: string;
}

function readConfig(): Config {
  const list = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',');
  const sizes = list.map((s) => Number(s.trim().replace(/_/g, ''))).filter((n) => Number.isInteger(n) && n > 0);
  const outSize = Number(process.env.BENCH_OUT_SIZE ?? 200_000);
  // The report workbook gets a size of its own when the list does not hold it (BENCH_OUT_SIZE=0: none).
  if (outSize > 0 && !sizes.includes(outSize)) sizes.push(outSize);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: Math.max(1, Number(process.env.BENCH_RUNS ?? 3)),
    outSize,
    engineLarge: process.env.BENCH_ENGINE_LARGE === '1',
    strict: process.env.BENCH_STRICT === '1',
    merge: process.env.BENCH_MERGE !== '0',
    dir: join(tmpdir(), 'appendix-tracker-bench'),
  };
}

interface SizePlan {
  tasks: number;
  runs: number;
  modes: Mode[];
}

/** Which modes run at which size: `out` up to 200,000 (and at BENCH_OUT_SIZE), no engine at 1M unless asked. */
function planSizes(cfg: Config): SizePlan[] {
  const startupAt = cfg.sizes.includes(1000) ? 1000 : cfg.sizes[0];
  return cfg.sizes.map((tasks) => {
    const large = tasks >= LARGE;
    const modes = MODES.filter((m) => {
      if (m === 'out') return tasks <= 200_000 || tasks === cfg.outSize;
      if (m === 'engine') return !large || cfg.engineLarge;
      if (m === 'startup') return tasks === startupAt;
      return true;
    });
    return { tasks, runs: large ? 1 : cfg.runs, modes };
  });
}

/** 7 cells a task: the 1,000,000-task file is past the default read limits (2,000,000 cells), read with --no-limits. */
function limitFlags(tasks: number): string[] {
  return tasks >= LARGE ? ['--no-limits'] : [];
}

function measureMode(mode: Mode, file: string, dir: string, flags: string[]): Promise<Run> {
  switch (mode) {
    case 'floor':
      return runForked('floorChild.js', file);
    case 'engine':
      return runForked('engineChild.js', file, ['--expose-gc']);
    case 'json':
      return runCli(['scan', file, '--as-of', AS_OF, '--json', ...flags], dir);
    case 'summary':
      return runCli(['scan', file, '--as-of', AS_OF, ...flags], dir);
    case 'out':
      return measureOut(file, dir, flags);
    case 'startup':
      return runCli(['--version'], dir);
  }
}

/** `--out`: the terminal summary plus the report workbook, whose size is kept and file removed. */
async function measureOut(file: string, dir: string, flags: string[]): Promise<Run> {
  const report = join(dir, `bench-report-${process.pid}.xlsx`);
  rmSync(report, { force: true });
  const run = await runCli(['scan', file, '--as-of', AS_OF, '--out', report, ...flags], dir);
  try {
    run.detail = { ...run.detail, reportBytes: statSync(report).size };
  } catch {
    if (run.ok) Object.assign(run, { ok: false, error: 'exit code 0 but no report workbook written' });
  }
  rmSync(report, { force: true });
  return run;
}

interface ModeResult {
  mode: Mode;
  runs: Run[];
  /** The fastest run, when every run succeeded. */
  best: Run | null;
  /** The first failure, when any run failed: a mode that fails once is reported failed. */
  failure: string | null;
  /** How the engine misread the file's shape, when it did (see checkShape). */
  misread: string | null;
}

interface SizeResult {
  tasks: number;
  file: string;
  bytes: number;
  runs: number;
  layout: LayoutStats;
  modes: ModeResult[];
}

/** The engine must find exactly the generator's tasks (a split task counts once): anything else is a bug. */
function checkTaskCount(run: Run, tasks: number): Run {
  const found = run.detail?.tasks;
  if (!run.ok || found === tasks) return run;
  return { ...run, ok: false, wrongTaskCount: true, error: `found ${found} tasks, the file has ${tasks}` };
}

/**
 * Where the engine's reading differs from the generated layout: one table, its sections, repeated
 * headers and split tasks. The task count alone can hide a table cut in two (the tasks are still
 * counted, but some under the wrong columns), and then the figures are not the ones this file should give.
 */
function checkShape(run: Run, layout: LayoutStats): Run {
  if (!run.ok) return run;
  const d = run.detail ?? {};
  const expected: Record<string, number> = {
    tables: 1,
    sections: layout.sections,
    repeatedHeaders: layout.repeatedHeaders,
    continuations: layout.splitTasks,
  };
  const off = Object.entries(expected)
    .filter(([key, want]) => d[key] !== want)
    .map(([key, want]) => `${key} ${fmtInt(d[key] ?? 0)} (file: ${fmtInt(want)})`);
  return off.length ? { ...run, misread: off.join(', ') } : run;
}

function summarise(mode: Mode, runs: Run[]): ModeResult {
  const failed = runs.find((r) => !r.ok);
  const best = failed ? null : runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { mode, runs, best, failure: failed?.error ?? null, misread: runs.find((r) => r.misread)?.misread ?? null };
}

const fmtInt = (n: number) => n.toLocaleString('en');
const fmtS = (ms: number) => `${(ms / 1000).toFixed(ms < 100 ? 3 : 2)} s`;
const fmtMb = (mb: number | null) => (mb === null ? '—' : `${fmtInt(mb)} MB`);
const fmtBytes = (b: number) =>
  b < 2 ** 20
    ? `${fmtInt(Math.round(b / 1024))} KB`
    : `${(b / 2 ** 20).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

function progress(tasks: number, line: string): void {
  process.stderr.write(`[${fmtInt(tasks)}] ${line}\n`);
}

async function measureSize(plan: SizePlan, cfg: Config): Promise<SizeResult> {
  const t0 = performance.now();
  progress(plan.tasks, 'preparing the file (generated once, then cached)…');
  const file = await ensureAppendix(cfg.dir, plan.tasks);
  progress(plan.tasks, `${file} ready in ${fmtS(performance.now() - t0)}`);
  const layout = layoutStats(plan.tasks);
  const runs = new Map<Mode, Run[]>(plan.modes.map((m) => [m, []]));
  for (let round = 1; round <= plan.runs; round++) {
    for (const mode of plan.modes) {
      let run = await measureMode(mode, file, cfg.dir, limitFlags(plan.tasks));
      if (mode === 'engine') run = checkShape(checkTaskCount(run, plan.tasks), layout);
      runs.get(mode)!.push(run);
      const how = run.ok ? `${fmtS(run.ms)}, ${fmtMb(run.peakRssMb)}` : `FAILED (${run.error})`;
      progress(plan.tasks, `round ${round}/${plan.runs} ${mode}: ${how}`);
    }
  }
  return {
    tasks: plan.tasks,
    file,
    bytes: statSync(file).size,
    runs: plan.runs,
    layout,
    modes: plan.modes.map((m) => summarise(m, runs.get(m)!)),
  };
}

// ---- The reporting cycle: merging 40 returned files into a 2,000-task master -----------------------

interface MergeMeasure {
  runs: Run[];
  best: Run | null;
  failure: string | null;
}

interface MergeResult {
  read: MergeMeasure;
  merge: MergeMeasure;
}

/** The merge's factor over reading the returned files (issue 13): merge ≤ 1.2 × read. */
const MERGE_FACTOR = 1.2;

async function measureMerge(cfg: Config): Promise<MergeResult> {
  const t0 = performance.now();
  const dir = join(cfg.dir, 'merge');
  process.stderr.write(`[merge] writing the master and the ${MERGE_BENCH.agencies} returned files…\n`);
  const files = await writeMergeBenchFiles(dir);
  process.stderr.write(`[merge] ready in ${fmtS(performance.now() - t0)}\n`);
  const runs = { read: [] as Run[], merge: [] as Run[] };
  for (let round = 1; round <= cfg.runs; round++)
    for (const mode of ['read', 'merge'] as const) {
      const run = await runForked('mergeChild.js', [mode, files.master, ...files.returned]);
      runs[mode].push(run);
      const how = run.ok ? `${fmtS(run.ms)}, ${fmtMb(run.peakRssMb)}` : `FAILED (${run.error})`;
      process.stderr.write(`[merge] round ${round}/${cfg.runs} ${mode}: ${how}\n`);
    }
  const as = (list: Run[]): MergeMeasure => {
    const { best, failure } = summarise('engine', list);
    return { runs: list, best, failure };
  };
  return { read: as(runs.read), merge: as(runs.merge) };
}

function mergeTable(m: MergeResult): string[] {
  const d = m.merge.best?.detail ?? {};
  const row = (name: string, r: MergeMeasure, note: string) =>
    `| ${name} | ${r.best ? fmtS(r.best.ms) : 'failed'} | ${fmtMb(r.best?.peakRssMb ?? null)} | ${r.failure ? `**failed**: ${r.failure}` : note} |`;
  return [
    `### Reporting cycle — a ${fmtInt(MERGE_BENCH.tasks)}-task master, ${MERGE_BENCH.agencies} returned files of about ${MERGE_BENCH.tasks / MERGE_BENCH.agencies} tasks`,
    '',
    '| measure | wall | peak RSS | note |',
    '|---|---:|---:|---|',
    row(
      'read',
      m.read,
      `the ${MERGE_BENCH.agencies} returned files read into grids (the streamed reader), nothing else`,
    ),
    row(
      'merge',
      m.merge,
      `the master read and scanned ${fmtS(d.masterMs ?? 0)}, the ${MERGE_BENCH.agencies} files read ${fmtS(d.readMs ?? 0)} and scanned ${fmtS(d.scanMs ?? 0)}, match and plan ${fmtS(d.planMs ?? 0)}: ${fmtInt(d.matched ?? 0)} of ${fmtInt(d.tasks ?? 0)} returned tasks matched (${fmtInt(d.byKey ?? 0)} by key, ${fmtInt(d.weak ?? 0)} to review), ${fmtInt(d.changes ?? 0)} cell changes; writing the merged copy with ExcelJS took ${fmtS(d.writeMs ?? 0)} more`,
    ),
  ];
}

/**
 * The merge's own work (match and plan) against what reading and scanning the same 41 files costs in the
 * same run: the share the matcher adds to what any merge has to do anyway.
 */
function mergeWorkTarget(m: MergeResult | null): TargetResult {
  const target = `${fmtInt(MERGE_BENCH.tasks)}-task master, ${MERGE_BENCH.agencies} returned files: merge wall ≤ ${MERGE_FACTOR} × reading and scanning the same files`;
  const limit = `≤ ${MERGE_FACTOR} × read + scan`;
  const best = m?.merge.best;
  if (!best)
    return { target, measured: m ? 'failed' : 'not run (BENCH_MERGE=0)', limit, status: m ? 'missed' : 'not measured' };
  const d = best.detail ?? {};
  const readScan = (d.masterMs ?? 0) + (d.readMs ?? 0) + (d.scanMs ?? 0);
  const ratio = best.ms / readScan;
  const measured = `${ratio.toFixed(2)} × (${fmtS(best.ms)} / ${fmtS(readScan)})`;
  return { target, measured, limit, status: ratio <= MERGE_FACTOR ? 'met' : 'missed' };
}

function mergeTarget(m: MergeResult | null): TargetResult {
  const target = `${fmtInt(MERGE_BENCH.tasks)}-task master, ${MERGE_BENCH.agencies} returned files: merge wall ≤ ${MERGE_FACTOR} × read wall`;
  const limit = `≤ ${MERGE_FACTOR} × read`;
  if (!m) return { target, measured: 'not run (BENCH_MERGE=0)', limit, status: 'not measured' };
  const { read, merge } = m;
  if (!read.best || !merge.best)
    return { target, measured: `failed (${merge.failure ?? read.failure})`, limit, status: 'missed' };
  const ratio = merge.best.ms / read.best.ms;
  const measured = `${ratio.toFixed(2)} × read (${fmtS(merge.best.ms)} / ${fmtS(read.best.ms)})`;
  return { target, measured, limit, status: ratio <= MERGE_FACTOR ? 'met' : 'missed' };
}

// ---- Output -------------------------------------------------------------------------------------

function modeNote(m: ModeResult, s: SizeResult): string {
  if (m.failure) return `**failed**: ${m.failure.replace(/\|/g, '\\|')}`;
  const best = m.best!;
  const d = best.detail ?? {};
  switch (m.mode) {
    case 'floor':
      return `${d.parts} XML parts, ${fmtInt(d.tags ?? 0)} tags; timed in-process (${fmtS(d.processMs ?? 0)} spawn to exit)`;
    case 'engine': {
      const rate = fmtInt(Math.round(s.tasks / (best.ms / 1000)));
      const misread = m.misread ? `; **misread**: ${m.misread}` : '';
      return `${rate} tasks/s; timed in-process after the grid was read (${fmtS(d.readMs ?? 0)})${misread}`;
    }
    case 'json':
      return `${fmtBytes(d.outputBytes ?? 0)} of JSON`;
    case 'out': {
      // The workbook's own cost: what --out adds to the terminal summary it also prints.
      const summary = s.modes.find((x) => x.mode === 'summary')?.best;
      const extra = summary ? `; +${fmtS(best.ms - summary.ms)} over summary` : '';
      return `report workbook ${fmtBytes(d.reportBytes ?? 0)}${extra}`;
    }
    default:
      return '';
  }
}

function sizeTable(s: SizeResult): string[] {
  const floor = s.modes.find((m) => m.mode === 'floor')?.best ?? null;
  const runs =
    s.runs === 1
      ? s.tasks >= LARGE
        ? 'one run (sizes ≥ 1,000,000 run once)'
        : 'one run'
      : `fastest of ${s.runs} runs`;
  const lines = [
    `### ${fmtInt(s.tasks)} tasks — ${(s.bytes / 2 ** 20).toFixed(1)} MB .xlsx, ${fmtInt(s.layout.rows)} rows, ${fmtInt(s.layout.repeatedHeaders)} repeated headers, ${fmtInt(s.layout.splitTasks)} split tasks; ${runs}`,
    '',
    '| mode | wall | × floor | peak RSS | note |',
    '|---|---:|---:|---:|---|',
  ];
  for (const m of s.modes) {
    const wall = m.best ? fmtS(m.best.ms) : 'failed';
    const ratio = m.best && floor ? `${(m.best.ms / floor.ms).toFixed(2)}` : '—';
    lines.push(`| ${m.mode} | ${wall} | ${ratio} | ${fmtMb(m.best?.peakRssMb ?? null)} | ${modeNote(m, s)} |`);
  }
  const misread = s.modes.find((m) => m.misread)?.misread;
  if (misread) lines.push('', `**Warning**: the engine read this file's shape wrong: ${misread}.`);
  return lines;
}

type Status = 'met' | 'missed' | 'not measured';

interface TargetResult {
  target: string;
  measured: string;
  limit: string;
  status: Status;
}

/** A mode's result at a size: its best run, 'failed', or null when it did not run. */
function lookup(results: SizeResult[], tasks: number, mode: Mode): Run | 'failed' | null {
  const m = results.find((s) => s.tasks === tasks)?.modes.find((x) => x.mode === mode);
  if (!m) return null;
  return m.best ?? 'failed';
}

function failureOf(results: SizeResult[], tasks: number, mode: Mode): string {
  const m = results.find((s) => s.tasks === tasks)?.modes.find((x) => x.mode === mode);
  return `${mode} failed (${m?.failure ?? '?'})`;
}

/** A ratio target: `mode` wall ≤ factor × `base` wall at one size. */
function ratioTarget(results: SizeResult[], tasks: number, mode: Mode, base: Mode, factor: number, label: string) {
  const target = `${fmtInt(tasks)} tasks: ${label}`;
  const limit = factor >= 1 ? `≤ ${factor} × ${base}` : `≤ 1/${Math.round(1 / factor)} × ${base}`;
  const a = lookup(results, tasks, mode);
  const b = lookup(results, tasks, base);
  if (a === null || b === null) return { target, measured: 'not run', limit, status: 'not measured' as Status };
  if (a === 'failed') return { target, measured: failureOf(results, tasks, mode), limit, status: 'missed' as Status };
  if (b === 'failed')
    return { target, measured: failureOf(results, tasks, base), limit, status: 'not measured' as Status };
  const ratio = a.ms / b.ms;
  const measured = `${ratio.toFixed(2)} × ${base} (${fmtS(a.ms)} / ${fmtS(b.ms)})`;
  return { target, measured, limit, status: (ratio <= factor ? 'met' : 'missed') as Status };
}

/** A completion target, with an optional cap on the peak RSS. */
function runTarget(results: SizeResult[], tasks: number, mode: Mode, maxMb: number | null, label: string) {
  const target = `${fmtInt(tasks)} tasks: ${label}`;
  const limit = maxMb === null ? 'completes' : `completes, peak RSS ≤ ${fmtMb(maxMb)}`;
  const r = lookup(results, tasks, mode);
  if (r === null) return { target, measured: 'not run', limit, status: 'not measured' as Status };
  if (r === 'failed') return { target, measured: failureOf(results, tasks, mode), limit, status: 'missed' as Status };
  const measured = `completed in ${fmtS(r.ms)}, peak RSS ${fmtMb(r.peakRssMb)}`;
  const met = maxMb === null || (r.peakRssMb !== null && r.peakRssMb <= maxMb);
  return { target, measured, limit, status: (met ? 'met' : 'missed') as Status };
}

function targets(results: SizeResult[], cfg: Config): TargetResult[] {
  return [
    ratioTarget(results, 100_000, 'json', 'floor', 2.5, '`json` wall ≤ 2.5 × floor'),
    runTarget(results, 100_000, 'json', 400, '`json` peak RSS ≤ 400 MB'),
    runTarget(results, LARGE, 'summary', 1.5 * MIB_PER_GB, '`summary` completes, peak RSS ≤ 1.5 GB'),
    runTarget(results, LARGE, 'json', null, '`json` completes'),
    ratioTarget(results, cfg.outSize || 200_000, 'out', 'json', 2, '`out` wall ≤ 2 × `json` wall'),
    ratioTarget(results, 1000, 'startup', 'json', 1 / 3, '`startup` ≤ 1/3 of `json` wall'),
  ];
}

function targetTable(rows: TargetResult[]): string[] {
  const lines = ['### Targets', '', '| target | measured | limit | result |', '|---|---|---|---|'];
  for (const t of rows) lines.push(`| ${t.target} | ${t.measured.replace(/\|/g, '\\|')} | ${t.limit} | ${t.status} |`);
  return lines;
}

function preamble(cfg: Config): string {
  return [
    `## Bench — Node ${process.version}, ${cpus().length} CPUs, ${process.platform}; generator v${GENERATOR_VERSION}`,
    '',
    `Sizes ${cfg.sizes.map(fmtInt).join(', ')}; per mode the fastest of ${cfg.runs} interleaved run(s) counts (one run at ≥ 1,000,000 tasks).`,
    'Wall: spawn to exit for the command-line modes (json, summary, out, startup: start-up counts);',
    'the timed section alone for floor and engine. Peak RSS: each run in a fresh process. MB = MiB.',
    '',
  ].join('\n');
}

function writeResults(
  cfg: Config,
  results: SizeResult[],
  targetRows: TargetResult[] | null,
  merge: MergeResult | null = null,
): string {
  const path = join(cfg.dir, 'bench-results.json');
  const doc = {
    generatorVersion: GENERATOR_VERSION,
    node: process.version,
    cpus: cpus().length,
    platform: process.platform,
    date: new Date().toISOString(),
    config: { sizes: cfg.sizes, runs: cfg.runs, outSize: cfg.outSize, engineLarge: cfg.engineLarge },
    sizes: results,
    merge,
    targets: targetRows,
  };
  writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
  return path;
}

async function main(): Promise<void> {
  const cfg = readConfig();
  mkdirSync(cfg.dir, { recursive: true });
  process.stdout.write(preamble(cfg) + '\n');
  const results: SizeResult[] = [];
  for (const plan of planSizes(cfg)) {
    results.push(await measureSize(plan, cfg));
    process.stdout.write(sizeTable(results[results.length - 1]!).join('\n') + '\n\n');
    // Written after every size, so a long run stopped half-way still leaves its figures.
    writeResults(cfg, results, null);
  }
  let merge: MergeResult | null = null;
  if (cfg.merge) {
    merge = await measureMerge(cfg);
    process.stdout.write(mergeTable(merge).join('\n') + '\n\n');
  }
  const targetRows = [...targets(results, cfg), mergeTarget(merge), mergeWorkTarget(merge)];
  process.stdout.write(targetTable(targetRows).join('\n') + '\n\n');
  process.stdout.write(`Results: ${writeResults(cfg, results, targetRows, merge)}\n`);

  const wrongCount = results.some((s) => s.modes.some((m) => m.runs.some((r) => r.wrongTaskCount)));
  if (wrongCount) {
    process.stderr.write('\nFAIL: the engine found a number of tasks other than the generated file holds.\n');
    process.exitCode = 1;
  }
  const misread = results.filter((s) => s.modes.some((m) => m.misread)).map((s) => fmtInt(s.tasks));
  if (misread.length)
    process.stderr.write(`\nWARNING: the engine misread the shape of the ${misread.join(', ')}-task file(s).\n`);
  if (cfg.strict && (misread.length || targetRows.some((t) => t.status === 'missed'))) {
    process.stderr.write('BENCH_STRICT=1: a target was missed or a file misread.\n');
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
