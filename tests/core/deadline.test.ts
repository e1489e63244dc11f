/** Table-driven test of the deadline reader: every deadline form of the four seeds and the other forms in use. */
import { readDeadline } from '../../src/core/deadline';

const Y = { referenceYear: 2026 };
const N = { referenceYear: null };

type Row = [text: string, kind: string, start: string | null, due: string | null];

const SEEDS: Row[] = [
  ['Tháng 12/2025', 'month', '2025-12-01', '2025-12-31'],
  ['Đến hết tháng 12/2025', 'month', null, '2025-12-31'],
  ['Đến tháng 4/2026', 'month', null, '2026-04-30'],
  ['Quý IV/2025', 'quarter', '2025-10-01', '2025-12-31'],
  ['Quý II, III/2026', 'quarter', '2026-04-01', '2026-09-30'],
  ['Tháng 4,5/2026', 'month', '2026-04-01', '2026-05-31'],
  ['Tháng 12/2025 đến tháng 02/2026', 'range', '2025-12-01', '2026-02-28'],
  ['Từ tháng 4/2026 đến tháng 7/2026', 'range', '2026-04-01', '2026-07-31'],
  ['Quý IV/2026 - Quý II/2027', 'range', '2026-10-01', '2027-06-30'],
  ['Ngày 25/12/2025', 'date', '2025-12-25', '2025-12-25'],
  ['Trước 31/12/2025', 'date', null, '2025-12-31'],
  ['Năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Năm 2030', 'year', '2030-01-01', '2030-12-31'],
  ['Trong cả năm', 'year', '2026-01-01', '2026-12-31'],
  ['Trong tháng 02/2026', 'month', '2026-02-01', '2026-02-28'],
  ['Tháng 01/2026', 'month', '2026-01-01', '2026-01-31'],
  ['Quý I/2027', 'quarter', '2027-01-01', '2027-03-31'],
  ['Giai đoạn 2026 - 2030', 'range', '2026-01-01', '2030-12-31'],
  ['2026-2030', 'range', '2026-01-01', '2030-12-31'],
  ['Thường xuyên', 'recurring', null, null],
  ['Thực hiện thường xuyên', 'recurring', null, null],
  ['Đột xuất; thường xuyên', 'recurring', null, null],
  ['Khẩn cấp; Đột xuất; thường xuyên', 'recurring', null, null],
  ['Nhiệm vụ thường xuyên', 'recurring', null, null],
  ['Thường xuyên trong năm 2026', 'recurring', '2026-01-01', null],
  ['Từ năm 2026', 'recurring', '2026-01-01', null],
  ['Theo Đề án', 'event', null, null],
  ['Ngay khi Thanh tra Chính phủ ban hành quy định mới', 'event', null, null],
  ['Theo đề nghị của chủ đầu tư và tiến độ dự án', 'event', null, null],
  ['Khởi công năm 2026; Đưa vào vận hành trong năm 2027.', 'milestones', '2026-01-01', '2027-12-31'],
  [
    'Phân đầu khởi công bến 7-8 trong Quý II/2026; bến 9-12 trong Quý IV/2026, hoàn thành năm 2030',
    'milestones',
    '2026-04-01',
    '2030-12-31',
  ],
  ['Khởi công trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Ban hành Đề án trong năm 2025', 'year', '2025-01-01', '2025-12-31'],
  ['Quý I năm 2026 cơ bản hoàn thành', 'quarter', '2026-01-01', '2026-03-31'],
];

const OTHER: Row[] = [
  ['Quí IV-2025', 'quarter', '2025-10-01', '2025-12-31'],
  ['Quý III Năm 2026', 'quarter', '2026-07-01', '2026-09-30'],
  ['quý 3/2026', 'quarter', '2026-07-01', '2026-09-30'],
  ['Quý IV/2025- Quý II/2026', 'range', '2025-10-01', '2026-06-30'],
  ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
  ['6 tháng cuối năm 2026', 'half', '2026-07-01', '2026-12-31'],
  ['tháng 3 năm 2026', 'month', '2026-03-01', '2026-03-31'],
  ['01/03/2026', 'date', '2026-03-01', '2026-03-01'],
  ['25-12-2025', 'date', '2025-12-25', '2025-12-25'],
  ['ngày 25 tháng 12 năm 2025', 'date', '2025-12-25', '2025-12-25'],
  ['Trước 15/8/2020', 'date', null, '2020-08-15'],
  ['Trước 15/6', 'date', null, '2026-06-15'],
  ['Tháng 6', 'month', '2026-06-01', '2026-06-30'],
  ['Cuối năm', 'year', '2026-01-01', '2026-12-31'],
  ['2025 - 2035', 'range', '2025-01-01', '2035-12-31'],
  ['Năm 2025 - 2026', 'range', '2025-01-01', '2026-12-31'],
  ['Hằng năm', 'recurring', null, null],
  ['Hàng năm', 'recurring', null, null],
  ['Thường xuyên, hằng năm', 'recurring', null, null],
  ['Khi có phát sinh.', 'event', null, null],
  ['Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW', 'event', null, null],
  ['Hoàn thành trong quý I năm 2026 và có rà soát, cập nhật các năm tiếp theo', 'quarter', '2026-01-01', '2026-03-31'],
  ['Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', 'range', '2026-01-01', '2027-12-31'],
  ['Bắt đầu triển khai từ năm 2026', 'recurring', '2026-01-01', null],
  ['Tháng 9 - 10/2026', 'month', '2026-09-01', '2026-10-31'],
  ['T9-10/2026', 'month', '2026-09-01', '2026-10-31'],
  ['Q4/2026', 'quarter', '2026-10-01', '2026-12-31'],
  ['Q2-2027', 'quarter', '2027-04-01', '2027-06-30'],
  ['12/2026', 'month', '2026-12-01', '2026-12-31'],
  ['03-2027', 'month', '2027-03-01', '2027-03-31'],
  ['Trước 30/9/2026 (trình HĐND)', 'date', null, '2026-09-30'],
  ['Chậm nhất 31/12/2026', 'date', null, '2026-12-31'],
  ['Hoàn thành trước ngày 31 tháng 12 năm 2026', 'date', null, '2026-12-31'],
  ['Tháng 10 năm 2026', 'month', '2026-10-01', '2026-10-31'],
  ['Tháng 11, 12/2026', 'month', '2026-11-01', '2026-12-31'],
  ['Định kỳ 6 tháng', 'recurring', null, null],
  ['Khi có yêu cầu', 'event', null, null],
  ['13/2026', 'unknown', null, null],
  ['Triển khai Nghị quyết 05/2026/NQ-HĐND trong quý II/2026', 'quarter', '2026-04-01', '2026-06-30'],
  ['Sau khi có Quyết định số 12/2026', 'event', null, null],
  ['Sớm', 'unknown', null, null],
  ['Đang cập nhật', 'unknown', null, null],
  ['x', 'unknown', null, null],
  ['Tháng 13/2026', 'unknown', null, null],
  ['Quý V/2026', 'unknown', null, null],
  ['31/02/2026', 'unknown', null, null],
  ['', 'none', null, null],
];

describe.each([
  ['seed deadlines', SEEDS],
  ['other forms', OTHER],
])('%s', (_, rows) => {
  it.each(rows)('%s → %s %s..%s', (text, kind, start, due) => {
    const d = readDeadline({ value: text || null, text }, Y);
    expect({ kind: d.kind, start: d.start, due: d.due }).toEqual({ kind, start, due });
  });
});

describe('values from Excel', () => {
  it('reads real date cells, date serials and year numbers', () => {
    expect(readDeadline({ value: 46387, text: '31/12/2026', date: '2026-12-31' }, N)).toMatchObject({
      kind: 'date',
      due: '2026-12-31',
    });
    expect(readDeadline({ value: 46387, text: '46387' }, N)).toMatchObject({ kind: 'date', due: '2026-12-31' });
    expect(readDeadline({ value: 2026, text: '2026' }, N)).toMatchObject({ kind: 'year', due: '2026-12-31' });
    expect(readDeadline({ value: 7, text: '7' }, N).kind).toBe('unknown');
  });
  it('needs a document year for "Trong cả năm" and months without a year', () => {
    expect(readDeadline({ value: 'Trong cả năm', text: 'Trong cả năm' }, N).kind).toBe('unknown');
    expect(readDeadline({ value: 'Tháng 6', text: 'Tháng 6' }, N).kind).toBe('unknown');
  });
  it('keeps milestones with their own dates', () => {
    const d = readDeadline({ value: 'x', text: 'Khởi công năm 2026; Đưa vào vận hành trong năm 2027.' }, Y);
    expect(d.milestones!.map((m) => m.due)).toEqual(['2026-12-31', '2027-12-31']);
  });
});
