import { parseTypedDate, writtenDateText } from './isoDate';

describe('parseTypedDate', () => {
  it.each([
    ['2026-05-01', '2026-05-01'],
    ['01/05/2026', '2026-05-01'],
    ['1/5/2026', '2026-05-01'],
    ['01-05-2026', '2026-05-01'],
    [' 01.05.2026 ', '2026-05-01'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => expect(parseTypedDate(typed)).toBe(iso));

  it.each(['31/02/2026', '29/02/2026', '2026/05/01', '05/2026', '1/13/2026', '2026-02-30', 'mai', ''])(
    'refuses %j',
    (typed) => expect(parseTypedDate(typed)).toBeNull(),
  );
});

describe('writtenDateText', () => {
  it('shows a document date as it was written', () => {
    expect(writtenDateText('2026-04-15', 'day', 'năm')).toBe('15/04/2026');
    expect(writtenDateText('2026-04-01', 'month', 'năm')).toBe('…/04/2026');
    expect(writtenDateText('2026-01-01', 'year', 'năm')).toBe('năm 2026');
    expect(writtenDateText('2026-01-01', 'year', 'year')).toBe('year 2026');
    expect(writtenDateText('2026-04-15', null, 'năm')).toBe('15/04/2026');
  });
});
