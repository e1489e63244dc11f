import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJsWorkbookPort, SETTINGS_SHEET } from '../../src/excelJsPort/excelJsWorkbookPort';
import { buildHighlightPlan } from '../../src/core/plans/highlightPlan';
import { summarySheetPlan } from '../../src/core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../src/core/plans/taskSheetPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import type { ScannedFile } from '../../src/core/report/schema';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { settings } from '../helpers/scan';
import { HostError } from '../../src/workbookPort/hostError';
import { rawXlsx, rowsXml, SMALL_TABLE } from '../helpers/rawXlsx';
import { targetOf } from '../helpers/scanTarget';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample', 'phu-luc-mau.xlsx');
const S = settings({ asOf: '2026-05-01' });

async function open(bytes: Uint8Array = readFileSync(SAMPLE)) {
  const port = await ExcelJsWorkbookPort.fromBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    'phu-luc-mau.xlsx',
  );
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, S);
  return { port, report, read, target: targetOf(read, report) };
}

const request = (report: ScannedFile) => ({
  lang: 'vi' as const,
  tasks: taskSheetPlan([report], 'vi'),
  summary: summarySheetPlan([report], 'vi', S.asOf, S.dueSoonDays),
});

/** A conditional format of the person's own on A1:A2 (the add-in never takes it for one of its marks). */
function withOwnFormat(sheet: ExcelJS.Worksheet): ExcelJS.Worksheet {
  sheet.addConditionalFormatting({
    ref: 'A1:A2',
    rules: [{ type: 'expression', priority: 1, formulae: ['A1>0'], style: {} }],
  });
  return sheet;
}

describe('the browser workbook port (ExcelJS)', () => {
  it('reads what the command line reads', async () => {
    const { report } = await open();
    const cli = scanWorkbook(await readWorkbookFile(SAMPLE), 'x', S);
    expect(report.tables).toEqual(cli.tables);
  });

  it("adds tracking columns, but never over a data validation rule of the person's own", async () => {
    const { port, report, target } = await open();
    const t = report.tables[0]!;
    const last = t.headerRow + t.counts.tasks;
    const right = t.range.split(':')[1]!.replace(/\d+/g, '');
    const request = {
      sheet: t.sheet,
      headerRow: t.headerRow,
      lastRow: last,
      afterColumn: right,
      headers: { status: 'Tình hình thực hiện', completedOn: 'Ngày hoàn thành' },
      statusOptions: ['Hoàn thành', 'Chưa thực hiện'],
    };
    const ws = port.workbook.getWorksheet(t.sheet)!;
    const statusCol = ws.getColumn(right).number + 1;
    ws.getCell(t.headerRow + 2, statusCol).dataValidation = { type: 'list', formulae: ['"Có,Không"'] };
    await expect(port.addTrackingColumns(request, target)).rejects.toMatchObject({ code: 'columns-not-empty' });
    expect(ws.getCell(t.headerRow + 2, statusCol).dataValidation.formulae).toEqual(['"Có,Không"']);
    ws.getCell(t.headerRow + 2, statusCol).dataValidation = undefined as never;
    await expect(port.addTrackingColumns(request, target)).resolves.toBeTruthy();
  });

  it('highlights with marked formats, clears only those, and survives a save', async () => {
    const { port, report, target } = await open();
    const sheet = withOwnFormat(port.workbook.worksheets[0]!);
    const plan = buildHighlightPlan(report);
    await port.applyHighlights(plan, target);
    expect([...port.highlightsOf(sheet.name).values()].filter((k) => k === 'overdue').length).toBeGreaterThan(0);
    const reopened = await open(await port.toBytes());
    expect(reopened.port.highlightsOf(sheet.name).size).toBe(port.highlightsOf(sheet.name).size);
    expect((await reopened.port.clearHighlights()).removed).toBeGreaterThan(0);
    expect(reopened.port.highlightsOf(sheet.name).size).toBe(0);
    const left = (reopened.port.workbook.worksheets[0] as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(left.map((c) => c.ref)).toEqual(['A1:A2']);
  });

  it('summarises into one set of sheets, run after run and after a save, never over a sheet of the person', async () => {
    const { port, report } = await open();
    const mine = port.workbook.addWorksheet('Tổng hợp Phụ lục');
    mine.getCell('A1').value = 'Của tôi';
    const first = await port.writeSummary(request(report));
    expect(first.summarySheet.name).toBe('Tổng hợp Phụ lục (2)');
    expect(first.missing).toEqual(['pivotTables', 'charts']);
    const again = await open(await port.toBytes());
    await again.port.writeSummary(request(again.report));
    const names = again.port.workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('Nhiệm vụ (tổng hợp)'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('Tổng hợp Phụ lục'))).toEqual(['Tổng hợp Phụ lục', 'Tổng hợp Phụ lục (2)']);
    expect(again.port.workbook.getWorksheet('Tổng hợp Phụ lục')!.getCell('A1').value).toBe('Của tôi');
    expect(again.port.visibleSheets().map((w) => w.name)).not.toContain(SETTINGS_SHEET);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await again.port.toBytes()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SETTINGS_SHEET)!.state).toBe('veryHidden');
  });
});

describe('Names and the selection in the playground’s workbook', () => {
  it('keeps Names through a download, and reads the grid’s selection with the block around a cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc tuần');
    ws.addRows([['Số', 'Việc', 'Ai làm', 'Khi nào'], ['1', 'Họp', 'Tổ 1', 'Thứ hai'], [], ['x']]);
    const port = new ExcelJsWorkbookPort(wb, 'v.xlsx');
    await port.writeNames([{ name: 'AppendixTracker_T1', sheet: 'Việc tuần', address: 'A1:D2' }], []);
    await port.writeNames([{ name: 'AppendixTracker_T1', sheet: 'Việc tuần', address: 'A1:D3' }], []);
    const bytes = await port.toBytes();
    const again = await ExcelJsWorkbookPort.fromBytes(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      'v.xlsx',
    );
    expect(await again.resolveNames(['AppendixTracker_T1', 'AppendixTracker_T2'])).toEqual({
      AppendixTracker_T1: { sheet: 'Việc tuần', address: 'A1:D3' },
      AppendixTracker_T2: null,
    });
    await again.writeNames([], ['AppendixTracker_T1']);
    expect((await again.resolveNames(['AppendixTracker_T1'])).AppendixTracker_T1).toBeNull();
    port.setSelection('Việc tuần', 'B2');
    expect(await port.readSelection()).toEqual({
      sheet: 'Việc tuần',
      sheetId: '1',
      address: 'B2',
      areas: 1,
      region: 'A1:D2',
    });
    port.setSelection('Việc tuần', 'A1:D2');
    expect(await port.readSelection()).toEqual({ sheet: 'Việc tuần', sheetId: '1', address: 'A1:D2', areas: 1 });
  });
});

describe('the browser port within the read limits', () => {
  const arrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

  it('refuses a merge over A20:XFD1048576 before ExcelJS builds its cells, naming the limit', async () => {
    const bytes = await rawXlsx(rowsXml(SMALL_TABLE), {
      after: '<mergeCells><mergeCell ref="A20:XFD1048576"/></mergeCells>',
    });
    // ExcelJS's reader class (the one every Workbook's `xlsx` is made of, in Node's build).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('exceljs/lib/xlsx/xlsx') as { prototype: { load: () => Promise<unknown> } };
    const load = jest.spyOn(XLSX.prototype, 'load');
    const e = await ExcelJsWorkbookPort.fromBytes(arrayBuffer(bytes), 'gop.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e).toMatchObject({
      code: 'workbook-too-large',
      exceeded: { limit: 'merged-area', max: 1_000_000, sheet: 'Phụ lục' },
    });
    expect(load).not.toHaveBeenCalled();
    load.mockRestore();
  });

  it('reads a table beside one value in XFD1048576 as the command line does', async () => {
    const bytes = await rawXlsx(
      rowsXml(SMALL_TABLE) + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>lạc</t></is></c></row>',
    );
    const port = await ExcelJsWorkbookPort.fromBytes(arrayBuffer(bytes), 'xa.xlsx');
    const { grid } = await port.readWorkbook();
    const tables = scanWorkbook(grid, 'xa.xlsx', settings()).tables;
    expect(tables.map((t) => [t.range, t.tasks.length])).toEqual([['A1:D4', 3]]);
  });
});

describe('what the pane asks of the playground’s workbook (issue 12)', () => {
  it('says whether the add-in’s highlights are there: after a highlight, after a save, not after the clear', async () => {
    const { port, report, target } = await open();
    withOwnFormat(port.workbook.worksheets[0]!);
    expect(await port.hasHighlights()).toBe(false);
    await port.applyHighlights(buildHighlightPlan(report), target);
    expect(await port.hasHighlights()).toBe(true);
    // An earlier session's marks: the workbook saved and opened again.
    const reopened = await open(await port.toBytes());
    expect(await reopened.port.hasHighlights()).toBe(true);
    await reopened.port.clearHighlights();
    expect(await reopened.port.hasHighlights()).toBe(false);
  });

  it('shows a sheet the summary wrote, by id, renamed since too; a deleted one is said', async () => {
    const { port, report } = await open();
    const events: unknown[] = [];
    port.subscribe((e) => events.push(e));
    const { tasksSheet, summarySheet } = await port.writeSummary(request(report));
    port.workbook.getWorksheet(summarySheet.name)!.name = 'Báo cáo tháng 5';
    expect(await port.activateSheet(summarySheet)).toEqual({ id: summarySheet.id, name: 'Báo cáo tháng 5' });
    expect(events.at(-1)).toEqual({ kind: 'activate', sheet: 'Báo cáo tháng 5' });
    port.workbook.removeWorksheet(Number(tasksSheet.id));
    await expect(port.activateSheet(tasksSheet)).rejects.toMatchObject({ code: 'sheet-gone', sheet: tasksSheet.name });
  });
});
