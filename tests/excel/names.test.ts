/** Names and selections through the Office adapter, over the fake with Excel's rules. */
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { deleteLines, insertLines, newWorkbook, sheetFromRows } from '../fakeExcel/model';

function workbook() {
  const model = newWorkbook();
  const sheet = sheetFromRows(model, 'Kế hoạch 1', [
    ['Kế hoạch tuần'],
    [],
    ['Số', 'Việc', 'Ai làm', 'Khi nào'],
    ['1', 'Họp', 'Tổ 1', 'Thứ hai'],
    ['2', 'Báo cáo', 'Tổ 2', 'Thứ sáu'],
  ]);
  const host = new FakeExcelHost(model);
  return { model, sheet, host, port: new OfficeWorkbookPort(host) };
}

describe('workbook Names for table corrections', () => {
  it('adds, re-points and deletes Names (2 syncs) and resolves them (1 sync)', async () => {
    const { model, host, port } = workbook();
    await port.writeNames([{ name: 'AppendixTracker_T1', sheet: 'Kế hoạch 1', address: 'A3:D5' }], []);
    expect(host.lastRun()).toHaveLength(2);
    expect(await port.resolveNames(['AppendixTracker_T1', 'AppendixTracker_T9'])).toEqual({
      AppendixTracker_T1: { sheet: 'Kế hoạch 1', address: 'A3:D5' },
      AppendixTracker_T9: null,
    });
    expect(host.lastRun()).toHaveLength(1);
    // Re-pointing an existing Name replaces it.
    await port.writeNames([{ name: 'AppendixTracker_T1', sheet: 'Kế hoạch 1', address: 'A4:D5' }], []);
    expect((await port.resolveNames(['AppendixTracker_T1'])).AppendixTracker_T1).toEqual({
      sheet: 'Kế hoạch 1',
      address: 'A4:D5',
    });
    await port.writeNames([], ['AppendixTracker_T1', 'AppendixTracker_T7']);
    expect(model.names.size).toBe(0);
    expect(await port.resolveNames([])).toEqual({});
  });

  it('a Name follows its table when rows and columns are inserted; a deleted range resolves to nothing', async () => {
    const { model, sheet, port } = workbook();
    await port.writeNames([{ name: 'AppendixTracker_T1', sheet: 'Kế hoạch 1', address: 'A3:D5' }], []);
    insertLines(model, sheet, 'row', 0, 2);
    insertLines(model, sheet, 'col', 0, 1);
    insertLines(model, sheet, 'row', 6, 1); // inside the table: it grows
    expect((await port.resolveNames(['AppendixTracker_T1'])).AppendixTracker_T1).toEqual({
      sheet: 'Kế hoạch 1',
      address: 'B5:E8',
    });
    deleteLines(model, sheet, 'row', 5, 1); // one row of it: it shrinks
    expect((await port.resolveNames(['AppendixTracker_T1'])).AppendixTracker_T1?.address).toBe('B5:E7');
    deleteLines(model, sheet, 'row', 2, 10); // all of it: #REF!
    expect(model.names.get('AppendixTracker_T1')).toBeNull();
    expect(await port.resolveNames(['AppendixTracker_T1'])).toEqual({ AppendixTracker_T1: null });
  });

  it('refuses a name that is a cell address, as Excel does', async () => {
    const { port } = workbook();
    await expect(port.writeNames([{ name: 'AB12', sheet: 'Kế hoạch 1', address: 'A1:B2' }], [])).rejects.toThrow();
  });
});

describe('the selection', () => {
  it('reads a range in 1 sync, and a single cell with the block around it in 2', async () => {
    const { model, host, port } = workbook();
    model.selection = { sheet: 'Kế hoạch 1', address: 'A3:D5' };
    expect(await port.readSelection()).toEqual({
      sheet: 'Kế hoạch 1',
      sheetId: model.sheets[0]!.id,
      address: 'A3:D5',
      areas: 1,
    });
    expect(host.lastRun()).toHaveLength(1);
    model.selection = { sheet: 'Kế hoạch 1', address: 'B4' };
    expect(await port.readSelection()).toEqual({
      sheet: 'Kế hoạch 1',
      sheetId: model.sheets[0]!.id,
      address: 'B4',
      areas: 1,
      region: 'A3:D5',
    });
    expect(host.lastRun()).toHaveLength(2);
    model.selection = { sheet: 'Kế hoạch 1', address: 'H20' };
    expect((await port.readSelection()).region).toBeNull();
  });

  it('counts several areas (ExcelApi 1.9), and before 1.9 knows them from the refused read', async () => {
    const { model, port } = workbook();
    model.selection = { sheet: 'Kế hoạch 1', address: 'A3:B5,D3:D5' };
    expect(await port.readSelection()).toMatchObject({ areas: 2, address: 'A3:B5' });
    const old = new OfficeWorkbookPort(new FakeExcelHost(model, '1.4'));
    expect(await old.readSelection()).toMatchObject({ areas: 2 });
    model.selection = { sheet: 'Kế hoạch 1', address: 'A3:D5' };
    expect(await old.readSelection()).toEqual({
      sheet: 'Kế hoạch 1',
      sheetId: model.sheets[0]!.id,
      address: 'A3:D5',
      areas: 1,
    });
  });
});
