import type { SheetGrid } from '../grid';
import { sheetFromValues } from '../grid';
import { taskCells } from './taskCells';

describe('a task’s cells for the split workbook', () => {
  it('joins the rows of a task per column, takes a merged value from above once, and keeps a real date', () => {
    const base = sheetFromValues('S', [
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'],
      [1, 'Việc một', 'Sở A', null],
      [null, 'phần tiếp theo', 'Sở B', null],
      [null, 'Việc phụ', 'Sở C', null],
    ]);
    base.rows[1]![3] = { value: 46387, text: '31/12/2026', date: '2026-12-31' };
    const sheet: SheetGrid = { ...base, merges: [{ top: 1, left: 3, bottom: 3, right: 3 }], mergesKnown: true };
    expect(taskCells(sheet, [2, 3], 0, 3)).toEqual([
      '1',
      'Việc một phần tiếp theo',
      'Sở A Sở B',
      { date: '2026-12-31' },
    ]);
    // A sub-row task under the merged deadline: the value comes down from the merge's first cell.
    expect(taskCells(sheet, [4], 0, 3)).toEqual(['', 'Việc phụ', 'Sở C', { date: '2026-12-31' }]);
  });
});
