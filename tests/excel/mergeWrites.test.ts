/**
 * The merge's writes through the Office adapter, on the fake: accepted changes written and undone,
 * tracking columns added and taken away, a non-empty cell written only when accepted, a cell changed
 * since the plan refused (and reported), and the syncs counted at 2,000 changes.
 */
import type { RawValue } from '../../src/core/grid';
import { acceptChanges } from '../../src/core/merge/acceptChanges';
import { applyRequest, undoRequest } from '../../src/core/merge/guardedWrites';
import { mergeReports } from '../../src/core/merge/mergeReports';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { splitPlan } from '../../src/core/split/splitPlan';
import { isoToExcelSerial } from '../../src/core/isoDate';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { CELLS_PER_SYNC } from '../../src/excel/mergeWrites';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { cellOf, ensureCell, newWorkbook, parseAddress, sheetFromRows, type WorkbookModel } from '../fakeExcel/model';
import { MASTER_ROWS, MASTER_SHEET } from '../helpers/reportingMaster';
import { FilledSplit } from '../helpers/returnedFiles';
import { settings } from '../helpers/scan';
import { targetOf } from '../helpers/scanTarget';

const DATE = '2026-05-01';

function at(model: WorkbookModel, address: string) {
  const b = parseAddress(address);
  return cellOf(
    model.sheets.find((s) => s.name === MASTER_SHEET)!,
    b.top,
    b.left,
  );
}

function valueAt(model: WorkbookModel, address: string) {
  return at(model, address)?.value ?? null;
}

async function scanned(model: WorkbookModel) {
  const host = new FakeExcelHost(model);
  const port = new OfficeWorkbookPort(host);
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, settings());
  return { host, port, read, report, target: targetOf(read, report) };
}

/** The master on the fake, each agency's split file filled by `fill`, merged. */
async function merged(rows: RawValue[][], fill: (f: FilledSplit, agency: string) => void) {
  const model = newWorkbook('ke-hoach-12.xlsx');
  sheetFromRows(model, MASTER_SHEET, rows as (string | number | null)[][]);
  const s = await scanned(model);
  const split = splitPlan({ file: s.report, grid: s.read.grid, lang: 'vi', date: DATE });
  const returned = split.workbooks.map((w) => {
    const f = new FilledSplit(w);
    fill(f, w.agency.label);
    return f.input();
  });
  const run = mergeReports({ master: s.report, grid: s.read.grid, returned, lang: 'vi', date: DATE });
  return { model, ...s, run };
}

const byAgency = (label: string, f: FilledSplit) => {
  if (label === 'Sở Nội vụ') f.report(0, 'Hoàn thành đúng hạn', '2026-03-20', 'Đã ban hành kế hoạch');
  if (label === 'Sở Tư pháp') f.report(0, 'Đang thực hiện');
};

describe('merge writes through Office.js (fake)', () => {
  it('writes the accepted changes with the columns they need in two syncs, and undoes them', async () => {
    const { model, host, port, run, target, read } = await merged(MASTER_ROWS, (f, a) => byAgency(a, f));
    const accepted = acceptChanges(run.plan);
    expect(accepted.length).toBeGreaterThan(0);
    const cols = run.plan.columns[0]!.columns;
    const col = (field: string) => cols.find((c) => c.field === field)!.column;
    expect(cols.every((c) => !c.existing)).toBe(true);
    const before = host.syncs.length;
    const result = await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    expect(host.syncs.length - before).toBe(2);
    expect(result).toMatchObject({ written: accepted.length, refused: [], columns: cols.length, keptColumns: [] });
    // Headers (bold text), the status dropdown, dates as dates.
    const headerRow = run.plan.columns[0]!.headerRow;
    expect(valueAt(model, `${col('status')}${headerRow}`)).toBe('Tình hình thực hiện');
    expect(at(model, `${col('status')}${headerRow}`)!.bold).toBe(true);
    expect(at(model, `${col('status')}${headerRow + 1}`)!.dataValidation).toContain('Hoàn thành đúng hạn');
    const task1 = run.plan.changes.find((c) => c.field === 'status' && c.no === '1')!;
    expect(valueAt(model, task1.address)).toBe('Hoàn thành đúng hạn');
    const done = run.plan.changes.find((c) => c.field === 'completedOn' && c.no === '1')!;
    expect(valueAt(model, done.address)).toBe(isoToExcelSerial('2026-03-20'));
    expect(at(model, done.address)!.numberFormat).toBe('dd/mm/yyyy');
    // A rescan reads the new states.
    const again = await port.readWorkbook();
    const rescanned = scanWorkbook(again.grid, again.name, settings());
    expect(rescanned.tables[0]!.tasks.find((t) => t.no === '1')!.state).toBe('done-on-time');

    const undone = await port.applyMergeWrites(undoRequest(run.plan, accepted), targetOf(again, rescanned));
    expect(undone).toMatchObject({ written: accepted.length, refused: [], columns: cols.length, keptColumns: [] });
    for (const c of cols)
      for (let r = headerRow; r <= run.plan.columns[0]!.lastRow; r++)
        expect(at(model, `${c.column}${r}`)).toBeUndefined();
    const back = await port.readWorkbook();
    expect(back.grid).toEqual(read.grid);
  });

  it('writes over a non-empty cell only when the person accepted that change', async () => {
    const rows = MASTER_ROWS.map((r, i) =>
      i === 4 ? [...r, 'Tình hình thực hiện'] : i === 6 ? [...r, 'Đang thực hiện'] : r,
    );
    const { model, port, run, target } = await merged(rows, (f, a) => byAgency(a, f));
    const over = run.plan.changes.find((c) => c.field === 'status' && c.no === '1')!;
    expect(over.address).toBe('G7');
    expect(over.confirm).toContain('non-empty');
    const safe = acceptChanges(run.plan);
    expect(safe).not.toContain(over);
    await port.applyMergeWrites(applyRequest(run.plan, safe), target);
    expect(valueAt(model, 'G7')).toBe('Đang thực hiện');
    // Ticked by the person: written.
    const after = await scanned(model);
    await port.applyMergeWrites(applyRequest(run.plan, [over]), after.target);
    expect(valueAt(model, 'G7')).toBe('Hoàn thành đúng hạn');
  });

  it('refuses cells changed since the plan, and keeps a column someone wrote in', async () => {
    const { model, port, run, target } = await merged(MASTER_ROWS, (f, a) => byAgency(a, f));
    const accepted = acceptChanges(run.plan);
    const result0 = run.plan.columns[0]!.columns.find((c) => c.field === 'result')!;
    const status = run.plan.changes.find((c) => c.field === 'status' && c.no === '1')!;
    // The person types into the result column, and into task 1's status cell, after the plan.
    const sheet = model.sheets[0]!;
    const typeAt = (address: string, v: string) => {
      const b = parseAddress(address);
      ensureCell(sheet, b.top, b.left).value = v;
    };
    typeAt(`${result0.column}${run.plan.columns[0]!.lastRow}`, 'ghi chú riêng');
    typeAt(status.address, 'Tạm dừng');
    const result = await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    // Both are columns the merge would add: neither is added, and nothing is written into them.
    const kept = [status.column, result0.column];
    expect(result.keptColumns).toEqual(kept.map((column) => ({ sheet: MASTER_SHEET, column })));
    expect(result.refused.map((r) => r.change)).toEqual(
      accepted.filter((c) => kept.includes(c.column)).map((c) => c.id),
    );
    expect(result.written).toBe(accepted.length - result.refused.length);
    expect(result.written).toBeGreaterThan(0);
    expect(valueAt(model, status.address)).toBe('Tạm dừng');
    expect(valueAt(model, `${result0.column}${run.plan.columns[0]!.headerRow}`)).toBeNull();

    // Undo after someone edited a merged cell: that cell stays, and so does its column.
    const applied = accepted.filter((c) => !result.refused.some((r) => r.change === c.id));
    const done = applied.find((c) => c.field === 'completedOn')!;
    typeAt(done.address, '21/03/2026');
    const again = await scanned(model);
    const undone = await port.applyMergeWrites(undoRequest(run.plan, applied), again.target);
    expect(undone.refused.map((r) => r.address)).toEqual([done.address]);
    expect(undone.keptColumns.map((c) => c.column)).toEqual([done.column]);
    expect(valueAt(model, done.address)).toBe('21/03/2026');
  });

  it('writes one sync per CELLS_PER_SYNC cells beyond that', async () => {
    const rows: RawValue[][] = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
    for (let i = 1; i <= 1100; i++) rows.push([i, `Triển khai nhiệm vụ số ${i} của tỉnh`, 'Sở Nội vụ', '30/06/2026']);
    const { host, port, run, target } = await merged(rows, (f) => {
      for (let k = 0; k < f.plan.tasks; k++) f.report(k, 'Hoàn thành đúng hạn', '2026-04-10', `Kết quả ${k}`);
    });
    const accepted = acceptChanges(run.plan);
    expect(accepted.length).toBeGreaterThan(CELLS_PER_SYNC);
    const before = host.syncs.length;
    await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    expect(host.syncs.length - before).toBe(1 + Math.ceil(accepted.length / CELLS_PER_SYNC));
  });

  it('writes 2,000 changes in two syncs', async () => {
    const agencies = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng'];
    const rows: RawValue[][] = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
    for (let i = 1; i <= 400; i++)
      rows.push([i, `Triển khai nhiệm vụ số ${i} về lĩnh vực ${i % 7} của tỉnh`, agencies[i % 4]!, '30/06/2026']);
    const { host, port, run, target } = await merged(rows, (f) => {
      const n = f.plan.tasks;
      for (let k = 0; k < n; k++) f.report(k, 'Hoàn thành đúng hạn', '2026-04-10', `Kết quả ${k}`);
    });
    const accepted = acceptChanges(run.plan);
    expect(accepted).toHaveLength(2000);
    const before = host.syncs.length;
    const result = await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    expect(result.written).toBe(2000);
    expect(host.syncs.length - before).toBe(2);
  });
});
