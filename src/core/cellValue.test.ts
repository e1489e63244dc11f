import { normalizeCell } from './cellValue';

const dateCell = (value: unknown, extra: object = {}) => normalizeCell({ value, format: 'dd/mm/yyyy', ...extra });

describe('normalizeCell: values that cannot be read', () => {
  it.each([
    [-5, '-5'],
    [0, '0'],
    [2958466, '2958466'],
    [1e12, '1000000000000'],
  ])('a date-formatted serial %p outside Excel’s calendar keeps its number and is unreadable', (serial, text) => {
    expect(dateCell(serial)).toEqual({ value: serial, text, unreadable: 'date-out-of-range' });
  });

  it('keeps the serials of the calendar’s first and last day as dates', () => {
    expect(dateCell(1)).toEqual({ value: 1, text: '01/01/1900', date: '1900-01-01' });
    expect(dateCell(2958465)).toEqual({ value: 2958465, text: '31/12/9999', date: '9999-12-31' });
  });

  it('shows the number where the host shows "####" for it, as Excel does for a negative date', () => {
    expect(normalizeCell({ value: -5, text: '########', format: 'm/d/yyyy' })).toEqual({
      value: -5,
      text: '-5',
      unreadable: 'date-out-of-range',
    });
  });

  it('counts a 1904 workbook’s serials in its own system', () => {
    // 2957003 + 1462 = 2958465: the last day; one more is past it.
    expect(dateCell(2957003, { date1904: true })).toMatchObject({ date: '9999-12-31' });
    expect(dateCell(2957004, { date1904: true })).toMatchObject({ unreadable: 'date-out-of-range' });
  });

  it('a time of day (a format with no day or year) is no date out of range', () => {
    expect(normalizeCell({ value: 0.5, format: 'h:mm' })).toEqual({ value: 0.5, text: '0.5' });
  });

  it('a Date outside 1900–9999 (as ExcelJS gives one) keeps the serial it stands for; an invalid Date is no date', () => {
    expect(normalizeCell({ value: new Date(Date.UTC(1899, 11, 25)) })).toEqual({
      value: -5,
      text: '-5',
      unreadable: 'date-out-of-range',
    });
    expect(normalizeCell({ value: new Date(Date.UTC(10000, 0, 1)) })).toEqual({
      value: 2958466,
      text: '2958466',
      unreadable: 'date-out-of-range',
    });
    expect(normalizeCell({ value: new Date(NaN) })).toEqual({
      value: '########',
      text: '########',
      unreadable: 'not-a-date',
    });
  });

  it('a stored date (t="d") that is no date, or no day of the calendar, keeps its text', () => {
    expect(normalizeCell({ value: 'hôm qua', isDate: true })).toEqual({
      value: 'hôm qua',
      text: 'hôm qua',
      unreadable: 'not-a-date',
    });
    expect(normalizeCell({ value: '2026-13-45', isDate: true })).toMatchObject({ unreadable: 'not-a-date' });
    expect(normalizeCell({ value: '10000-01-01T00:00:00', isDate: true })).toEqual({
      value: '10000-01-01T00:00:00',
      text: '10000-01-01T00:00:00',
      unreadable: 'date-out-of-range',
    });
    expect(normalizeCell({ value: new Date(Date.UTC(2026, 4, 1)), isDate: true })).toMatchObject({
      date: '2026-05-01',
    });
  });

  it('a formula saved without its result is unreadable; one whose result is empty text is an empty cell', () => {
    expect(normalizeCell({ value: null, formula: true })).toEqual({
      value: null,
      text: '',
      formula: true,
      unreadable: 'no-cached-value',
    });
    expect(normalizeCell({ value: '', formula: true })).toEqual({ value: null, text: '', formula: true });
    expect(normalizeCell({ value: 3, formula: true })).toEqual({ value: 3, text: '3', formula: true });
  });

  it('NaN or ∞ (ExcelJS’s reading of a stored date that is none) is no number', () => {
    expect(normalizeCell({ value: NaN })).toEqual({ value: 'NaN', text: 'NaN', unreadable: 'not-a-number' });
    expect(normalizeCell({ value: Infinity, format: 'dd/mm/yyyy' })).toMatchObject({ unreadable: 'not-a-number' });
  });

  it('ordinary values are untouched', () => {
    expect(normalizeCell({ value: 'Sở Y tế' })).toEqual({ value: 'Sở Y tế', text: 'Sở Y tế' });
    expect(normalizeCell({ value: -5, format: 'General' })).toEqual({ value: -5, text: '-5' });
    expect(normalizeCell({ value: null })).toEqual({ value: null, text: '' });
  });
});
