/**
 * Excel busy, or the person typing in a cell: a batch that is safe to run twice is tried again when
 * Excel was busy; a cell being edited is said at once (Excel waits for Enter or Esc), nothing is changed.
 */
import { buildHighlightPlan } from '../../src/core/plans/highlightPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { toHostError } from '../../src/excel/officeErrors';
import { FakeOfficeError } from '../fakeExcel/context';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { newWorkbook, sheetFromRows } from '../fakeExcel/model';
import { settings } from '../helpers/scan';
import { targetOf } from '../helpers/scanTarget';

const S = settings({ asOf: '2026-05-01' });

const ROWS: (string | number)[][] = [
  ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
  ...Array.from({ length: 8 }, (_, i) => [
    i + 1,
    `Nhiệm vụ ${i + 1} về cải cách hành chính`,
    'Tháng 3/2026',
    'Sở Nội vụ',
  ]),
];

async function setup() {
  const model = newWorkbook();
  sheetFromRows(model, 'PL', ROWS);
  const host = new FakeExcelHost(model);
  const port = new OfficeWorkbookPort(host, { retryDelaysMs: [0, 0] });
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, S);
  return { model, host, port, report, target: targetOf(read, report), plan: buildHighlightPlan(report) };
}

describe('Excel busy', () => {
  it.each(['ServiceNotAvailable', 'ActivityLimitReached', 'GeneralException', 'RequestAborted'])(
    '%s on a highlight: tried again, and the highlight is whole',
    async (code) => {
      const { model, host, port, plan, target } = await setup();
      const runs = host.runs.length;
      host.failNext(2, code);
      const result = await port.applyHighlights(plan, target);
      expect(result.applied).toBeGreaterThan(0);
      expect(host.runs.length - runs).toBe(2);
      expect(model.sheets[0]!.conditionalFormats).toHaveLength(result.applied);
    },
  );

  it('busy three times: the person is told Excel is busy (after two retries), and the pane can try again', async () => {
    const { host, port, plan, target } = await setup();
    const runs = host.runs.length;
    host.failNext(1, 'ServiceNotAvailable', 3);
    await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'busy' });
    expect(host.runs.length - runs).toBe(3);
    await expect(port.applyHighlights(plan, target)).resolves.toMatchObject({ missing: [] });
  });

  it('reads are retried; tracking columns and the summary are not (a second run after half a first would refuse)', async () => {
    const { model, host, port, report, target } = await setup();
    host.failNext(3, 'GeneralException');
    await expect(port.readWorkbook()).resolves.toMatchObject({ sheets: [{ name: 'PL' }] });
    const t = report.tables[0]!;
    const runs = host.runs.length;
    host.failNext(2, 'ServiceNotAvailable');
    const request = {
      sheet: 'PL',
      headerRow: t.headerRow,
      lastRow: t.headerRow + 8,
      afterColumn: 'D',
      headers: { status: 'Tình hình thực hiện', completedOn: 'Ngày hoàn thành' },
      statusOptions: ['Hoàn thành'],
    };
    await expect(port.addTrackingColumns(request, target)).rejects.toMatchObject({ code: 'busy' });
    expect(host.runs.length - runs).toBe(1);
    // Nothing was written, so trying again by hand works.
    await expect(port.addTrackingColumns(request, target)).resolves.toMatchObject({ status: 'E' });
    expect(model.sheets[0]!.cells.size).toBeGreaterThan(ROWS.length * 4);
  });
});

describe('a cell being edited', () => {
  it('refuses at once with cell-editing, is not retried, and changes nothing', async () => {
    const { model, host, port, plan, target } = await setup();
    host.cellEditMode = true;
    const runs = host.runs.length;
    await expect(port.applyHighlights(plan, target)).rejects.toMatchObject({ code: 'cell-editing' });
    await expect(port.readWorkbook()).rejects.toMatchObject({ code: 'cell-editing' });
    expect(host.runs.length - runs).toBe(2);
    expect(model.sheets[0]!.conditionalFormats).toEqual([]);
    // Enter or Esc: the same action works.
    host.cellEditMode = false;
    await expect(port.applyHighlights(plan, target)).resolves.toMatchObject({ missing: [] });
  });

  it('maps every code Office documents for these cases', () => {
    expect(toHostError(new FakeOfficeError('InvalidOperationInCellEditMode', 'x')).code).toBe('cell-editing');
    for (const code of [
      'ServiceNotAvailable',
      'ActivityLimitReached',
      'GeneralException',
      'RequestAborted',
      'Conflict',
    ])
      expect(toHostError(new FakeOfficeError(code, 'x')).code).toBe('busy');
    expect(toHostError(new FakeOfficeError('Whatever', 'x')).code).toBe('unknown');
  });
});
