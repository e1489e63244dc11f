import type { WorkbookGrid } from '../grid';
import { anchorHolds, anchorKey, tableAnchors } from './anchors';

const cell = (value: string | number | null) => ({ value, text: value === null ? '' : String(value) });

const grid: WorkbookGrid = {
  sheets: [
    {
      name: 'PL',
      rows: [
        [cell('PHỤ LỤC')],
        [cell('STT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì')],
        [cell(1), cell('Việc một'), cell('Sở Y tế')],
        [cell(2), cell('Việc hai'), cell(null)],
      ],
    },
  ],
};

describe('table anchors', () => {
  it('takes the header row and the last row of each table, with the values read there', () => {
    expect(tableAnchors(grid, [{ sheet: 'PL', range: 'A2:C4', headerRow: 2 }])).toEqual([
      { sheet: 'PL', address: 'A2:C2', values: [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì']] },
      { sheet: 'PL', address: 'A4:C4', values: [['2', 'Việc hai', '']] },
    ]);
    expect(tableAnchors(grid, [{ sheet: 'Khác', range: 'A2:C4', headerRow: 2 }])).toEqual([]);
  });

  it('holds for the same values as the host returns them (numbers, empty strings), and not for others', () => {
    const [header, last] = tableAnchors(grid, [{ sheet: 'PL', range: 'A2:C4', headerRow: 2 }]);
    expect(anchorHolds(last!, [[2, 'Việc hai', '']])).toBe(true);
    expect(anchorHolds(header!, [['', 'STT', 'Nhiệm vụ']])).toBe(false);
    expect(anchorHolds(last!, [[1, 'Việc một', 'Sở Y tế']])).toBe(false);
    expect(anchorKey(null)).toBe(anchorKey(''));
  });
});
