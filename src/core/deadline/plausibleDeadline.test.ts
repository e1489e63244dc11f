import { deadlineDoubt, farFromAnchor, MAX_YEARS_AFTER, MAX_YEARS_BEFORE, setAside } from './plausibleDeadline';
import type { Deadline } from '../report/schema';

const DOC = { date: '2026-03-15', kind: 'document' as const };
const month = (due: string): Deadline => ({ text: due, kind: 'month', start: `${due.slice(0, 8)}01`, due });

describe('deadlines decades from the document', () => {
  it('allows what real appendices plan (to 2030, 2045, 2050) and the past a report looks back on', () => {
    expect(MAX_YEARS_AFTER).toBe(30);
    expect(MAX_YEARS_BEFORE).toBe(20);
    for (const due of ['2026-12-31', '2030-12-31', '2050-12-31', '2056-03-15', '2010-12-31', '2006-03-15'])
      expect(farFromAnchor(due, DOC)).toBeNull();
  });

  it('says a year typed wrong: 2206 in a 2026 document, 1926, one day past either bound', () => {
    expect(farFromAnchor('2206-12-31', DOC)).toEqual({
      reason: 'far-from-anchor',
      due: '2206-12-31',
      anchor: '2026-03-15',
      anchorKind: 'document',
      direction: 'after',
      years: 180,
    });
    expect(farFromAnchor('1926-12-31', DOC)).toMatchObject({ direction: 'before', years: 99 });
    expect(farFromAnchor('2056-03-16', DOC)).toMatchObject({ direction: 'after', years: 30 });
    expect(farFromAnchor('2006-03-14', DOC)).toMatchObject({ direction: 'before', years: 20 });
  });

  it('measures from the as-of date when the document states none', () => {
    expect(farFromAnchor('2206-12-31', { date: '2026-05-01', kind: 'as-of' })).toMatchObject({ anchorKind: 'as-of' });
  });

  it('a start column later than the due date; a far milestone; nothing for a deadline without a date', () => {
    expect(deadlineDoubt(month('2026-03-31'), '2026-06-01', DOC)).toEqual({
      reason: 'due-before-start',
      start: '2026-06-01',
      due: '2026-03-31',
      from: 'column',
    });
    expect(deadlineDoubt(month('2026-03-31'), '2026-03-01', DOC)).toBeNull();
    const milestones: Deadline = {
      text: 'Khởi công năm 1926; hoàn thành năm 2027',
      kind: 'milestones',
      start: '1926-01-01',
      due: '2027-12-31',
      milestones: [
        { text: 'khoi cong nam 1926', kind: 'year', start: '1926-01-01', due: '1926-12-31' },
        { text: 'hoan thanh nam 2027', kind: 'year', start: '2027-01-01', due: '2027-12-31' },
      ],
    };
    expect(deadlineDoubt(milestones, null, DOC)).toMatchObject({ due: '1926-12-31', direction: 'before' });
    expect(deadlineDoubt({ text: 'Thường xuyên', kind: 'recurring', start: null, due: null }, null, DOC)).toBeNull();
    expect(setAside(month('2206-12-31'))).toEqual({ text: '2206-12-31', kind: 'unknown', start: null, due: null });
  });
});
