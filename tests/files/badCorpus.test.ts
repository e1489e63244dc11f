/**
 * Issue 11 item 9: every reader answers every file of the odd-file corpus (tests/fixtures/bad, made by
 * `npm run make:bad-corpus`) as the issue requires: refused in one line in Vietnamese and English, or
 * read (with the checks its manifest entry names), each in bounded time. Time-bounded: every read is
 * timed and must finish within READ_BOUND_MS (the real limits, 60 s and 1.5 GB in a process of its own,
 * are measured by `npm run bench:corpus`).
 *
 * NOT_YET, below, is the one list of what main does not do yet (other branches of issue 11 build it):
 * `failing` runs as `it.failing` (it must fail today; when it passes, jest says so and the entry goes),
 * `skip` would exhaust memory or time inside jest today, so it is not run here (the bench measures it).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS, TOO_LARGE, type Expectation } from '../../scripts/badCorpus/corpus';
import { corpusManifest } from '../../scripts/badCorpus/manifest';
import type { WorkbookGrid } from '../../src/core/grid';
import { ExcelJsWorkbookPort } from '../../src/excelJsPort/excelJsWorkbookPort';
import { FileReadError, readWorkbookBuffer, readWorkbookFile } from '../../src/files/readWorkbook';
import { isRefusalShape } from '../../src/files/fileText';
import { scanGrid } from '../helpers/scan';

const DIR = join(__dirname, '..', 'fixtures', 'bad');
const READ_BOUND_MS = 10_000;
/** "Small": every committed corpus file stays under this. */
const MAX_FILE_BYTES = 32 * 1024;

type Reader = 'file' | 'buffer' | 'browser';
const READERS: Reader[] = ['file', 'buffer', 'browser'];

/** What main does not do yet, by `reader:file` (or `*:file` for every reader). Flip after merging. */
const NOT_YET: Record<string, { mode: 'failing' | 'skip'; why: string }> = {};

function pending(reader: Reader, file: string) {
  return NOT_YET[`${reader}:${file}`] ?? NOT_YET[`*:${file}`];
}

const readsFile = (reader: Reader, file: string) => reader !== 'browser' || /\.xlsx$/.test(file);

/** One reader on one corpus file: the grid, or what it threw. */
async function readWith(reader: Reader, file: string): Promise<WorkbookGrid> {
  const path = join(DIR, file);
  if (reader === 'file') return readWorkbookFile(path);
  const bytes = readFileSync(path);
  if (reader === 'buffer') return readWorkbookBuffer(bytes, file);
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const port = await ExcelJsWorkbookPort.fromBytes(ab, file);
  return (await port.readWorkbook()).grid;
}

function texts(grid: WorkbookGrid): string[] {
  const out: string[] = [];
  for (const s of grid.sheets)
    for (const r of s.rows) for (const c of r) if (c?.text) out.push(c.text.normalize('NFC'));
  return out;
}

const matchAll = (text: string, patterns: string[] = []) =>
  patterns.filter((p) => !new RegExp(p, 'i').test(text)).map((p) => `/${p}/i not in “${text}”`);

/** What is wrong with a refusal (empty when it is one line in each language naming the file and saying `en`/`vi`). */
function refusalProblems(e: unknown, reader: Reader, file: string, en?: string[], vi?: string[]): string[] {
  if (reader === 'browser') {
    // The playground's port refuses with a file or host error the pane words; one line (and its cause's), never a stack.
    if (!(e instanceof Error)) return [`threw ${String(e)}`];
    return !isRefusalShape(e.message) ? [`message of several lines: ${e.message}`] : [];
  }
  if (!(e instanceof FileReadError)) return [`not a FileReadError: ${e instanceof Error ? e.stack : String(e)}`];
  const problems: string[] = [];
  for (const [lang, m] of [
    ['vi', e.messageVi],
    ['en', e.messageEn],
  ] as const) {
    if (!m.trim()) problems.push(`${lang}: empty message`);
    if (!isRefusalShape(m)) problems.push(`${lang}: more than one line: ${m}`);
    if (!m.includes(file)) problems.push(`${lang}: does not name ${file}: ${m}`);
  }
  if (e.messageVi === e.messageEn) problems.push('the same text in both languages');
  // What the message says, without the file's name ("pdf-renamed.xlsx" must not count as saying "PDF").
  const said = (m: string) => m.split(file).join('…');
  return [...problems, ...matchAll(said(e.messageEn), en), ...matchAll(said(e.messageVi), vi)];
}

/** What is wrong with a grid read from a file that must be read. */
function readProblems(grid: WorkbookGrid, expect: Expectation, file: string): string[] {
  if (!('contains' in expect)) return [];
  const all = texts(grid);
  const problems = (expect.contains ?? [])
    .filter((t) => !all.some((x) => x.includes(t)))
    .map((t) => `no cell holds “${t}” (first cells: ${all.slice(0, 6).join(' | ')})`);
  if (expect.minTasks) {
    const tasks = scanGrid(grid).tables.reduce((n, t) => n + t.tasks.length, 0);
    if (tasks < expect.minTasks) problems.push(`${tasks} tasks, expected at least ${expect.minTasks}`);
  }
  if (expect.outcome === 'read' && expect.check) problems.push(...CHECKS[expect.check](grid, file));
  return problems;
}

const TASK2_ROW = 5;
const taskAt = (grid: WorkbookGrid, row: number, asOf = '2026-05-01') => {
  const report = scanGrid(grid, { asOf });
  const tasks = report.tables.flatMap((t) => t.tasks);
  const issues = report.tables.flatMap((t) => t.issues);
  return { task: tasks.find((t) => t.row === row), issues: issues.filter((i) => i.row === row) };
};

const CHECKS: Record<
  NonNullable<Extract<Expectation, { outcome: 'read' }>['check']>,
  (g: WorkbookGrid, f: string) => string[]
> = {
  // A date that cannot be true: a warning at its cell, and no state computed from it.
  'unreadable-date': (grid) => {
    const { task, issues } = taskAt(grid, TASK2_ROW);
    if (!task) return ['task 2 not read'];
    const p: string[] = [];
    if (task.state !== 'unknown') p.push(`state ${task.state} from deadline ${JSON.stringify(task.deadline)}`);
    if (!issues.some((i) => i.column === 'D' && i.severity === 'warning'))
      p.push(`no warning at D${TASK2_ROW}: ${issues.map((i) => `${i.code}@${i.column}`).join(', ')}`);
    return p;
  },
  'range-across-year': (grid) => {
    const { task } = taskAt(grid, TASK2_ROW, '2026-01-15');
    if (!task) return ['task 2 not read'];
    const { start, due } = task.deadline;
    return start === '2025-09-01' && due === '2026-03-31' && task.state === 'open-on-track'
      ? []
      : [`read ${start} – ${due}, state ${task.state}`];
  },
  'long-cell': (grid) => {
    const p: string[] = [];
    if (!texts(grid).some((t) => t.length === 32767)) p.push('no 32,767-character cell in the grid');
    const t0 = performance.now();
    const report = scanGrid(grid);
    const ms = performance.now() - t0;
    if (ms > READ_BOUND_MS) p.push(`scan took ${Math.round(ms)} ms`);
    const long = report.tables.flatMap((t) => t.issues).filter((i) => i.message.length > 1000);
    if (long.length) p.push(`${long.length} messages longer than 1,000 characters`);
    return p;
  },
  'formula-without-value': (grid) => {
    const p: string[] = [];
    if (texts(grid).some((t) => /undefined|\[object/.test(t))) p.push('a cell reads “undefined” or “[object …]”');
    const { task, issues } = taskAt(grid, TASK2_ROW);
    if (!task) return [...p, 'task 2 not read'];
    if (task.deadline.due !== null) p.push(`a deadline invented: ${JSON.stringify(task.deadline)}`);
    if (!issues.some((i) => i.column === 'D' && i.severity !== 'info')) p.push(`no finding at D${TASK2_ROW}`);
    return p;
  },
};

async function outcomeProblems(reader: Reader, file: string, expect: Expectation): Promise<string[]> {
  let grid: WorkbookGrid | null = null;
  let error: unknown = null;
  const t0 = performance.now();
  try {
    grid = await readWith(reader, file);
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - t0;
  const problems = ms > READ_BOUND_MS ? [`took ${Math.round(ms)} ms (bound ${READ_BOUND_MS} ms)`] : [];
  switch (expect.outcome) {
    case 'refused':
      if (grid) return [...problems, `read (${texts(grid).length} cells) instead of refused`];
      return [...problems, ...refusalProblems(error, reader, file, expect.en, expect.vi)];
    case 'read':
      if (!grid) return [...problems, `refused: ${error instanceof Error ? error.message : String(error)}`];
      return [...problems, ...readProblems(grid, expect, file)];
    case 'read-or-too-large':
      if (!grid) return [...problems, ...refusalProblems(error, reader, file, TOO_LARGE.en, TOO_LARGE.vi)];
      return [...problems, ...readProblems(grid, expect, file)];
    case 'read-or-refused':
      if (!grid) return [...problems, ...refusalProblems(error, reader, file, expect.en, expect.vi)];
      return [...problems, ...readProblems(grid, expect, file)];
  }
}

describe('the odd-file corpus is what scripts/make-bad-corpus.ts makes', () => {
  it('every file is there, small, and byte for byte what the script writes; the manifest too', () => {
    for (const c of CORPUS) {
      const bytes = readFileSync(join(DIR, c.file));
      expect({ file: c.file, same: Buffer.compare(bytes, c.build()) === 0 }).toEqual({ file: c.file, same: true });
      expect(statSync(join(DIR, c.file)).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
    }
    expect(readFileSync(join(DIR, 'manifest.json'), 'utf8')).toBe(corpusManifest());
  });
});

describe(`every reader answers every corpus file as issue 11 requires (time-bounded: ${READ_BOUND_MS / 1000} s a read)`, () => {
  for (const reader of READERS) {
    for (const c of CORPUS) {
      if (!readsFile(reader, c.file)) continue;
      const not = pending(reader, c.file);
      const title = `${reader}: ${c.file} → ${c.expect.outcome}${not ? ` (not yet on main: ${not.why})` : ''}`;
      const run = async () => expect(await outcomeProblems(reader, c.file, c.expect)).toEqual([]);
      if (not?.mode === 'skip') it.skip(title, run);
      else if (not?.mode === 'failing') it.failing(title, run);
      else it(title, run);
    }
  }
});

describe('the checks can fail', () => {
  it('a multi-line, one-language refusal and a missing text are reported', () => {
    const e = FileReadError.of('unreadable', 'x.xlsx');
    expect(refusalProblems(e, 'file', 'x.xlsx', ['zip'])).toHaveLength(1);
    expect(refusalProblems(new Error('a\nb'), 'file', 'x.xlsx')).toHaveLength(1);
    const grid: WorkbookGrid = { sheets: [{ name: 'S', rows: [[{ value: 'a', text: 'a' }]] }] };
    expect(readProblems(grid, { outcome: 'read', contains: ['b'] }, 'x')).toHaveLength(1);
  });
});
