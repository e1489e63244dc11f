import { parseTypedDate } from './isoDate';

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
