/**
 * fast-check arbitraries of sheets as offices fill them: an optional title block, a header row of
 * appendix-like words in any order, body rows of STTs, task prose, agency names, deadlines, leaders and
 * statuses mixed with noise, empty rows and section rows, and merged areas (the master cell keeps the
 * value, every covered cell carries the area, as the adapters give them); and wholly random sheets.
 */
import fc from 'fast-check';
import { finishRows, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';

const HEADERS = [
  'STT',
  'TT',
  'Số TT',
  'Nội dung nhiệm vụ',
  'Nhiệm vụ',
  'Tên nhiệm vụ',
  'Sản phẩm',
  'Kết quả đầu ra',
  'Cơ quan chủ trì',
  'Đơn vị chủ trì',
  'Cơ quan phối hợp',
  'Thời gian hoàn thành',
  'Thời hạn',
  'Tiến độ',
  'Cấp trình',
  'Lãnh đạo phụ trách',
  'Lãnh đạo chỉ đạo',
  'Tình hình thực hiện',
  'Ngày hoàn thành',
  'Ghi chú',
  '',
];
const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tài Chính',
  'Sở Xây dựng',
  'UBND các xã, phường',
  'Các sở, ban, ngành liên quan',
  'Công an tỉnh',
  'Sở Văn hoá, Thể thao và Du lịch',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở KH&CN',
  'BQL dự án',
  'Sở Nội vụ; Sở Tài chính',
  'Văn phòng UBND tỉnh',
  '',
];
const DEADLINES = [
  'Quý IV/2025',
  'Tháng 4,5/2026',
  'Từ tháng 9 đến tháng 3/2026',
  'Năm 2026',
  'Thường xuyên',
  'Tháng 12/2025',
  '31/12/2026',
  '15/6',
  'Trong cả năm',
  'Theo Đề án',
  'Sớm',
  'Tháng 13/2026',
  '2026-2030',
  '2026 và hằng năm',
  '',
];
const LEADERS = [
  'Phó Chủ tịch UBND tỉnh Nguyễn Văn A',
  'Chủ tịch UBND tỉnh',
  'đồng chí Trần Thị B',
  'PCT Lê Văn C',
  '',
];
const STATUSES = ['Hoàn thành', 'Đã hoàn thành quá hạn', 'Đang thực hiện', 'Chưa thực hiện', 'x', ''];
const TASKS = [
  'Xây dựng kế hoạch triển khai thực hiện Nghị quyết',
  'Rà soát, sửa đổi quy chế làm việc của cơ quan',
  'Tổ chức hội nghị sơ kết 6 tháng đầu năm',
  'Báo cáo kết quả thực hiện',
  'tiếp tục triển khai',
  'Hoàn thiện hồ sơ trình UBND tỉnh phê duyệt đề án',
];
const SECTIONS = ['I', 'II', 'III', 'IV', 'A', 'B', 'I. Nhiệm vụ chung', 'II. NHIỆM VỤ CỤ THỂ'];

const stt = fc.oneof(
  fc.integer({ min: -3, max: 60 }).map(String),
  fc.integer({ min: 1, max: 60 }).map((n) => `(${n})`),
  fc.integer({ min: 1, max: 9 }).map((n) => `${n}.${n}`),
  fc.constantFrom('a)', 'b)', '-', '+', '*'),
);
const noise = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -100000, max: 3000000 }).map(String));

/** One body cell's text: mostly what the column's kind holds, sometimes anything. */
const bodyText = fc.oneof(
  { weight: 2, arbitrary: stt },
  { weight: 3, arbitrary: fc.constantFrom(...TASKS) },
  { weight: 3, arbitrary: fc.constantFrom(...AGENCIES) },
  { weight: 3, arbitrary: fc.constantFrom(...DEADLINES) },
  { weight: 1, arbitrary: fc.constantFrom(...LEADERS) },
  { weight: 1, arbitrary: fc.constantFrom(...STATUSES) },
  { weight: 1, arbitrary: noise },
);

const textCell = (text: string): Cell => (text === '' ? { value: null, text: '' } : { value: text, text });

/** A row laid out like the header's columns: each column keeps to its kind most of the time. */
function bodyRow(width: number): fc.Arbitrary<string[]> {
  const column = [
    stt,
    fc.constantFrom(...TASKS),
    fc.constantFrom(...AGENCIES),
    fc.constantFrom(...AGENCIES),
    fc.constantFrom(...DEADLINES),
    fc.constantFrom(...LEADERS),
    fc.constantFrom(...STATUSES),
  ];
  return fc.tuple(
    ...Array.from({ length: width }, (_, i) =>
      fc.oneof({ weight: 5, arbitrary: column[i % column.length]! }, { weight: 1, arbitrary: bodyText }),
    ),
  );
}

const row = (width: number): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 8, arbitrary: bodyRow(width) },
    { weight: 1, arbitrary: fc.constant([] as string[]) },
    { weight: 1, arbitrary: fc.constantFrom(...SECTIONS).map((s) => [s, 'Nhóm nhiệm vụ']) },
    { weight: 1, arbitrary: fc.array(bodyText, { maxLength: width }) },
  );

/** Merged areas as every adapter hands them over (core/grid finishRows: covered cells emptied, merges on the sheet). */
function withMerges(rows: string[][], merges: MergeInfo[]): Cell[][] {
  return finishRows(
    rows.map((r) => r.map(textCell)),
    merges,
  );
}

const merge = (height: number, width: number): fc.Arbitrary<MergeInfo> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: Math.max(0, height - 1) }),
      fc.integer({ min: 0, max: Math.max(0, width - 1) }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

/** An appendix-like sheet: title lines, a header, body rows, merges. */
export const appendixSheet: fc.Arbitrary<SheetGrid> = fc
  .integer({ min: 3, max: 8 })
  .chain((width) =>
    fc.record({
      title: fc.array(
        fc.constantFrom('PHỤ LỤC', 'Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026', 'Danh mục nhiệm vụ năm 2026'),
        {
          maxLength: 2,
        },
      ),
      header: fc.shuffledSubarray(HEADERS, { minLength: width, maxLength: width }),
      body: fc.array(row(width), { minLength: 0, maxLength: 25 }),
      merges: fc.array(merge(30, width), { maxLength: 4 }),
      mergesKnown: fc.boolean(),
    }),
  )
  .map(({ title, header, body, merges, mergesKnown }) => {
    const rows = [...title.map((t) => [t]), header, ...body];
    return {
      name: 'Phụ lục',
      rows: withMerges(rows, mergesKnown ? merges : []),
      merges: mergesKnown ? merges : [],
      mergesKnown,
    };
  });

/** A sheet of anything: random strings in random shapes. */
export const randomSheet: fc.Arbitrary<SheetGrid> = fc
  .array(fc.array(fc.oneof(bodyText, fc.constantFrom(...HEADERS)), { maxLength: 8 }), { maxLength: 20 })
  .map((rows) => ({ name: 'Sheet1', rows: rows.map((r) => r.map(textCell)) }));

export const workbook: fc.Arbitrary<WorkbookGrid> = fc
  .array(fc.oneof({ weight: 3, arbitrary: appendixSheet }, { weight: 1, arbitrary: randomSheet }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((sheets) => ({ sheets: sheets.map((s, i) => ({ ...s, name: `${s.name} ${i + 1}` })) }));
