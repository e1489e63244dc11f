import { readStatus } from './readStatus';
import { taskState } from './taskState';

describe('status qualifiers inside the cell', () => {
  it.each([
    ['Đã hoàn thành (quá hạn)', { progress: 'done', timing: 'late' }],
    ['Đã hoàn thành (đúng hạn)', { progress: 'done', timing: 'on-time' }],
    ['Đang thực hiện (trong hạn)', { progress: 'open', timing: 'on-time' }],
    ['Đang thực hiện (quá hạn)', { progress: 'open', timing: 'late' }],
    ['Sắp hết hạn (7 ngày)', { progress: null, timing: null }],
  ])('%s', (text, reading) => expect(readStatus(text)).toEqual(reading));
  it('a status that says on time while the due date has passed is still overdue', () => {
    const deadline = { text: '15/03/2026', kind: 'date' as const, start: '2026-03-15', due: '2026-03-15' };
    expect(
      taskState({ deadline, status: readStatus('Đang thực hiện (trong hạn)'), completedOn: null }, '2026-05-01', 7),
    ).toBe('open-overdue');
  });
});
