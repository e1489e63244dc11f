/**
 * Values that cannot be read, as Office.js returns them: a date-formatted cell whose serial is outside
 * Excel's calendar comes back as its number with the text "########"; it is an unreadable cell with a
 * warning at its address, and a deadline that cannot be true is said, not used, as in the command line.
 * (Excel calculates every formula, so the Office adapter never meets one without a result.)
 */
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { officeCell } from '../../src/excel/readSheets';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { ensureCell, newWorkbook, sheetFromRows } from '../fakeExcel/model';
import { settings } from '../helpers/scan';

describe('values that cannot be read, through the Office adapter', () => {
  it('a date-formatted serial outside the calendar is unreadable, its number kept as text', () => {
    expect(officeCell(-5, '########', 'dd/mm/yyyy', 'Double', false)).toEqual({
      value: -5,
      text: '-5',
      unreadable: 'date-out-of-range',
    });
    expect(officeCell(2958466, '########', 'dd/mm/yyyy', 'Double', false)).toEqual({
      value: 2958466,
      text: '2958466',
      unreadable: 'date-out-of-range',
    });
    expect(officeCell(0, '00/01/1900', 'dd/mm/yyyy', 'Double', false)).toEqual({
      value: 0,
      text: '00/01/1900',
      unreadable: 'date-out-of-range',
    });
  });

  it('scans to a warning at each cell, and no state from any of them', async () => {
    const wb = newWorkbook('gia-tri-la.xlsx');
    const task = (n: number, deadline: string | number) => [
      n,
      `Nhiệm vụ số ${n} về cải cách hành chính`,
      deadline,
      'Sở Nội vụ',
    ];
    const sheet = sheetFromRows(wb, 'PL', [
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)'],
      ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
      task(1, -5),
      task(2, 0),
      task(3, 2958466),
      task(4, 1e12),
      task(5, 'Từ 01/6/2026 đến 01/3/2026'),
      task(6, 'Tháng 12/2206'),
      task(7, 'Năm 1926'),
      task(8, 46234),
    ]);
    for (const r of [3, 4, 5, 6, 10]) ensureCell(sheet, r, 2).numberFormat = 'dd/mm/yyyy';
    const port = new OfficeWorkbookPort(new FakeExcelHost(wb, '1.13'));
    const read = await port.readWorkbook();
    const table = scanWorkbook(read.grid, read.name, settings({ asOf: '2026-05-01' })).tables[0]!;
    expect(table.issues.map((i) => [i.code, `${i.column}${i.row}`, i.params.value ?? i.params.text])).toEqual([
      ['unreadable-cell', 'C4', '-5'],
      ['unreadable-cell', 'C5', '0'],
      ['unreadable-cell', 'C6', '2958466'],
      ['unreadable-cell', 'C7', '1000000000000'],
      ['deadline-before-start', 'C8', 'Từ 01/6/2026 đến 01/3/2026'],
      ['implausible-deadline', 'C9', 'Tháng 12/2206'],
      ['implausible-deadline', 'C10', 'Năm 1926'],
    ]);
    expect(table.tasks.map((t) => t.state)).toEqual([...Array(7).fill('unknown'), 'open-on-track']);
  });
});
