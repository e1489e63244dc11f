/**
 * After a scan the person keeps working: renames a sheet, deletes one, inserts rows above a table,
 * sometimes between two syncs of the add-in's own batch. Every operation finds the scanned sheets by
 * id, writes only where the scan read, and refuses with a named reason otherwise.
 */
import { buildHighlightPlan, expandRange } from '../../src/core/plans/highlightPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { HostError } from '../../src/workbookPort/hostError';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import {
  cellOf,
  deleteLines,
  deleteSheet,
  insertLines,
  key,
  newWorkbook,
  renameSheet,
  sheetFromRows,
  type WorkbookModel,
} from '../fakeExcel/model';
import { settings } from '../helpers/scan';
import { targetOf } from '../helpers/scanTarget';
import { appendixRows as appendixOf } from '../helpers/appendixRows';

const SETTINGS = settings({ asOf: '2026-05-01' });

const appendixRows = (n: number) =>
  appendixOf(n, { taskTail: 'về chuyển đổi số', noLeadEvery: 4, coordinating: 'Sở Nội vụ' });

/** Two appendix sheets, scanned through the fake; the port retries at once (no waiting in tests). */
async function scanned() {
  const model = newWorkbook();
  sheetFromRows(model, 'PL 1', appendixRows(9));
  sheetFromRows(model, 'PL 2', appendixRows(6));
  const host = new FakeExcelHost(model);
  const port = new OfficeWorkbookPort(host, { retryDelaysMs: [0, 0] });
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, SETTINGS);
  return { model, host, port, read, report, target: targetOf(read, report), plan: buildHighlightPlan(report) };
}

const sheet = (model: WorkbookModel, name: string) => model.sheets.find((s) => s.name === name)!;

/** Cells covered by the add-in's marked formats of a kind on a sheet. */
function marked(model: WorkbookModel, name: string, kind = 'overdue'): string[] {
  const cells = new Set<string>();
  for (const cf of sheet(model, name).conditionalFormats)
    if (cf.formula?.includes(`appendix-tracker:${kind}`))
      for (const r of cf.ranges) for (const c of expandRange(r)) cells.add(c);
  return [...cells].sort();
}

function trackingRequest(headerRow: number, sheetName = 'PL 1') {
  return {
    sheet: sheetName,
    headerRow,
    lastRow: headerRow + 9,
    afterColumn: 'E',
    headers: { status: 'Tình hình thực hiện', completedOn: 'Ngày hoàn thành' },
    statusOptions: ['Hoàn thành', 'Đang thực hiện'],
  };
}

describe('a sheet renamed after the scan', () => {
  it('is still the one highlighted, and the result gives its new name', async () => {
    const { model, port, target, plan } = await scanned();
    const before = await (async () => {
      const fresh = await scanned();
      await fresh.port.applyHighlights(fresh.plan, fresh.target);
      return marked(fresh.model, 'PL 1');
    })();
    renameSheet(model, sheet(model, 'PL 1'), 'Phụ lục tháng 5');
    const result = await port.applyHighlights(plan, target);
    expect(marked(model, 'Phụ lục tháng 5')).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    expect(result.seen.map((s) => s.name)).toEqual(['Phụ lục tháng 5', 'PL 2']);
  });

  it('is never confused with another sheet that took its old name', async () => {
    const { model, port, target, plan } = await scanned();
    renameSheet(model, sheet(model, 'PL 1'), 'PL 1 (cũ)');
    const impostor = sheetFromRows(model, 'pl 1', [['Một trang khác, đặt lại tên cũ']]);
    await port.applyHighlights(plan, target);
    expect(impostor.conditionalFormats).toEqual([]);
    expect(marked(model, 'PL 1 (cũ)').length).toBeGreaterThan(0);
    // The tracking columns go to the renamed sheet too.
    const t = target.anchors.find((a) => a.sheet === 'PL 1')!;
    const headerRow = Number(/\d+/.exec(t.address)![0]);
    await port.addTrackingColumns(trackingRequest(headerRow), target);
    expect(cellOf(sheet(model, 'PL 1 (cũ)'), headerRow - 1, 5)?.value).toBe('Tình hình thực hiện');
    expect(impostor.cells.size).toBe(1);
  });

  it('is selected by id in one sync, and the new name comes back', async () => {
    const { model, host, port, read } = await scanned();
    renameSheet(model, sheet(model, 'PL 2'), 'Đã đổi');
    expect(await port.selectCell(read.sheets[1]!, 'B5')).toEqual({ id: read.sheets[1]!.id, name: 'Đã đổi' });
    expect(model.selection).toEqual({ sheet: 'Đã đổi', address: 'B5' });
    expect(host.lastRun()).toHaveLength(1);
  });

  it('renamed between two syncs of a read, is read whole under the name it had when the read began', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL 1', appendixRows(9));
    const host = new FakeExcelHost(model);
    host.between(3, (m) => renameSheet(m, m.sheets[0]!, 'Mới'));
    const read = await new OfficeWorkbookPort(host).readWorkbook();
    expect(read.sheets).toEqual([{ id: model.sheets[0]!.id, name: 'PL 1' }]);
    expect(read.grid.sheets[0]!.rows).toHaveLength(12);
  });

  it('Names written for a correction go to the sheet by id, whatever it is called now', async () => {
    const { model, port, read } = await scanned();
    renameSheet(model, sheet(model, 'PL 1'), "Sở's plan");
    await port.writeNames(
      [{ name: 'AppendixTracker_T1', sheet: 'PL 1', sheetId: read.sheets[0]!.id, address: 'A3:E12' }],
      [],
    );
    expect(await port.resolveNames(['AppendixTracker_T1'])).toEqual({
      AppendixTracker_T1: { sheet: "Sở's plan", address: 'A3:E12' },
    });
  });
});

describe('a sheet deleted after the scan', () => {
  it('refuses the highlights by its name, and nothing is written on any sheet', async () => {
    const { model, port, target, plan } = await scanned();
    await port.applyHighlights(plan, target);
    const kept = marked(model, 'PL 2');
    deleteSheet(model, sheet(model, 'PL 1'));
    const err = await port.applyHighlights(plan, target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'sheet-gone', sheet: 'PL 1' });
    // The other sheet's marks are as they were: not cleared, not added again.
    expect(marked(model, 'PL 2')).toEqual(kept);
  });

  it('refuses tracking columns and the selection of its cells by its name', async () => {
    const { model, port, read, target } = await scanned();
    deleteSheet(model, sheet(model, 'PL 1'));
    await expect(port.addTrackingColumns(trackingRequest(3), target)).rejects.toMatchObject({
      code: 'sheet-gone',
      sheet: 'PL 1',
    });
    await expect(port.selectCell(read.sheets[0]!, 'A4')).rejects.toMatchObject({ code: 'sheet-gone', sheet: 'PL 1' });
    expect(sheet(model, 'PL 2').cells.get(key(2, 5))).toBeUndefined();
  });

  it('deleted between two syncs of the highlight, it is named as well, and the other sheet keeps its marks', async () => {
    const { model, host, port, target, plan } = await scanned();
    host.between(2, (m) => deleteSheet(m, m.sheets[0]!));
    await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'sheet-gone', sheet: 'PL 1' });
    expect(marked(model, 'PL 2')).toEqual([]);
  });
});

describe('rows inserted or deleted after the scan', () => {
  it('rows inserted above a table: highlights refuse rather than colour the wrong rows', async () => {
    const { model, port, target, plan } = await scanned();
    insertLines(model, sheet(model, 'PL 1'), 'row', 0, 2);
    await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'table-moved', sheet: 'PL 1' });
    expect(marked(model, 'PL 1')).toEqual([]);
    expect(marked(model, 'PL 2')).toEqual([]);
  });

  it('rows deleted above, or inserted inside the table, are refused too; rows below it are not', async () => {
    for (const change of [
      (m: WorkbookModel) => deleteLines(m, sheet(m, 'PL 1'), 'row', 0, 1),
      (m: WorkbookModel) => insertLines(m, sheet(m, 'PL 1'), 'row', 6, 1),
    ]) {
      const { model, port, target, plan } = await scanned();
      change(model);
      await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'table-moved' });
    }
    const { model, port, target, plan } = await scanned();
    insertLines(model, sheet(model, 'PL 1'), 'row', 40, 5);
    await expect(port.applyHighlights(plan, target)).resolves.toMatchObject({ missing: [] });
  });

  it('rows inserted between two syncs of the highlight are caught before anything changes', async () => {
    const { model, host, port, target, plan } = await scanned();
    await port.applyHighlights(plan, target);
    const before = sheet(model, 'PL 1').conditionalFormats.length;
    host.between(3, (m) => insertLines(m, m.sheets[0]!, 'row', 1, 1));
    await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'table-moved' });
    expect(sheet(model, 'PL 1').conditionalFormats).toHaveLength(before);
  });

  it('tracking columns refuse a table that moved, and write nothing', async () => {
    const { model, port, report, target } = await scanned();
    insertLines(model, sheet(model, 'PL 1'), 'row', 0, 1);
    const t = report.tables.find((x) => x.sheet === 'PL 1')!;
    await expect(port.addTrackingColumns(trackingRequest(t.headerRow), target)).rejects.toMatchObject({
      code: 'table-moved',
    });
    const s = sheet(model, 'PL 1');
    expect([...s.cells.keys()].filter((k) => Number(k.split(',')[1]) >= 5)).toEqual([]);
  });
});

describe('syncs stay as they were', () => {
  it('highlight 4, tracking columns 2, select 1: the checks ride on syncs made anyway', async () => {
    const { host, port, report, target, plan } = await scanned();
    await port.applyHighlights(plan, target);
    expect(host.lastRun()).toHaveLength(4);
    const t = report.tables.find((x) => x.sheet === 'PL 1')!;
    await port.addTrackingColumns(trackingRequest(t.headerRow), target);
    expect(host.lastRun()).toHaveLength(2);
    await port.clearHighlights();
    expect(host.lastRun()).toHaveLength(4);
  });
});
