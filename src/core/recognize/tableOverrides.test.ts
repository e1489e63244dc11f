import { sheetFromValues, type RawValue } from '../grid';
import { columnLetter } from '../a1';
import { recognizeTables } from './recognizeTables';

const APPENDIX: RawValue[][] = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
  ['1', 'Xây dựng kế hoạch chuyển đổi số của ngành', 'Sở Khoa học và Công nghệ', 'Quý II/2026'],
  ['2', 'Rà soát hiện trạng hạ tầng số tại các xã', 'Sở Tài chính', 'Tháng 6/2026'],
];
// Two rows of a table nobody would recognise: short, in words no list knows.
const ODD: RawValue[][] = [
  ['Số', 'Việc', 'Ai làm', 'Khi nào'],
  ['a', 'Họp', 'Tổ 1', 'Thứ hai'],
  ['b', 'Báo cáo', 'Tổ 2', 'Thứ sáu'],
];

describe('a person’s tables and dismissals', () => {
  it('makes a table of a range the engine does not find, proposing its header row', () => {
    const sheet = sheetFromValues('S', ODD);
    expect(recognizeTables(sheet)).toEqual([]);
    const [t] = recognizeTables(sheet, [], undefined, [{ sheet: 'S', range: 'A1:D3', action: 'table' }]);
    expect(t!.header.foundBy).toBe('user');
    expect(t!.header.row).toBe(0);
    expect(t!.header.height).toBe(1);
    // Its cells name units ("Tổ 1"), but nothing reads as a task column yet: the table is kept, for
    // the person to map (below).
    expect(t!.map.fields).toEqual({ lead: 2 });
    expect([t!.top, t!.bottom, t!.left, t!.right]).toEqual([0, 2, 0, 3]);
  });
  it('a range with "no header row" reads every row as body', () => {
    const sheet = sheetFromValues('S', APPENDIX.slice(1));
    const [t] = recognizeTables(sheet, [], undefined, [{ sheet: 'S', range: 'A1:D2', action: 'table', headerRow: 0 }]);
    expect(t!.header.height).toBe(0);
    expect(t!.tasks.map((x) => x.text.lead)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Tài chính']);
  });
  it('moves the header row of a found table', () => {
    const sheet = sheetFromValues('S', [['Ghi chú của người lập bảng', '', '', ''], ...APPENDIX]);
    const [found] = recognizeTables(sheet);
    expect(found!.header.row).toBe(1);
    const [t] = recognizeTables(sheet, [], undefined, [{ sheet: 'S', range: 'A1:D4', action: 'table', headerRow: 2 }]);
    expect(t!.header.row).toBe(1);
    expect(t!.top).toBe(0);
    expect(t!.tasks).toHaveLength(2);
  });
  it('dismisses a table the engine found, and only on its own sheet', () => {
    const sheet = sheetFromValues('S', APPENDIX);
    expect(recognizeTables(sheet, [], undefined, [{ sheet: 'S', range: 'B2', action: 'ignore' }])).toEqual([]);
    expect(recognizeTables(sheet, [], undefined, [{ sheet: 'Other', range: 'A1:D3', action: 'ignore' }])).toHaveLength(
      1,
    );
  });
  it('column corrections apply to a person’s table by its header row', () => {
    const sheet = sheetFromValues('S', ODD);
    const [t] = recognizeTables(
      sheet,
      [
        { sheet: 'S', headerRow: 1, field: 'lead', column: 'C' },
        { sheet: 'S', headerRow: 1, field: 'task', column: 'B' },
      ],
      undefined,
      [{ sheet: 'S', range: 'A1:D3', action: 'table' }],
    );
    expect(columnLetter(t!.map.fields.lead!)).toBe('C');
    expect(t!.tasks.map((x) => x.text.lead)).toEqual(['Tổ 1', 'Tổ 2']);
  });
});

describe('a person’s table with its header repeated at page breaks', () => {
  it('skips the repeats as the engine does for a table it found', () => {
    const header = APPENDIX[0]!;
    const rows = [...APPENDIX, header, ['3', 'Tổ chức tập huấn kỹ năng số cho cán bộ cấp xã', 'Sở Nội vụ', 'Năm 2026']];
    const sheet = sheetFromValues('S', rows);
    const [t] = recognizeTables(sheet, [], undefined, [{ sheet: 'S', range: 'A1:D5', action: 'table', headerRow: 1 }]);
    expect(t!.tasks).toHaveLength(3);
    expect(t!.repeatedHeaderRows).toEqual([3]);
  });
});
