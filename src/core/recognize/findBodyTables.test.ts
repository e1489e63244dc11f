import { sheetFromValues, type RawValue } from '../grid';
import { recognizeTables } from './recognizeTables';

const tasks: RawValue[][] = [
  ['1', 'Xây dựng kế hoạch chuyển đổi số của ngành giai đoạn 2026-2030', 'Sở Khoa học và Công nghệ', 'Quý II/2026'],
  ['2', 'Rà soát, đánh giá hiện trạng hạ tầng số tại các xã, phường', 'Sở Tài chính', 'Tháng 6/2026'],
  ['3', 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã', 'Sở Nội vụ', 'Năm 2026'],
  ['4', 'Triển khai nền tảng dữ liệu dùng chung của tỉnh', 'Công an tỉnh', 'Quý IV/2026'],
];

describe('tables found by their body', () => {
  it('finds a table under a header in words no list knows, and maps it by content', () => {
    const sheet = sheetFromValues('S', [['Số', 'Việc cần làm', 'Nơi lo', 'Hạn định'], ...tasks]);
    const [t, ...rest] = recognizeTables(sheet);
    expect(rest).toHaveLength(0);
    expect(t!.header.foundBy).toBe('body');
    expect(t!.top).toBe(0);
    expect(t!.map.fields).toMatchObject({ no: 0, task: 1, lead: 2, deadline: 3 });
    expect(t!.tasks).toHaveLength(4);
    expect(t!.map.reasons.lead).toEqual([{ kind: 'content', content: 'body', share: 1 }]);
  });
  it('finds a table with no header row at all (continued from another sheet)', () => {
    const sheet = sheetFromValues('Tiếp', tasks);
    const [t] = recognizeTables(sheet);
    expect(t!.header.height).toBe(0);
    expect(t!.tasks.map((x) => x.text.lead)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      'Sở Nội vụ',
      'Công an tỉnh',
    ]);
  });
  it('does not take a numbered budget with years for an appendix: it names no responsible body', () => {
    const sheet = sheetFromValues('Dự toán', [
      ['STT', 'Nội dung chi', 'Năm', 'Số tiền (triệu đồng)'],
      ['1', 'Chi mua sắm trang thiết bị công nghệ thông tin cho các phòng', '2026', '1.250'],
      ['2', 'Chi thuê dịch vụ hạ tầng điện toán đám mây cho hệ thống', '2026', '800'],
      ['3', 'Chi đào tạo, tập huấn nâng cao kỹ năng số cho cán bộ', '2027', '300'],
    ]);
    expect(recognizeTables(sheet)).toEqual([]);
  });
  it('does not take a contact list for an appendix', () => {
    const sheet = sheetFromValues('Danh bạ', [
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại'],
      ['1', 'Nguyễn Văn An', 'Giám đốc', 'Sở Tài chính', '0236 3822 111'],
      ['2', 'Trần Thị Bình', 'Phó Giám đốc', 'Sở Nội vụ', '0236 3822 222'],
      ['3', 'Lê Văn Cường', 'Chánh Văn phòng', 'Văn phòng UBND', '0236 3822 333'],
    ]);
    expect(recognizeTables(sheet)).toEqual([]);
  });
});

describe('a table continued on another sheet without its header', () => {
  it('takes the previous sheet’s header and mapping when its numbering and task columns read the same', () => {
    const HEADER: RawValue[] = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'];
    const row = (n: number, lead: string, with_: string, due: string): RawValue[] => [
      String(n),
      `Triển khai nhiệm vụ số ${n} về chuyển đổi số trên địa bàn tỉnh`,
      lead,
      with_,
      due,
    ];
    const first = sheetFromValues('PL', [HEADER, row(1, 'Sở Tài chính', 'Sở Nội vụ', 'Quý II/2026')]);
    const second = sheetFromValues('PL (tiếp)', [
      row(2, 'Sở Nội vụ', 'Sở Tài chính', 'Quý III/2026'),
      row(3, 'Sở Xây dựng', 'Sở Tài chính', 'Năm 2026'),
      row(4, 'Công an tỉnh', 'Sở Nội vụ', 'Tháng 9/2026'),
    ]);
    const [previous] = recognizeTables(first);
    const [t] = recognizeTables(second, [], previous);
    expect(t!.header.continues).toBe(true);
    expect(t!.map.fields).toEqual(previous!.map.fields);
    expect(t!.tasks.map((x) => [x.text.lead, x.text.coordinating])).toEqual([
      ['Sở Nội vụ', 'Sở Tài chính'],
      ['Sở Xây dựng', 'Sở Tài chính'],
      ['Công an tỉnh', 'Sở Nội vụ'],
    ]);
    // Alone, the same rows are still found, mapped on their content.
    expect(recognizeTables(second)[0]!.header.continues).toBeUndefined();
  });
});
