import { normalizeCell } from '../cellValue';
import { sheetFromValues, type RawValue } from '../grid';
import { scanSettingsSchema } from '../scan/scanOptions';
import { scanWorkbook } from '../scan/scanWorkbook';

const S = scanSettingsSchema.parse({ asOf: '2026-05-01' });
const task = (n: number): RawValue[] => [n, `Nhiệm vụ số ${n} về cải cách hành chính`, 'Tháng 6/2026', 'Sở Nội vụ', ''];

describe('unreadable cells', () => {
  const sheet = sheetFromValues('PL', [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)'],
    ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì', 'Ghi chú'],
    ...[1, 2, 3, 4, 5, 6, 7].map(task),
    [],
    ['Nơi nhận: …'],
  ]);
  const set = (row: number, col: number, raw: Parameters<typeof normalizeCell>[0]) =>
    (sheet.rows[row]![col] = normalizeCell(raw));
  set(3, 2, { value: -5, format: 'dd/mm/yyyy' });
  set(4, 2, { value: 0, format: 'dd/mm/yyyy' });
  set(5, 2, { value: 2958466, format: 'dd/mm/yyyy' });
  set(6, 2, { value: 1e12, format: 'dd/mm/yyyy' });
  set(7, 2, { value: 'hôm qua', isDate: true });
  set(8, 4, { value: null, formula: true });
  // Outside every table (below its end): no warning.
  sheet.rows.push([normalizeCell({ value: -5, format: 'dd/mm/yyyy' })]);
  const table = scanWorkbook({ sheets: [sheet] }, 'x.xlsx', S).tables[0]!;
  const unreadable = table.issues.filter((i) => i.code === 'unreadable-cell');

  it('warns at each unreadable cell inside the table, naming the value, with its task’s STT', () => {
    expect(unreadable.map((i) => [i.row, i.column, i.no, i.params])).toEqual([
      [4, 'C', '1', { value: '-5', reason: 'date-out-of-range' }],
      [5, 'C', '2', { value: '0', reason: 'date-out-of-range' }],
      [6, 'C', '3', { value: '2958466', reason: 'date-out-of-range' }],
      [7, 'C', '4', { value: '1000000000000', reason: 'date-out-of-range' }],
      [8, 'C', '5', { value: 'hôm qua', reason: 'not-a-date' }],
      [9, 'E', '6', { value: '', reason: 'no-cached-value' }],
    ]);
    expect(unreadable.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('a task whose deadline cell is unreadable gets no due date and no state from it, and one warning', () => {
    for (const t of table.tasks.slice(0, 5)) {
      expect(t.deadline.due).toBeNull();
      expect(t.state).toBe('unknown');
    }
    for (const row of [4, 5, 6, 7, 8])
      expect(table.issues.filter((i) => i.row === row).map((i) => i.code)).toEqual(['unreadable-cell']);
    // The other tasks are read as ever.
    expect(table.tasks[5]!.deadline.due).toBe('2026-06-30');
    expect(table.tasks[6]!.state).toBe('open-on-track');
  });
});
