import type { Lang } from '../../src/core/i18n/lang';
import { buildHighlightPlan, expandRange } from '../../src/core/plans/highlightPlan';
import { summarySheetPlan } from '../../src/core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../src/core/plans/taskSheetPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import type { ScannedFile } from '../../src/core/report/schema';
import { chunkRowsByBytes, MAX_READ_RESPONSE_BYTES } from '../../src/excel/chunking';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { targetOf } from '../helpers/scanTarget';
import { officeCell, parseAreas } from '../../src/excel/readSheets';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { HostError } from '../../src/workbookPort/hostError';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { fakeWorkbookFromXlsx } from '../fakeExcel/fromXlsx';
import {
  addSheet,
  cellOf,
  ensureCell,
  key,
  newWorkbook,
  parseAddress,
  sheetFromRows,
  type WorkbookModel,
} from '../fakeExcel/model';
import { settings } from '../helpers/scan';
import { seedPath } from '../helpers/seeds';
import { appendixRows as appendixOf } from '../helpers/appendixRows';
import { reportMeasure } from '../helpers/measures';

const SETTINGS = settings({ asOf: '2026-05-01' });

async function scanThroughFake(model: WorkbookModel, apiVersion = '1.13') {
  const host = new FakeExcelHost(model, apiVersion);
  const port = new OfficeWorkbookPort(host);
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, SETTINGS);
  return { host, port, report, read, target: targetOf(read, report) };
}

/** Tracking columns right of column E of the 6-task appendix on sheet PL. */
function trackingRequest(headerRow: number) {
  return {
    sheet: 'PL',
    headerRow,
    lastRow: headerRow + 6,
    afterColumn: 'E',
    headers: { status: 'Tình hình thực hiện', completedOn: 'Ngày hoàn thành' },
    statusOptions: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
  };
}

function summaryRequest(report: ScannedFile, lang: Lang = 'vi') {
  return {
    lang,
    tasks: taskSheetPlan([report], lang),
    summary: summarySheetPlan([report], lang, SETTINGS.asOf, SETTINGS.dueSoonDays),
  };
}

/** Every cell a kind of marked conditional format covers on a sheet. */
function markedCells(model: WorkbookModel, sheet: string, kind: string): Set<string> {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const cells = new Set<string>();
  for (const cf of s.conditionalFormats)
    if (cf.formula?.includes(`appendix-tracker:${kind}`))
      for (const r of cf.ranges) for (const c of expandRange(r)) cells.add(c);
  return cells;
}

const appendixRows = (n: number) =>
  appendixOf(n, {
    taskTail: 'về chuyển đổi số và cải cách hành chính',
    noLeadEvery: 10,
    coordinating: '- Sở Nội vụ; - Sở Tư pháp',
  });

describe('Office adapter on the seed workbooks', () => {
  for (const seed of ['000', '001', '002', '003']) {
    it(`seed ${seed}: scan through Office.js gives what the command line gives`, async () => {
      const path = seedPath(seed, 'xlsx');
      const cli = scanWorkbook(await readWorkbookFile(path), 'x', SETTINGS);
      const { report } = await scanThroughFake(await fakeWorkbookFromXlsx(path));
      expect(report.tables.length).toBeGreaterThan(0);
      expect(report.tables).toEqual(cli.tables);
    });
  }

  it('reads the same without the newer API sets (no merged areas, no cell properties)', async () => {
    const path = seedPath('002', 'xlsx');
    const full = (await scanThroughFake(await fakeWorkbookFromXlsx(path))).report;
    const old = (await scanThroughFake(await fakeWorkbookFromXlsx(path), '1.4')).report;
    expect(old.tables.map((t) => t.counts.tasks)).toEqual(full.tables.map((t) => t.counts.tasks));
  });

  it('highlights exactly the flagged tasks and clears only its own formats', async () => {
    const model = await fakeWorkbookFromXlsx(seedPath('001', 'xlsx'));
    const sheet = model.sheets[0]!;
    // The person's own formatting: a fill on a cell and a conditional format of their own.
    const own = sheet.cells.get(key(5, 1))!;
    own.fill = '#00FF00';
    sheet.conditionalFormats.push({ id: 'mine', ranges: ['A1:A3'], type: 'Custom', formula: '=A1>0', fill: '#123456' });
    const { port, report, target } = await scanThroughFake(model);
    const plan = buildHighlightPlan(report);
    const result = await port.applyHighlights(plan, target);
    expect(result.missing).toEqual([]);
    const table = report.tables[0]!;
    const [left, right] = table.range.split(':').map((a) => a.replace(/\d+/g, '')) as [string, string];
    const expectCells = (state: string) => {
      const cells = new Set<string>();
      for (const t of table.tasks)
        if (t.state === state)
          for (const r of t.rows) for (const c of expandRange(`${left}${r}:${right}${r}`)) cells.add(c);
      return cells;
    };
    expect(markedCells(model, sheet.name, 'overdue')).toEqual(expectCells('open-overdue'));
    expect(markedCells(model, sheet.name, 'due-soon')).toEqual(expectCells('open-due-soon'));
    expect(markedCells(model, sheet.name, 'overdue').size).toBeGreaterThan(0);
    // Applying again replaces, never stacks.
    const before = sheet.conditionalFormats.length;
    await port.applyHighlights(plan, target);
    expect(sheet.conditionalFormats.length).toBe(before);

    const { removed } = await port.clearHighlights();
    expect(removed).toBe(before - 1);
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual(['mine']);
    expect(sheet.cells.get(key(5, 1))!.fill).toBe('#00FF00');
  });

  it('marks the lead cell of tasks without a lead', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', appendixRows(20));
    const { port, report, target } = await scanThroughFake(model);
    await port.applyHighlights(buildHighlightPlan(report), target);
    const unassigned = report.tables[0]!.tasks.filter((t) => !t.lead).map((t) => `D${t.row}`);
    expect([...markedCells(model, 'PL', 'unassigned')].sort()).toEqual(unassigned.sort());
  });

  it('summarises into its own sheets, and a second run updates them instead of adding more', async () => {
    const model = await fakeWorkbookFromXlsx(seedPath('003', 'xlsx'));
    const userSheets = model.sheets.length;
    const { port, report } = await scanThroughFake(model);
    const first = await port.writeSummary(summaryRequest(report));
    expect(first.pivotTables).toBe(2);
    expect(first.chart).toBe(true);
    expect(model.sheets.length).toBe(userSheets + 2);
    expect(model.tables).toHaveLength(1);
    expect(model.pivots.map((p) => [p.rows, p.columns, p.data.map((d) => d.summarizeBy)])).toEqual([
      [['Cơ quan chủ trì'], ['Trạng thái'], ['Sum']],
      [['Lãnh đạo chỉ đạo'], ['Trạng thái'], ['Sum']],
    ]);
    const tasks = model.sheets.find((s) => s.name === first.tasksSheet.name)!;
    const table = model.tables[0]!;
    expect(parseAddress(table.address).bottom).toBe(report.tables[0]!.tasks.length);
    // The due date is a real date (a serial number with a date format).
    const dueCol = taskSheetPlan([report], 'vi').columns.findIndex((c) => c.header === 'Hạn');
    const dueCell = [...Array(report.tables[0]!.tasks.length).keys()]
      .map((i) => cellOf(tasks, i + 1, dueCol))
      .find((c) => c && c.value !== null)!;
    expect(typeof dueCell.value).toBe('number');
    expect(dueCell.numberFormat).toBe('dd/mm/yyyy');
    // Summary numbers: the "Tổng cộng" row of the by-lead block counts every task.
    const summary = model.sheets.find((s) => s.name === first.summarySheet.name)!;
    let total: unknown = null;
    for (let r = 0; r < 400 && total === null; r++)
      if (cellOf(summary, r, 1)?.value === 'Tổng cộng') total = cellOf(summary, r, 2)?.value;
    expect(total).toBe(75);

    const second = await port.writeSummary(summaryRequest(report));
    expect(second.tasksSheet.name).toBe(first.tasksSheet.name);
    expect(second.summarySheet.name).toBe(first.summarySheet.name);
    expect(model.sheets.length).toBe(userSheets + 2);
    expect(model.tables).toHaveLength(1);
    expect(model.pivots).toHaveLength(2);
    expect(model.charts).toHaveLength(1);
    expect(JSON.parse(String(model.settings.get(SETTINGS_KEY))).ownedSheets.tasks).toBe(tasks.id);
  });

  it('leaves a sheet the person made under our name alone and picks a free name', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', appendixRows(12));
    const mine = addSheet(model, 'Tổng hợp Phụ lục');
    mine.cells.set(key(0, 0), { value: 'Của tôi', numberFormat: 'General' });
    const { port, report } = await scanThroughFake(model);
    const result = await port.writeSummary(summaryRequest(report));
    expect(result.summarySheet.name).toBe('Tổng hợp Phụ lục (2)');
    expect(mine.cells.size).toBe(1);
    expect(cellOf(mine, 0, 0)!.value).toBe('Của tôi');
    // Renamed by the person, our sheet is still ours on the next run.
    model.sheets.find((s) => s.name === result.summarySheet.name)!.name = 'Báo cáo tháng 5';
    const again = await port.writeSummary(summaryRequest(report));
    expect(again.summarySheet.name).toBe('Báo cáo tháng 5');
    expect(model.sheets).toHaveLength(4);
  });

  it('writes text that looks like a formula as text', async () => {
    const model = newWorkbook();
    const rows = appendixRows(5);
    rows[3]![4] = '=SUM(1,2)';
    rows[4]![3] = '+ Sở Y tế';
    rows[5]![3] = '@Sở Xây dựng';
    sheetFromRows(model, 'PL', rows);
    const { port, report } = await scanThroughFake(model);
    const result = await port.writeSummary(summaryRequest(report));
    const tasks = model.sheets.find((s) => s.name === result.tasksSheet.name)!;
    const texts = [...tasks.cells.values()].filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(texts.map((c) => c.value)).toEqual(expect.arrayContaining(['=SUM(1, 2)', '+ Sở Y tế', '@Sở Xây dựng']));
    expect([...tasks.cells.values()].filter((c) => c.formula || c.error)).toEqual([]);
  });

  it('adds tracking columns only into empty cells, and the rescan maps them', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', appendixRows(6));
    const { host, port, report, target } = await scanThroughFake(model);
    const t = report.tables[0]!;
    const request = trackingRequest(t.headerRow);
    expect(await port.addTrackingColumns(request, target)).toMatchObject({ status: 'F', completedOn: 'G' });
    expect(cellOf(model.sheets[0]!, t.headerRow, 5)!.dataValidation).toContain('Đang thực hiện');
    const rescan = scanWorkbook((await port.readWorkbook()).grid, 'x', SETTINGS);
    expect(rescan.tables[0]!.columns).toMatchObject({ status: 'F', completedOn: 'G' });
    // A second request finds the cells taken and refuses.
    await expect(port.addTrackingColumns({ ...request, afterColumn: 'D' }, target)).rejects.toMatchObject({
      code: 'columns-not-empty',
    });
    expect(host.syncs.length).toBeGreaterThan(0);
  });

  it('never replaces a data validation rule the person put on the empty cells beside the table', async () => {
    const model = newWorkbook();
    const sheet = sheetFromRows(model, 'PL', appendixRows(6));
    const { port, report, target } = await scanThroughFake(model);
    const t = report.tables[0]!;
    // The person's own dropdown on an empty cell of the future status column.
    ensureCell(sheet, t.headerRow + 2, 5).dataValidation = JSON.stringify({ list: { source: 'Có,Không' } });
    const request = trackingRequest(t.headerRow);
    await expect(port.addTrackingColumns(request, target)).rejects.toMatchObject({ code: 'columns-not-empty' });
    expect(cellOf(sheet, t.headerRow + 2, 5)!.dataValidation).toContain('Có,Không');
    expect(cellOf(sheet, t.headerRow - 1, 5)?.value ?? null).toBeNull(); // nothing written
  });

  it('leaves no half-written sheet when a summary fails midway', async () => {
    const syncsOfASummary = async () => {
      const model = newWorkbook();
      sheetFromRows(model, 'PL', appendixRows(6));
      const { host, port, report } = await scanThroughFake(model);
      await port.writeSummary(summaryRequest(report));
      return host.lastRun().length;
    };
    const n = await syncsOfASummary();
    for (const failAt of [n - 1, n]) {
      const model = newWorkbook();
      sheetFromRows(model, 'PL', appendixRows(6));
      const { host, port, report } = await scanThroughFake(model);
      host.failSync = failAt;
      await expect(port.writeSummary(summaryRequest(report))).rejects.toBeTruthy();
      expect(model.sheets.map((s) => s.name)).toEqual(['PL']);
      expect(model.tables).toEqual([]);
    }
  });

  it('keeps settings in the workbook', async () => {
    const model = newWorkbook();
    const host = new FakeExcelHost(model);
    const port = new OfficeWorkbookPort(host);
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({
      version: 2,
      asOf: '2026-06-30',
      dueSoonDays: 10,
      leaderByLead: { 'Sở Y tế': 'PCT Nguyễn Văn A' },
      tableCorrections: [
        { name: 'AppendixTracker_T1', sheet: 'PL', range: 'A3:F9', action: 'table', headerOffset: 0, columns: [] },
      ],
      ownedSheets: {},
    });
    const again = await new OfficeWorkbookPort(new FakeExcelHost(model)).loadSettings();
    expect(again).toMatchObject({
      asOf: '2026-06-30',
      dueSoonDays: 10,
      leaderByLead: { 'Sở Y tế': 'PCT Nguyễn Văn A' },
      tableCorrections: [{ name: 'AppendixTracker_T1', range: 'A3:F9', headerOffset: 0 }],
    });
  });

  it('reads column corrections stored by the previous version as corrections of their tables', async () => {
    const model = newWorkbook();
    model.settings.set(
      SETTINGS_KEY,
      JSON.stringify({
        version: 1,
        dueSoonDays: 5,
        columnOverrides: [{ sheet: 'PL', headerRow: 3, field: 'lead', column: 'D' }],
      }),
    );
    const loaded = await new OfficeWorkbookPort(new FakeExcelHost(model)).loadSettings();
    expect(loaded).toMatchObject({
      version: 2,
      dueSoonDays: 5,
      tableCorrections: [
        { sheet: 'PL', range: 'A3:D3', action: 'found', headerOffset: 0, columns: [{ field: 'lead', offset: 3 }] },
      ],
    });
  });

  it('selects a cell on its sheet', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'A', [['x']]);
    sheetFromRows(model, 'B', [['y']]);
    const port = new OfficeWorkbookPort(new FakeExcelHost(model));
    const read = await port.readWorkbook();
    expect(await port.selectCell(read.sheets[1]!, 'D12')).toEqual(read.sheets[1]);
    expect(model.active).toBe('B');
    expect(model.selection).toEqual({ sheet: 'B', address: 'D12' });
  });

  it('explains a protected sheet instead of failing obscurely', async () => {
    const model = newWorkbook();
    const s = sheetFromRows(model, 'PL', appendixRows(5));
    s.protected = true;
    const { port, report, target } = await scanThroughFake(model);
    const err = await port.applyHighlights(buildHighlightPlan(report), target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('protected');
  });

  it('says what the host lacks instead of failing', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', appendixRows(12));
    const { port, report, target } = await scanThroughFake(model, '1.4');
    expect(await port.applyHighlights(buildHighlightPlan(report), target)).toEqual({
      applied: 0,
      missing: ['conditionalFormats'],
      seen: [],
    });
    const result = await port.writeSummary(summaryRequest(report));
    expect(result.missing).toContain('pivotTables');
    expect(result.pivotTables).toBe(0);
    expect(model.pivots).toHaveLength(0);
  });
});

describe('sync counts', () => {
  async function counts(rows: number) {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', appendixRows(rows));
    const host = new FakeExcelHost(model);
    const port = new OfficeWorkbookPort(host);
    const read = await port.readWorkbook();
    const readSyncs = host.lastRun();
    const report = scanWorkbook(read.grid, 'x', SETTINGS);
    await port.applyHighlights(buildHighlightPlan(report), targetOf(read, report));
    const highlightSyncs = host.lastRun();
    const request = summaryRequest(report);
    await port.writeSummary(request);
    const summarySyncs = host.lastRun();
    return {
      readSyncs,
      highlightSyncs,
      summarySyncs,
      writeChunks: chunkRowsByBytes(request.tasks.rows, 1024 * 1024).length,
      tasks: report.tables[0]!.tasks.length,
    };
  }

  it('reads on when cells further down are longer than the chunk was sized for (the web refuses it, then smaller)', async () => {
    const wb = newWorkbook();
    const long = 'Nhiệm vụ chuyển đổi số toàn diện của các cơ quan, đơn vị. '.repeat(140); // ~8,000 characters
    const rows: (string | number | null)[][] = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
    for (let i = 1; i <= 2000; i++) rows.push([i, `Việc ${i}`, 'Sở Y tế', 'Quý IV/2026']);
    for (let i = 2001; i <= 2200; i++) rows.push([i, long, long, long]);
    sheetFromRows(wb, 'Dài', rows);
    const host = new FakeExcelHost(wb, '1.13');
    const read = await new OfficeWorkbookPort(host).readWorkbook();
    const grid = read.grid.sheets[0]!;
    expect(grid.rows).toHaveLength(2201);
    expect(grid.rows[2200]![1]!.text).toBe(long);
    expect(host.syncs.some((s) => s.responseBytes === 0 || s.responseBytes > 5 * 1024 * 1024)).toBe(true); // one refused
  });

  it('is a fixed number plus one per chunk, for 100 and for 50,000 rows', async () => {
    const small = await counts(100);
    const large = await counts(50_000);
    expect(large.tasks).toBe(50_000);
    for (const run of [small, large]) {
      // Read: the sheet list, the used ranges, then one sync per chunk of cells.
      const chunks = run.readSyncs.filter((s) => s.cellsRead > 0).length;
      expect(run.readSyncs.length).toBe(2 + chunks);
      // Each response under 2 MiB, the first chunk (1,000 cells, unmeasured) included.
      for (const s of run.readSyncs) expect(s.responseBytes).toBeLessThan(MAX_READ_RESPONSE_BYTES);
      // Summarise: settings, sheets (2), one per ~1 MB of task rows, and the finishing sync, which also
      // records the sheets as the add-in's.
      expect(run.summarySyncs.length).toBe(4 + run.writeChunks);
      for (const s of run.summarySyncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(small.readSyncs).toHaveLength(3);
    // 50,000 rows are read in a handful of chunks, not thousands of syncs.
    expect(large.readSyncs.length).toBeLessThan(25);
    // Highlighting: clear (list, formats, formulas, deletes), then one sync per 2,000 ranges.
    expect(small.highlightSyncs.length).toBe(large.highlightSyncs.length);
    reportMeasure(
      `syncs — read: ${small.readSyncs.length} (100 rows) / ${large.readSyncs.length} (50,000 rows); highlight: ${small.highlightSyncs.length} / ${large.highlightSyncs.length}; summarise: ${small.summarySyncs.length} / ${large.summarySyncs.length}; largest read response: ${Math.max(...large.readSyncs.map((s) => s.responseBytes))} bytes`,
    );
  }, 120_000);
});

describe('cells as Office returns them', () => {
  it('reads dates, narrow columns, errors, booleans and empty cells', () => {
    expect(officeCell(46143, '5/1/26', 'm/d/yy', 'Double', false)).toEqual({
      value: 46143,
      text: '01/05/2026',
      date: '2026-05-01',
    });
    expect(officeCell(1234.5, '########', '#,##0.0', 'Double', false)).toEqual({ value: 1234.5, text: '1234.5' });
    expect(officeCell(3, '3', 'General', 'Double', true)).toEqual({ value: 3, text: '3', bold: true });
    expect(officeCell('#N/A', '#N/A', 'General', 'Error', false)).toEqual({ value: '#N/A', text: '#N/A', error: true });
    expect(officeCell(true, 'TRUE', 'General', 'Boolean', false)).toEqual({ value: true, text: 'TRUE' });
    expect(officeCell('', '', 'General', 'Empty', false)).toEqual({ value: null, text: '' });
    expect(officeCell('- Sở Y tế', '- Sở Y tế', '@', 'String', false)).toEqual({
      value: '- Sở Y tế',
      text: '- Sở Y tế',
    });
  });
});

describe('merged-area addresses', () => {
  it('parses Office multi-area addresses, quoted sheet names included', () => {
    expect(parseAreas("'Phụ lục, 1'!A1:C1,'Phụ lục, 1'!B4:B6")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 1, bottom: 5, right: 1 },
    ]);
  });
});

describe('the fake behaves as Office does', () => {
  it('throws on a property read before load and sync, and refuses batches over the web limits', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'S', [['a', 'b']]);
    const host = new FakeExcelHost(model);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['a', 'b']]);
      const big = context.workbook.worksheets.getItem('S').getRange('A1:A3000');
      big.values = Array.from({ length: 3000 }, () => ['x'.repeat(2000)]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(host.syncs.map((s) => s.operations)).toEqual([1, 1]);
  });
});
