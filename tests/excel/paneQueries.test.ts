/**
 * What the pane asks of Excel besides its actions (issue 12): whether the add-in's highlights are in
 * the workbook (found as the clear finds them, from this session or an earlier one: one batch, nothing
 * written), and showing a sheet by id (a button after "Tổng hợp").
 */
import { buildHighlightPlan, highlightFormula } from '../../src/core/plans/highlightPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { HostError } from '../../src/workbookPort/hostError';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { deleteSheet, newWorkbook, renameSheet, sheetFromRows } from '../fakeExcel/model';
import { appendixRows } from '../helpers/appendixRows';
import { settings } from '../helpers/scan';
import { targetOf } from '../helpers/scanTarget';

function workbook(apiVersion = '1.13') {
  const model = newWorkbook();
  sheetFromRows(
    model,
    'PL',
    appendixRows(12, { taskTail: 'về chuyển đổi số', noLeadEvery: 4, coordinating: 'Sở Nội vụ' }),
  );
  sheetFromRows(model, 'Ghi chú', [['Ghi chú của tổ']]);
  const host = new FakeExcelHost(model, apiVersion);
  return { model, host, port: new OfficeWorkbookPort(host, { retryDelaysMs: [0, 0] }) };
}

describe('whether the add-in’s highlights are there', () => {
  it('is false on a workbook without them, true after a highlight, false after the clear', async () => {
    const { host, port } = workbook();
    expect(await port.hasHighlights()).toBe(false);
    const read = await port.readWorkbook();
    const report = scanWorkbook(read.grid, read.name, settings({ asOf: '2026-05-01' }));
    await port.applyHighlights(buildHighlightPlan(report), targetOf(read, report));
    expect(await port.hasHighlights()).toBe(true);
    await port.clearHighlights();
    expect(await port.hasHighlights()).toBe(false);
    expect(host.runs.length).toBeGreaterThan(0);
  });

  it('finds marks an earlier session left on any sheet, and never takes the person’s own formats for them', async () => {
    const { model, port } = workbook();
    const notes = model.sheets[1]!;
    notes.conditionalFormats.push({ id: 'mine', ranges: ['A1:A3'], type: 'Custom', formula: '=A1>0', fill: '#123456' });
    expect(await port.hasHighlights()).toBe(false);
    notes.conditionalFormats.push({
      id: 'earlier',
      ranges: ['B2:C2'],
      type: 'Custom',
      formula: `=${highlightFormula('due-soon')}`,
      fill: '#FFE699',
    });
    expect(await port.hasHighlights()).toBe(true);
  });

  it('is one batch of three syncs that writes nothing, tried again when Excel was busy', async () => {
    const { model, host, port } = workbook();
    model.sheets[0]!.conditionalFormats.push({
      id: 'earlier',
      ranges: ['A5'],
      type: 'Custom',
      formula: `=${highlightFormula('error')}`,
      fill: '#FF8B8B',
    });
    const before = JSON.stringify(model.sheets.map((s) => s.conditionalFormats));
    const runs = host.runs.length;
    expect(await port.hasHighlights()).toBe(true);
    expect(host.runs.length - runs).toBe(1);
    expect(host.lastRun()).toHaveLength(3);
    expect(JSON.stringify(model.sheets.map((s) => s.conditionalFormats))).toBe(before);
    host.failNext(2, 'ServiceNotAvailable');
    expect(await port.hasHighlights()).toBe(true);
  });

  it('is false, with no request to Excel, where the host has no conditional formats (ExcelApi < 1.6)', async () => {
    const { host, port } = workbook('1.4');
    expect(await port.hasHighlights()).toBe(false);
    expect(host.runs).toHaveLength(0);
  });
});

describe('showing a sheet by id', () => {
  it('activates it in one sync and gives its current name, renamed since too', async () => {
    const { model, host, port } = workbook();
    const read = await port.readWorkbook();
    model.selection = { sheet: 'PL', address: 'B7' };
    const notes = read.sheets.find((s) => s.name === 'Ghi chú')!;
    renameSheet(model, model.sheets[1]!, 'Ghi chú tháng 5');
    expect(await port.activateSheet(notes)).toEqual({ id: notes.id, name: 'Ghi chú tháng 5' });
    expect(host.lastRun()).toHaveLength(1);
    expect(model.active).toBe('Ghi chú tháng 5');
    // The selection goes with the sheet shown, as in Excel; no cell of the sheet is changed.
    expect(model.selection?.sheet).toBe('Ghi chú tháng 5');
  });

  it('says the sheet was deleted, by the name it had', async () => {
    const { model, port } = workbook();
    const read = await port.readWorkbook();
    deleteSheet(model, model.sheets[1]!);
    const err = await port.activateSheet(read.sheets[1]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'sheet-gone', sheet: 'Ghi chú' });
  });
});
