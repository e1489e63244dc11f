import { safeFileStem, splitFileNames } from './fileName';

describe('split file names', () => {
  it('folds Vietnamese to ASCII and keeps only what every file system takes', () => {
    expect(safeFileStem('Sở Văn hoá, Thể thao và Du lịch')).toBe('So Van hoa, The thao va Du lich');
    expect(safeFileStem('Ban QLDA ĐTXD công trình NN&PTNT')).toBe('Ban QLDA DTXD cong trinh NN PTNT');
    expect(safeFileStem('UBND xã A / phường B: "C" *?')).toBe('UBND xa A phuong B C');
    expect(safeFileStem('  ...Sở Y tế.  ')).toBe('So Y te');
    expect(safeFileStem('CON')).toBe('CON (don vi)');
    expect(safeFileStem('???')).toBe('Don vi');
    expect(safeFileStem('Sở '.repeat(60)).length).toBeLessThanOrEqual(80);
  });

  it('never gives two agencies the same name, up to letter case, and always the same names for the same labels', () => {
    const long = 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp của thành phố';
    const labels = [`${long} số 1`, `${long} số 2`, 'Sở Y tế', 'SỞ Y TẾ'];
    const names = splitFileNames(labels);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    expect(names[1]).toMatch(/ \(2\)\.xlsx$/);
    expect(names[3]).toBe('SO Y TE (2).xlsx');
    expect(splitFileNames(labels)).toEqual(names);
  });
});
