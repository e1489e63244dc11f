/**
 * The report workbook (`scan --out`), written by ExcelJS's streaming writer with our table parts and
 * row XML: read back with ExcelJS (what Excel shows) and opened part by part (what Excel checks).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buildReport } from '../../src/core/scan/buildReport';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import type { ScannedReport } from '../../src/core/report/schema';
import { isoToExcelSerial } from '../../src/core/isoDate';
import { taskSheetPlan } from '../../src/core/plans/taskSheetPlan';
import { issueSheetPlan } from '../../src/core/plans/issueSheetPlan';
import { summarySheetPlan } from '../../src/core/plans/summarySheetPlan';
import {
  argb,
  DATE_FORMAT,
  HEADER_FILL,
  ISSUE_TABLE_STYLE,
  SEVERITY_FILLS,
  TASK_TABLE_STYLE,
} from '../../src/core/plans/sheetStyle';
import { readWorkbookFileWithSettings } from '../../src/files/readWorkbook';
import { REPORT_TABLES, writeReportWorkbookFile } from '../../src/files/writeReportWorkbook';
import { tableRef, tableXml } from '../../src/files/streamedTables';
import { xmlText } from '../../src/files/sheetRowsXml';
import { seedPath } from '../helpers/seeds';

const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });

async function scanReport(paths: string[]): Promise<ScannedReport> {
  const files = [];
  for (const path of paths) {
    const { grid } = await readWorkbookFileWithSettings(path);
    files.push(scanWorkbook(grid, path, settings));
  }
  return buildReport(files, settings);
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

type TableModel = {
  name: string;
  tableRef: string;
  headerRow: boolean;
  columns: { name: string; filterButton: boolean }[];
  style: { theme: string; showRowStripes: boolean };
};
const tableOf = (ws: ExcelJS.Worksheet, name: string) => (ws.getTable(name) as unknown as { table: TableModel }).table;

const dir = mkdtempSync(join(tmpdir(), 'at-report-'));
let n = 0;
const outPath = () => join(dir, `report-${++n}.xlsx`);

describe('report workbook (streamed)', () => {
  let report: ScannedReport;
  let file: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    report = await scanReport([seedPath('002', 'xlsx'), seedPath('003', 'xlsx')]);
    file = outPath();
    await writeReportWorkbookFile(report, 'vi', file);
    wb = await readBack(file);
  });

  it('has the tasks, issues and summary sheets, and leaves no temporary file behind', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Vấn đề', 'Tổng hợp']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the tasks and the issues as Excel tables whose header cells are their column names', () => {
    const tasks = taskSheetPlan(report.files, 'vi', true);
    const issues = issueSheetPlan(report.files, 'vi');
    const cases = [
      [wb.worksheets[0]!, REPORT_TABLES.tasks, tasks, TASK_TABLE_STYLE, true, 'S'],
      [wb.worksheets[1]!, REPORT_TABLES.issues, issues, ISSUE_TABLE_STYLE, false, 'G'],
    ] as const;
    for (const [ws, name, plan, style, stripes, last] of cases) {
      expect((ws.getTables() as unknown as { table: TableModel }[]).map((t) => t.table.name)).toEqual([name]);
      const t = tableOf(ws, name);
      expect(t.tableRef).toBe(`A1:${last}${1 + plan.rows.length}`);
      expect(t.headerRow).toBe(true);
      expect(t.columns.map((c) => c.name)).toEqual(plan.columns.map((c) => c.header));
      expect(t.columns.every((c) => c.filterButton)).toBe(true);
      expect(t.style).toMatchObject({ theme: style, showRowStripes: stripes });
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(plan.columns.map((c) => c.header));
      expect(ws.rowCount).toBe(1 + plan.rows.length);
    }
  });

  it('freezes the header row and sets the print layout', () => {
    for (const ws of wb.worksheets.slice(0, 2)) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.pageSetup).toMatchObject({ printTitlesRow: '1:1' });
    }
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.headerFooter).toMatchObject({ oddHeader: '&L&A', oddFooter: '&C&P / &N' });
    }
    expect(wb.worksheets[2]!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('formats the task columns: widths, wrap/top, text "@", dates as dates', () => {
    const ws = wb.worksheets[0]!;
    const plan = taskSheetPlan(report.files, 'vi', true);
    plan.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      expect(col.width).toBe(c.width);
      expect(col.alignment).toEqual({ wrapText: true, vertical: 'top' });
      if (c.kind === 'text') expect(col.numFmt).toBe('@');
      if (c.kind === 'date') expect(col.numFmt).toBe(DATE_FORMAT);
    });
    const due = plan.columns.findIndex((c) => c.header === 'Hạn');
    const r = plan.rows.findIndex((row) => typeof row[due] === 'string');
    const cell = ws.getRow(r + 2).getCell(due + 1);
    expect(cell.value).toBeInstanceOf(Date);
    // ExcelJS reads a date cell as the UTC midnight of its day.
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(plan.rows[r]![due]);
    expect(cell.numFmt).toBe(DATE_FORMAT);
    expect(cell.alignment).toEqual({ wrapText: true, vertical: 'top' });
    const text = ws.getRow(r + 2).getCell(plan.columns.findIndex((c) => c.header === 'Nhiệm vụ') + 1);
    expect(text.numFmt).toBe('@');
    expect(typeof text.value).toBe('string');
  });

  it('fills the issue rows the plan fills, by severity', () => {
    const ws = wb.worksheets[1]!;
    const plan = issueSheetPlan(report.files, 'vi');
    expect(plan.rowFills.some(Boolean)).toBe(true);
    plan.rowFills.forEach((fill, i) => {
      const row = ws.getRow(i + 2);
      for (let c = 1; c <= plan.columns.length; c++) {
        const f = row.getCell(c).fill as ExcelJS.FillPattern | undefined;
        if (fill) expect(f).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } });
        else expect(f?.pattern ?? 'none').toBe('none');
        expect(row.getCell(c).numFmt).toBe('@');
      }
    });
    expect(Object.values(SEVERITY_FILLS)).toContain(plan.rowFills.find(Boolean));
  });

  it('lays out the summary blocks with fills, borders, percentages and bold totals', () => {
    const ws = wb.worksheets[2]!;
    const plan = summarySheetPlan(report.files, 'vi', report.asOf, report.dueSoonDays);
    expect(ws.getCell('A1').value).toBe(plan.title);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 13 });
    expect(ws.getCell('A2').value).toBe(plan.subtitle);
    expect(ws.getCell('A2').font).toMatchObject({ italic: true });
    let r = 4;
    for (const b of plan.blocks) {
      expect(ws.getCell(r, 1).value).toBe(b.heading);
      expect(ws.getCell(r, 1).font).toMatchObject({ bold: true, size: 12 });
      const header = ws.getRow(r + 1);
      b.columns.forEach((c, i) => {
        const cell = header.getCell(i + 1);
        expect(cell.value).toBe(c.header);
        expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } });
        expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
        expect(cell.font).toMatchObject({ bold: true });
        expect(cell.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
      });
      const total = ws.getRow(r + 2 + b.rows.length);
      expect(total.getCell(2).value).toBe('Tổng cộng');
      expect(total.getCell(3).value).toBe(b.total[2]);
      expect(total.getCell(2).font).toMatchObject({ bold: true });
      const pct = b.columns.findIndex((c) => c.kind === 'percent') + 1;
      expect(ws.getRow(r + 2).getCell(pct).numFmt).toBe('0%');
      expect(ws.getRow(r + 2).getCell(3).border).toMatchObject({ bottom: { style: 'thin' } });
      r += 2 + b.rows.length + 1 + 1;
    }
    expect(ws.getColumn(2).width).toBe(plan.blocks[0]!.columns[1]!.width);
  });

  it('is a well-formed package whose table parts are referenced from their sheets', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const text = (name: string) => zip.file(name)!.async('string');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
      expect([name, XMLValidator.validate(await text(name))]).toEqual([name, true]);
    }
    const types = await text('[Content_Types].xml');
    for (const [sheet, table] of [
      ['sheet1', 'table1'],
      ['sheet2', 'table2'],
    ]) {
      expect(types).toContain(
        `<Override PartName="/xl/tables/${table}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
      const rels = parser.parse(await text(`xl/worksheets/_rels/${sheet}.xml.rels`));
      const rel = [rels.Relationships.Relationship].flat()[0];
      expect(rel).toMatchObject({
        Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
        Target: `../tables/${table}.xml`,
      });
      const xml = await text(`xl/worksheets/${sheet}.xml`);
      // <tableParts> is the worksheet's last element, pointing at that relationship.
      expect(xml).toMatch(new RegExp(`<tableParts count="1"><tablePart r:id="${rel.Id}"/></tableParts></worksheet>$`));
      // Header cells are shared strings, as Excel stores a table's header.
      const header = /<row r="1"[^>]*>(.*?)<\/row>/.exec(xml)![1]!;
      expect([...header.matchAll(/<c [^>]*>/g)].every((m) => m[0].includes('t="s"'))).toBe(true);
      const part = parser.parse(await text(`xl/tables/${table}.xml`)).table;
      const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
      expect(part.ref).toBe(`A1:${part.ref.split(':')[1]!.replace(/\d+$/, '')}${rows[rows.length - 1]}`);
      expect(part.autoFilter.ref).toBe(part.ref);
      const names = [part.tableColumns.tableColumn].flat().map((c: { name: string }) => c.name);
      expect(Number(part.tableColumns.count)).toBe(names.length);
      expect(new Set(names.map((s: string) => s.toLowerCase())).size).toBe(names.length);
    }
    const ids = await Promise.all(
      ['table1', 'table2'].map(async (t) => (await text(`xl/tables/${t}.xml`)).match(/ id="(\d+)"/)![1]),
    );
    expect(ids).toEqual(['1', '2']);
  });

  it('is never read back as an appendix by the scanner', async () => {
    const again = await scanReport([file]);
    expect(again.files[0]!.tables).toEqual([]);
  });
});

describe('report workbook edge cases', () => {
  it('writes valid tables with one empty row when there are no tasks and no issues', async () => {
    const file = outPath();
    await writeReportWorkbookFile(buildReport([], settings), 'en', file);
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tasks', 'Issues', 'Summary']);
    const tasks = tableOf(wb.worksheets[0]!, REPORT_TABLES.tasks);
    expect(tasks.tableRef).toBe('A1:S2');
    expect(tasks.columns.map((c) => c.name)).toEqual(taskSheetPlan([], 'en', true).columns.map((c) => c.header));
    expect(tableOf(wb.worksheets[1]!, REPORT_TABLES.issues).tableRef).toBe('A1:G2');
    expect(wb.worksheets[0]!.rowCount).toBe(2);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<row r="2"');
  });

  it('writes the dates of the plan whatever the time zone (ExcelJS shifts local midnight east of UTC)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const report = await scanReport([seedPath('002', 'xlsx')]);
      const file = outPath();
      await writeReportWorkbookFile(report, 'vi', file);
      const plan = taskSheetPlan(report.files, 'vi', true);
      const due = plan.columns.findIndex((c) => c.kind === 'date' && c.header === 'Hạn');
      const r = plan.rows.findIndex((row) => typeof row[due] === 'string');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const ref = `M${r + 2}`;
      const v = new RegExp(`<c r="${ref}" s="\\d+"><v>([^<]*)</v>`).exec(sheet)![1];
      expect(Number(v)).toBe(isoToExcelSerial(plan.rows[r]![due] as string));
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('fails without touching the target: a missing folder is named, a broken plan leaves the old file', async () => {
    const report = await scanReport([seedPath('002', 'xlsx')]);
    const missing = join(dir, 'no-such-folder', 'r.xlsx');
    await expect(writeReportWorkbookFile(report, 'vi', missing)).rejects.toThrow(/no-such-folder[\\/]r\.xlsx/);
    const target = join(dir, 'keep.xlsx');
    writeFileSync(target, 'old');
    const broken: ScannedReport = structuredClone(report);
    broken.files[0]!.tables[0]!.tasks[0]!.deadline.due = 'not-a-date';
    await expect(writeReportWorkbookFile(broken, 'vi', target)).rejects.toThrow(/not an ISO date/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    await expect(writeReportWorkbookFile(broken, 'vi', target, { replace: true })).rejects.toThrow(/not an ISO date/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(missing)).toBe(false);
  });

  it('never replaces a file that is there unless asked to, even one that appeared while it wrote', async () => {
    const report = await scanReport([seedPath('002', 'xlsx')]);
    const target = join(dir, 'appeared.xlsx');
    writeFileSync(target, 'someone else');
    await expect(writeReportWorkbookFile(report, 'vi', target)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('someone else');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await writeReportWorkbookFile(report, 'vi', target, { replace: true });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('table part and cell XML', () => {
  const t = {
    name: 'VanDe',
    columns: ['Tệp', 'A & B', '"Mã"'],
    rowCount: 3,
    style: 'TableStyleLight9',
    stripes: false,
  };

  it('escapes column names and covers the header and every row', () => {
    expect(tableRef(t)).toBe('A1:C4');
    const xml = tableXml(2, t);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<tableColumn id="2" name="A &amp; B"/>');
    expect(xml).toContain('<tableColumn id="3" name="&quot;Mã&quot;"/>');
    expect(xml).toContain('ref="A1:C4"');
    expect(xml).toContain('showRowStripes="0"');
  });

  it('refuses what Excel would repair: repeated or empty column names, a table with no body', async () => {
    const { StreamedTables } = await import('../../src/files/streamedTables');
    // Nothing is committed: the writer's output goes nowhere.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const ws = wb.addWorksheet('x');
    const tables = new StreamedTables(wb);
    expect(() => tables.add(ws, { ...t, columns: ['STT', 'stt'] })).toThrow(/column name/);
    expect(() => tables.add(ws, { ...t, columns: ['STT', ' '] })).toThrow(/column name/);
    expect(() => tables.add(ws, { ...t, rowCount: 0 })).toThrow(/data row/);
    expect(() => tables.add(ws, { ...t, name: 'Vấn đề' })).toThrow(/table name/);
    tables.add(ws, t);
    expect(() => tables.add(ws, { ...t, name: 'NhiemVu' })).toThrow(/one streamed table/);
  });

  it('escapes text as ExcelJS does and drops the control characters XML cannot carry', () => {
    expect(xmlText('Sở Y tế')).toBe('Sở Y tế');
    expect(xmlText('a<b & "c" \'d\'\u0001')).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;');
  });
});
