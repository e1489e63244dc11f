import { isPlaceholderDeadline, readDeadline, readDeadlineChecked } from './readDeadline';

const read = (text: string, referenceYear: number | null = 2026) => {
  const d = readDeadline({ value: text, text }, { referenceYear });
  return { kind: d.kind, start: d.start, due: d.due };
};

describe('readDeadline: issue 8 rules', () => {
  it('a range that crosses a year: the due date is never before the start', () => {
    expect(read('Từ tháng 9 đến tháng 3/2026')).toEqual({ kind: 'range', start: '2025-09-01', due: '2026-03-31' });
    expect(read('Từ tháng 9 đến tháng 3/2026', null)).toEqual({
      kind: 'range',
      start: '2025-09-01',
      due: '2026-03-31',
    });
  });
  it('month ranges written in figures', () => {
    expect(read('Từ tháng 5/2017-12/2017')).toEqual({ kind: 'range', start: '2017-05-01', due: '2017-12-31' });
  });
  it('"X và hằng năm", "X và các năm tiếp theo", "X và thường xuyên": recurring, first due date as written', () => {
    expect(read('2026 và hằng năm')).toEqual({ kind: 'recurring', start: '2026-01-01', due: '2026-12-31' });
    expect(read('Năm 2026 và các năm tiếp theo')).toEqual({
      kind: 'recurring',
      start: '2026-01-01',
      due: '2026-12-31',
    });
    expect(read('Quý II/2026 và thường xuyên')).toEqual({ kind: 'recurring', start: '2026-04-01', due: '2026-06-30' });
  });
  it('"6 tháng đầu năm", "06 tháng đầu năm 2026"', () => {
    expect(read('6 tháng đầu năm', 2027)).toEqual({ kind: 'half', start: '2027-01-01', due: '2027-06-30' });
    expect(read('06 tháng đầu năm 2026')).toEqual({ kind: 'half', start: '2026-01-01', due: '2026-06-30' });
  });
  it('dates inside citations of other documents are not deadlines', () => {
    expect(read('Quyết định số 1441/QĐ-UBND ngày 25/9/2025').due).toBeNull();
    expect(read('Theo Quyết định số 1441/QĐ-UBND ngày 25/9/2025, hoàn thành tháng 12/2026')).toMatchObject({
      kind: 'month',
      due: '2026-12-31',
    });
    expect(read('Theo lộ trình tại Kế hoạch số 02-KH/BCĐTW').kind).toBe('event');
  });
  it('a bracketed remark after the deadline is not a period of its own', () => {
    expect(read('Quý II/2026 (theo định hướng biên chế giai đoạn 2026 - 2031)').due).toBe('2026-06-30');
    expect(read('(Tháng 6/2026)').due).toBe('2026-06-30');
  });
});

describe('placeholder dates', () => {
  it('01/01/1970 (an exporting program’s empty date) is no deadline', () => {
    expect(read('01/01/1970')).toEqual({ kind: 'unknown', start: null, due: null });
    expect(
      readDeadline({ value: 25569, text: '01/01/1970', date: '1970-01-01' }, { referenceYear: null }).due,
    ).toBeNull();
    expect(isPlaceholderDeadline({ value: '01/01/1970', text: '01/01/1970' })).toBe(true);
    expect(isPlaceholderDeadline({ value: '02/01/1970', text: '02/01/1970' })).toBe(false);
    expect(read('02/01/1970').due).toBe('1970-01-02');
  });
});

describe('periods that cannot be true (issue 11)', () => {
  const checked = (text: string, referenceYear: number | null = 2026) =>
    readDeadlineChecked({ value: text, text }, { referenceYear });

  it('a period written backwards has no due date, and says which two dates it wrote', () => {
    for (const [text, start, due] of [
      ['Từ 01/6/2026 đến 01/3/2026', '2026-06-01', '2026-03-01'],
      ['Quý IV/2026 - Quý II/2025', '2026-10-01', '2025-06-30'],
      ['Từ tháng 9/2026 đến tháng 3/2026', '2026-09-01', '2026-03-31'],
      ['2030-2026', '2030-01-01', '2026-12-31'],
    ] as const) {
      const r = checked(text);
      expect(r.deadline).toMatchObject({ kind: 'unknown', start: null, due: null });
      expect(r.backwards).toEqual({ start, due });
      // The plain reader gives the same deadline: never a due date before its start.
      expect(readDeadline({ value: text, text }, { referenceYear: 2026 })).toEqual(r.deadline);
    }
  });

  it('a yearless end after a dated start lies in the year after; a yearless start in the year before', () => {
    expect(read('Quý IV/2026 - Quý I')).toEqual({ kind: 'range', start: '2026-10-01', due: '2027-03-31' });
    expect(read('Từ tháng 9 đến tháng 3/2026')).toEqual({ kind: 'range', start: '2025-09-01', due: '2026-03-31' });
    expect(checked('Từ tháng 9 đến tháng 3/2026').backwards).toBeNull();
  });

  it('a mistyped year is read as written (for the plausibility check to say), never as the document’s year', () => {
    expect(read('Tháng 12/2206')).toEqual({ kind: 'month', start: '2206-12-01', due: '2206-12-31' });
    expect(read('31/12/2206')).toEqual({ kind: 'date', start: '2206-12-31', due: '2206-12-31' });
    expect(read('Năm 2206')).toEqual({ kind: 'year', start: '2206-01-01', due: '2206-12-31' });
    expect(read('Năm 1926')).toEqual({ kind: 'year', start: '1926-01-01', due: '1926-12-31' });
    expect(read('Quý II/2206').due).toBe('2206-06-30');
    expect(read('12/2206').due).toBe('2206-12-31');
  });

  it('a year before 1900 never becomes a date', () => {
    expect(read('31/12/1026')).toEqual({ kind: 'unknown', start: null, due: null });
    expect(read('Tháng 6/1026')).toEqual({ kind: 'unknown', start: null, due: null });
    expect(read('Năm 0226').kind).toBe('unknown');
  });

  it('serials outside Excel’s calendar are no date', () => {
    for (const value of [-5, 0, 2958466, 1e12])
      expect(readDeadline({ value, text: String(value) }, { referenceYear: 2026 }).due).toBeNull();
  });
});
