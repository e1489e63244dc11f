import { sheetFromValues, type RawValue, type SheetGrid } from '../grid';
import { recognizeTables } from './recognizeTables';

const HEADER: RawValue[] = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'];
const table = (rows: RawValue[][], merges = false) => {
  const sheet: SheetGrid = { ...sheetFromValues('S', [HEADER, ...rows]), mergesKnown: merges };
  return recognizeTables(sheet)[0]!;
};
const kinds = (rows: RawValue[][], merges = false) => table(rows, merges).body.map((b) => b.kind);

describe('row rules', () => {
  it('a row with only a number is a template row, not a task', () => {
    const t = table([
      ['1', 'Xây dựng kế hoạch thực hiện', 'Sở Tài chính', 'Quý II/2026'],
      ['2', '', '', ''],
      ['3', '', '', ''],
    ]);
    expect(t.tasks).toHaveLength(1);
    expect(t.body.map((b) => b.kind)).toEqual(['task', 'template', 'template']);
  });
  it('a sub-row with its own lead and deadline under a merged STT/task is a task of its own, with no STT', () => {
    const t = table([
      ['1', 'Xây dựng cơ chế, chính sách', 'Bộ Tài chính', 'Tháng 5/2026'],
      ['', '', 'Bộ Tài chính', 'Tháng 11/2026'],
    ]);
    expect(t.tasks.map((x) => [x.stt.text, x.text.lead, x.text.deadline])).toEqual([
      ['1', 'Bộ Tài chính', 'Tháng 5/2026'],
      ['', 'Bộ Tài chính', 'Tháng 11/2026'],
    ]);
  });
  it('a second line naming one more lead body is not a task and is not glued to the first lead', () => {
    const t = table([
      ['1', 'Đề án triển khai phong trào', 'Trung ương Mặt trận Tổ quốc Việt Nam', '2030'],
      ['', '', 'Ủy ban nhân dân các tỉnh', ''],
      ['2', 'Đề án xử lý chất thải', 'Ủy ban nhân dân các tỉnh', '2030'],
    ]);
    expect(t.tasks.map((x) => x.text.lead)).toEqual([
      'Trung ương Mặt trận Tổ quốc Việt Nam',
      'Ủy ban nhân dân các tỉnh',
    ]);
    expect(t.body.map((b) => b.kind)).toEqual(['task', 'extra-lead', 'task']);
  });
  it('the rest of a task under a repeated header stays a continuation, whatever header words it holds', () => {
    const head: RawValue[] = [
      'STT',
      'Nhiệm vụ',
      'Kết quả/Sản phẩm',
      'Thời hạn',
      'Cơ quan chủ trì',
      'Cơ quan, đơn vị phối hợp',
      'Thẩm quyền',
    ];
    const task = (n: number): RawValue[] => [
      n,
      `Triển khai nhiệm vụ số ${n} về cải cách hành chính, bảo đảm đúng tiến độ và chất lượng theo yêu cầu`,
      'Báo cáo kết quả thực hiện',
      'Quý IV/2026',
      'Sở Nội vụ',
      'Các cơ quan, đơn vị liên quan',
      'Ủy ban nhân dân thành phố',
    ];
    const rows: RawValue[][] = [head, task(1), task(2), task(3), task(4), task(5)];
    rows.push(
      [
        6,
        'Tăng cường an toàn thông tin mạng, gắn với trách nhiệm của người đứng',
        '',
        '',
        'Sở Tư pháp',
        'Các sở',
        'UBND',
      ],
      head,
      // "đầu cơ quan, …" and "Văn bản hướng dẫn" are header words ("Cơ quan …", "Văn bản …").
      [
        '',
        'đầu cơ quan, đơn vị, kịp thời báo cáo kết quả thực hiện về Ủy ban nhân dân thành phố.',
        'Văn bản hướng dẫn',
        'Trước 31/12/2026',
      ],
    );
    rows.push(task(7), task(8), task(9), task(10));
    const tables = recognizeTables({ ...sheetFromValues('S', rows), mergesKnown: true });
    expect(tables).toHaveLength(1);
    const t6 = tables[0]!.tasks.find((t) => t.stt.text === '6')!;
    expect(t6.text.task).toMatch(/người đứng đầu cơ quan/);
    expect(t6.text.deadline).toBe('Trước 31/12/2026');
    expect(tables[0]!.tasks).toHaveLength(10);
  });

  it('a row with its own lead or deadline is never a continuation', () => {
    expect(
      kinds([
        ['1', 'Xây dựng kế hoạch', 'Sở Tài chính', 'Quý II/2026'],
        ['', 'Tổ chức thực hiện kế hoạch', 'Sở Nội vụ', ''],
      ]),
    ).toEqual(['task', 'task']);
  });
  it('text that only continues the cell above (lower case, no lead, no deadline) is a continuation', () => {
    expect(
      kinds([
        ['1', 'Xây dựng kế hoạch chuyển đổi số của', 'Sở Tài chính', 'Quý II/2026'],
        ['', 'ngành giai đoạn 2026-2030', '', ''],
      ]),
    ).toEqual(['task', 'continuation']);
  });
  it('an empty deadline comes down from the row above only where the source cannot show merges', () => {
    const rows: RawValue[][] = [
      ['1', 'Xây dựng hạ tầng', 'Trung tâm Chuyển đổi số', 'Quý IV/2026'],
      ['', 'Xây dựng hạ tầng kỹ thuật', 'Trung tâm Chuyển đổi số', ''],
    ];
    expect(table(rows, false).tasks[1]!.text.deadline).toBe('Quý IV/2026');
    expect(table(rows, true).tasks[1]!.text.deadline).toBe('');
  });
  it('a numbered heading over dashed items with no lead and no deadline is a section', () => {
    const t = table([
      ['1', 'Kết nối cơ sở dữ liệu', '', ''],
      ['-', 'Rà soát dữ liệu', 'Sở Tài chính', 'Tháng 6/2026'],
      ['-', 'Triển khai kết nối', 'Sở Tài chính', 'Tháng 9/2026'],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(['1 Kết nối cơ sở dữ liệu']);
    expect(t.tasks).toHaveLength(2);
  });
});

describe('a two-row header with a sub-header under an empty cell', () => {
  it('"Thời gian" over "Bắt đầu | Kết thúc": both rows are the header, and the end is the deadline', () => {
    const sheet = sheetFromValues('S', [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', ''],
      ['', '', '', 'Bắt đầu', 'Kết thúc'],
      ['1', 'Xây dựng kế hoạch thực hiện đề án của tỉnh', 'Sở Nội vụ', 'Tháng 1/2026', 'Tháng 3/2026'],
      ['2', 'Tổ chức triển khai thí điểm tại các xã', 'UBND các xã, phường', 'Tháng 4/2026', 'Tháng 12/2026'],
    ]);
    const [t] = recognizeTables(sheet);
    expect(t!.header.height).toBe(2);
    expect(t!.tasks.map((x) => x.text.deadline)).toEqual(['Tháng 3/2026', 'Tháng 12/2026']);
  });
});
