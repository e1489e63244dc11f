/**
 * The bench's generator makes what the bench claims to measure: a 300-task appendix the product reads
 * as exactly 300 tasks, with both numbering styles, split tasks merged back, repeated headers, shared
 * and inline strings in the package, and a file ExcelJS opens too. No timings here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import {
  appendixPath,
  generateAppendix,
  layoutStats,
  sectionLabel,
  splitText,
  taskText,
} from '../../bench/generateAppendix';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { buildReport } from '../../src/core/scan/buildReport';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import type { ScannedReport } from '../../src/core/report/schema';
import type { WorkbookGrid } from '../../src/core/grid';
import { parseSttText } from '../../src/core/recognize/stt';

const TASKS = 300;
const dir = mkdtempSync(join(tmpdir(), 'at-bench-gen-'));
const file = join(dir, 'appendix-300.xlsx');
let report: ScannedReport;
let grid: WorkbookGrid;

async function partText(path: string, part: string): Promise<string> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== part) continue;
      let text = '';
      const stream = await zip.openReadStreamPromise(entry);
      stream.setEncoding('utf8');
      for await (const chunk of stream) text += chunk as string;
      return text;
    }
    throw new Error(`no ${part}`);
  } finally {
    zip.close();
  }
}

beforeAll(async () => {
  await generateAppendix(file, TASKS);
  const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
  grid = await readWorkbookFile(file);
  report = buildReport([scanWorkbook(grid, file, settings)], settings);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench appendix generator', () => {
  it('is read by the product as exactly the generated tasks', () => {
    const tables = report.files[0]!.tables;
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const stats = layoutStats(TASKS);
    expect(table.counts.tasks).toBe(TASKS);
    expect(table.tasks).toHaveLength(TASKS);
    expect(table.counts.sections).toBe(stats.sections);
    expect(stats.splitTasks).toBeGreaterThan(0);
    expect(table.counts.continuations).toBe(stats.splitTasks);
    expect(table.counts.repeatedHeaders).toBe(stats.repeatedHeaders);
  });

  it('numbers some sections "(n)" and others plainly', () => {
    const nos = report.files[0]!.tables[0]!.tasks.map((t) => t.no);
    expect(nos.some((no) => /^\(\d+\)$/.test(no))).toBe(true);
    expect(nos.some((no) => /^\d+$/.test(no))).toBe(true);
  });

  it('numbers sections with Roman numerals the product reads, even the thousands of a 1,000,000-task file', () => {
    const sections = layoutStats(1_000_000).sections;
    for (let n = 1; n <= sections; n++) expect(parseSttText(sectionLabel(n)).style).toBe('roman');
    expect(report.files[0]!.tables[0]!.sections!.map((s) => s.no)).toEqual(['I', 'II']);
  });

  it('merges every split task back into its whole text, split at a word boundary', () => {
    const table = report.files[0]!.tables[0]!;
    const merged = table.issues.filter((i) => i.code === 'continuation-merged');
    expect(merged.length).toBeGreaterThan(0);
    expect(table.issues.some((i) => i.code === 'repeated-header')).toBe(true);
    const split = table.tasks.filter((t) => t.rows.length > 1);
    expect(split).toHaveLength(merged.length);
    table.tasks.forEach((t, i) => expect(t.task).toBe(taskText(i + 1)));
    for (const t of split) {
      // The first row holds whole words: the text up to a space, the rest on the continuation row.
      const [firstRow, restRow] = t.rows.map((r) => grid.sheets[0]!.rows[r - 1]![1]!.text);
      expect([firstRow, restRow]).toEqual(splitText(t.task));
      expect(t.task.startsWith(`${firstRow} `)).toBe(true);
    }
  });

  it('writes task texts of 100–400 characters', () => {
    const lengths = report.files[0]!.tables[0]!.tasks.map((t) => t.task.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
    expect(new Set(lengths).size).toBeGreaterThan(50);
  });

  it('holds shared and inline strings, a style on every cell and Excel-like row attributes', async () => {
    const sheet = await partText(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('t="s"');
    expect(sheet).toContain('t="inlineStr"');
    expect(sheet).toMatch(/<row r="\d+" spans="1:7" ht="[\d.]+" customHeight="1">/);
    const cells = sheet.match(/<c [^>]*>/g)!;
    expect(cells.every((c) => / s="\d+"/.test(c))).toBe(true);
    expect(await partText(file, 'xl/sharedStrings.xml')).toContain('Cơ quan chủ trì');
  });

  it('generates the same bytes for the same size and seed', async () => {
    const again = join(dir, 'again.xlsx');
    await generateAppendix(again, TASKS);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    expect(appendixPath(dir, TASKS)).toMatch(/appendix-g\d+-s1-300\.xlsx$/);
  });

  it('opens in ExcelJS with the same task texts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const table = report.files[0]!.tables[0]!;
    for (const t of table.tasks.filter((x) => x.rows.length === 1).slice(0, 5)) {
      expect(ws.getRow(t.row).getCell(2).text).toBe(t.task);
      expect(ws.getRow(t.row).getCell(5).text).toBe(t.lead);
    }
    expect(ws.getRow(5).getCell(1).text).toBe('STT');
    expect(ws.getRow(5).getCell(1).font?.bold).toBe(true);
  });
});
