import { sheetFromValues, type RawValue, type SheetGrid } from '../grid';
import { normalizeCell } from '../cellValue';
import type { ScannedTable } from '../report/schema';
import { scanSettingsSchema } from '../scan/scanOptions';
import { scanWorkbook } from '../scan/scanWorkbook';

const E = null;
const S = scanSettingsSchema.parse({ asOf: '2026-05-01' });

function scan(sheet: SheetGrid): ScannedTable {
  const tables = scanWorkbook({ sheets: [sheet] }, 'x.xlsx', S).tables;
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const TITLE: RawValue[][] = [['PHỤ LỤC'], ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)']];
const task = (n: number, deadline: RawValue): RawValue[] => [
  n,
  `Nhiệm vụ số ${n} về cải cách hành chính`,
  deadline,
  'Sở Nội vụ',
];

describe('deadlines that cannot be true are said, not used', () => {
  const table = scan(
    sheetFromValues('PL', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
      task(1, 'Từ 01/6/2026 đến 01/3/2026'),
      task(2, 'Tháng 12/2206'),
      task(3, '31/12/1926'),
      task(4, 'Năm 1926'),
      task(5, 'Tháng 3/2026'),
      task(6, 'Tháng 12/2030'),
    ]),
  );
  const at = (row: number) => table.issues.filter((i) => i.row === row).map((i) => i.code);

  it('due before start in one cell: a warning at the deadline cell, no due date, state unknown (never overdue)', () => {
    const t = table.tasks[0]!;
    expect(t.deadline).toMatchObject({ kind: 'unknown', due: null });
    expect(t.state).toBe('unknown');
    expect(at(4)).toEqual(['deadline-before-start']);
    expect(table.issues.find((i) => i.row === 4)).toMatchObject({
      severity: 'warning',
      column: 'C',
      no: '1',
      params: { text: 'Từ 01/6/2026 đến 01/3/2026', start: '2026-06-01', due: '2026-03-01', from: 'cell' },
    });
  });

  it('year 2206 in a 2026 document, and 1926: a warning naming the years, no state from them', () => {
    expect(table.tasks.slice(1, 4).map((t) => [t.state, t.deadline.due])).toEqual([
      ['unknown', null],
      ['unknown', null],
      ['unknown', null],
    ]);
    expect(table.issues.find((i) => i.row === 5)).toMatchObject({
      code: 'implausible-deadline',
      column: 'C',
      params: { due: '2206-12-31', anchor: '2026-03-15', anchorKind: 'document', direction: 'after', years: 180 },
    });
    expect(at(6)).toEqual(['implausible-deadline']);
    expect(at(7)).toEqual(['implausible-deadline']);
    // Said once: not also "unreadable" nor "before the document".
    for (const row of [4, 5, 6, 7]) expect(at(row)).toHaveLength(1);
  });

  it('plausible deadlines keep their state', () => {
    expect(table.tasks[4]!.state).toBe('open-overdue');
    expect(at(8)).toEqual(['overdue']);
    expect(table.tasks[5]!.state).toBe('open-on-track');
    expect(at(9)).toEqual([]);
  });

  it('without a document date, the as-of date is the anchor', () => {
    const t = scan(
      sheetFromValues('PL', [
        ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
        task(1, 'Tháng 12/2206'),
        task(2, 'Tháng 12/2026'),
      ]),
    );
    expect(t.issues.find((i) => i.code === 'implausible-deadline')).toMatchObject({
      row: 2,
      params: { anchor: '2026-05-01', anchorKind: 'as-of' },
    });
  });

  it('a document dated 2206 (a typo in the title) is no anchor: deadlines are measured from the as-of date', () => {
    const t = scan(
      sheetFromValues('PL', [
        ['PHỤ LỤC'],
        ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2206 của UBND tỉnh)'],
        ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
        task(1, 'Tháng 12/2026'),
      ]),
    );
    expect(t.documentDate).toBeNull();
    expect(t.tasks[0]!.state).toBe('open-on-track');
    expect(t.issues.map((i) => i.code)).toEqual([]);
  });

  it('a start column later than the due date: a warning, no state from the deadline', () => {
    const t = scan(
      sheetFromValues('PL', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', ''],
        ['', '', '', 'Bắt đầu', 'Kết thúc'],
        [1, 'Nhiệm vụ số 1 về cải cách hành chính', 'Sở Nội vụ', '01/6/2026', '01/3/2026'],
        [2, 'Nhiệm vụ số 2 về cải cách hành chính', 'Sở Nội vụ', '01/1/2026', '01/3/2026'],
      ]),
    );
    expect(t.columns.deadline).toBe('E');
    expect(t.tasks.map((x) => x.state)).toEqual(['unknown', 'open-overdue']);
    expect(t.issues.find((i) => i.code === 'deadline-before-start')).toMatchObject({
      row: 5,
      column: 'E',
      params: { start: '2026-06-01', due: '2026-03-01', from: 'column' },
    });
  });

  it('a date cell outside the bounds (a real Excel date of 1926) is said the same way', () => {
    const rows = [...TITLE, ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'], task(1, E), task(2, 'Tháng 6/2026')];
    const sheet = sheetFromValues('PL', rows);
    sheet.rows[3]![2] = normalizeCell({ value: new Date(Date.UTC(1926, 11, 31)) });
    const t = scan(sheet);
    expect(t.tasks[0]!.state).toBe('unknown');
    expect(t.issues.find((i) => i.row === 4)).toMatchObject({ code: 'implausible-deadline', params: { years: 99 } });
  });
});
