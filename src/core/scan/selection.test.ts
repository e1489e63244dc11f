import { sheetFromValues } from '../grid';
import { checkSelection, currentRegion } from './selection';

const sheet = sheetFromValues('S', [
  ['Kế hoạch', null, null, null],
  [null, null, null, null],
  ['Số', 'Việc', 'Ai làm', null, 'x'],
  [1, 'Họp', 'Tổ 1'],
  [2, 'Báo cáo', null],
]);
const grid = { sheets: [sheet] };
const filled = (r: number, c: number) => Boolean(sheet.rows[r]?.[c]?.text);
const limits = { top: 0, left: 0, bottom: 9, right: 9 };

describe('a selection taken as a table', () => {
  it('a single cell stands for the block of non-empty cells around it', () => {
    expect(currentRegion(filled, 3, 1, limits)).toBe('A3:C5');
    expect(currentRegion(filled, 0, 0, limits)).toBe('A1:A1');
    expect(currentRegion(filled, 8, 8, limits)).toBeNull();
  });
  it('accepts a range with text, and a cell inside a table', () => {
    expect(checkSelection({ sheet: 'S', address: 'A3:C5', areas: 1 }, grid)).toEqual({
      ok: true,
      sheet: 'S',
      range: 'A3:C5',
    });
    expect(checkSelection({ sheet: 'S', address: 'B4', areas: 1, region: 'A3:C5' }, grid)).toMatchObject({
      range: 'A3:C5',
    });
  });
  it('refuses bad input, naming the problem', () => {
    const bad = (address: string, extra = {}) =>
      checkSelection({ sheet: 'S', address, areas: 1, ...extra }, grid) as { problem: string };
    expect(bad('A1', { region: 'A1' }).problem).toBe('one-cell');
    expect(bad('H9', { region: null }).problem).toBe('one-cell');
    expect(bad('B3:B5').problem).toBe('one-column');
    expect(bad('A1:XFD1048576').problem).toBe('whole-sheet');
    expect(bad('A3:C5', { areas: 2 }).problem).toBe('several-areas');
    expect(bad('F7:H9').problem).toBe('no-text');
    expect(bad('A4:A5').problem).toBe('one-column');
  });
});
