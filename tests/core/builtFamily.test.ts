/**
 * Tables built to cover the family beyond the seeds: other column orders and wordings, two-row and
 * English headers, status columns, Excel's paste mangling of STT, several appendix sheets beside an
 * ordinary table, and sheets that hold no appendix at all.
 */
import { sheetFromValues } from '../../src/core/grid';
import { codes, onlyTable, scanGrid, scanRows } from '../helpers/scan';

const E = '';

describe('column recognition across wordings and orders', () => {
  it('maps a table whose deadline comes before the lead, with upper-case short headers', () => {
    const t = onlyTable([
      ['TT', 'NỘI DUNG CÔNG VIỆC', 'THỜI GIAN', 'CHỦ TRÌ', 'PHỐI HỢP', 'GHI CHÚ'],
      [1, 'Rà soát quy chế làm việc của cơ quan', 'Quý II/2026', 'Văn phòng', 'Các phòng', E],
      [2, 'Tổng kết công tác năm 2026', 'Tháng 12/2026', 'Văn phòng', 'Các phòng', E],
    ]);
    expect(t.columns).toEqual({ no: 'A', task: 'B', deadline: 'C', lead: 'D', coordinating: 'E', note: 'F' });
    expect(t.tasks.map((x) => x.deadline.due)).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('reads a ministry-style table: "Nội dung công việc", "Phân công", month/year in figures, "Mức độ hoàn thành"', () => {
    const t = onlyTable([
      [
        'Số TT',
        'Nội dung công việc',
        'Phân công',
        'Đơn vị phối hợp thực hiện',
        'Hạn hoàn thành',
        'Kết quả dự kiến',
        'Mức độ hoàn thành',
      ],
      [1, 'Sửa đổi quy chế chi tiêu nội bộ', 'Văn phòng Bộ', 'Vụ Tài chính', '09/2026', 'Quy chế', 'Đang thực hiện'],
      [2, 'Báo cáo sơ kết 6 tháng', 'Vụ Tổng hợp', 'Các đơn vị', 'Q2/2026', 'Báo cáo', 'Hoàn thành'],
    ]);
    expect(t.columns).toEqual({
      no: 'A',
      task: 'B',
      lead: 'C',
      coordinating: 'D',
      deadline: 'E',
      output: 'F',
      status: 'G',
    });
    expect(t.tasks.map((x) => [x.lead, x.deadline.due, x.state])).toEqual([
      ['Văn phòng Bộ', '2026-09-30', 'open-on-track'],
      ['Vụ Tổng hợp', '2026-06-30', 'done-on-time'],
    ]);
  });

  it('reads English headers', () => {
    const t = onlyTable([
      ['No.', 'Task', 'Lead agency', 'Coordinating', 'Deadline', 'Output', 'Status'],
      [
        1,
        'Publish the open data catalogue',
        'Department of Science and Technology',
        'All departments',
        '30/06/2026',
        'Catalogue',
        'In progress',
      ],
      [
        2,
        'Train staff on the new portal',
        'Department of Home Affairs',
        'All departments',
        'Quý III/2026',
        'Courses',
        'Done',
      ],
    ]);
    expect(t.columns).toEqual({
      no: 'A',
      task: 'B',
      lead: 'C',
      coordinating: 'D',
      deadline: 'E',
      output: 'F',
      status: 'G',
    });
    expect(t.tasks.map((x) => x.state)).toEqual(['open-on-track', 'done-on-time']);
  });

  it('combines a two-row header with a merged "Cơ quan thực hiện" over "Chủ trì | Phối hợp"', () => {
    const t = onlyTable([
      ['PHỤ LỤC'],
      ['DANH MỤC NHIỆM VỤ'],
      ['STT', 'Nhiệm vụ', 'Cơ quan thực hiện', E, 'Thời hạn hoàn thành', 'Sản phẩm'],
      [E, E, 'Chủ trì', 'Phối hợp', E, E],
      [1, 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Các sở, ngành', 'Tháng 6/2026', 'Kế hoạch'],
      [2, 'Ban hành quy chế quản lý dữ liệu', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Quý IV/2026', 'Quyết định'],
    ]);
    expect(t.headerRow).toBe(3);
    expect(t.columns).toMatchObject({ no: 'A', task: 'B', lead: 'C', coordinating: 'D', deadline: 'E', output: 'F' });
    expect(t.tasks).toHaveLength(2);
    expect(t.tasks[0]!.lead).toBe('Sở Khoa học và Công nghệ');
  });

  it('settles "Tiến độ" by its content: deadlines in one table, statuses in another', () => {
    const asDeadline = onlyTable([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tiến độ'],
      [1, 'Lập quy hoạch chi tiết khu trung tâm', 'Sở Xây dựng', 'Quý III/2026'],
      [2, 'Phê duyệt đề án', 'Sở Nội vụ', 'Tháng 9/2026'],
    ]);
    expect(asDeadline.columns.deadline).toBe('D');
    const asStatus = onlyTable([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ'],
      [1, 'Lập quy hoạch chi tiết khu trung tâm', 'Sở Xây dựng', 'Quý I/2026', 'Đã hoàn thành'],
      [2, 'Phê duyệt đề án', 'Sở Nội vụ', 'Tháng 3/2026', 'Đang thực hiện'],
    ]);
    expect(asStatus.columns).toMatchObject({ deadline: 'D', status: 'E' });
    expect(asStatus.tasks.map((x) => x.state)).toEqual(['done-on-time', 'open-overdue']);
  });
});

describe('STT as written and as Excel mangles it', () => {
  it('shows (1) for a -1 stored by Excel and reads 1. stored as 1', () => {
    const t = onlyTable([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [-1, 'Nhiệm vụ thứ nhất của bảng', 'Sở Tài chính', 'Năm 2026'],
      [-2, 'Nhiệm vụ thứ hai của bảng', 'Sở Tài chính', 'Năm 2026'],
      [-4, 'Nhiệm vụ thứ tư của bảng', 'Sở Tài chính', 'Năm 2026'],
    ]);
    expect(t.tasks.map((x) => x.no)).toEqual(['(1)', '(2)', '(4)']);
    expect(codes(t, 'numbering-gap')).toEqual([4]);
  });
});

describe('status and completion columns', () => {
  it('gives done-late when completed after the due date and reads statuses', () => {
    const t = onlyTable(
      [
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình hình thực hiện', 'Ngày hoàn thành'],
        [1, 'Báo cáo sơ kết 6 tháng', 'Sở Nội vụ', '30/06/2026', 'Đã hoàn thành', '05/07/2026'],
        [2, 'Báo cáo quý III', 'Sở Nội vụ', '30/09/2026', 'Hoàn thành đúng hạn', E],
        [3, 'Kế hoạch năm 2027', 'Sở Nội vụ', '15/11/2026', 'Chưa thực hiện', E],
        [4, 'Đề án vị trí việc làm', 'Sở Nội vụ', '28/11/2026', 'Đang thực hiện', E],
        [5, 'Tổng kết năm', 'Sở Nội vụ', 'Tháng 12/2026', E, E],
        [6, 'Theo dõi thi đua', 'Sở Nội vụ', 'Thường xuyên', E, E],
        [7, 'Việc chưa rõ hạn', 'Sở Nội vụ', 'Sớm', E, E],
      ],
      { asOf: '2026-11-24' },
    );
    expect(t.columns).toMatchObject({ status: 'E', completedOn: 'F' });
    expect(t.tasks.map((x) => x.state)).toEqual([
      'done-late',
      'done-on-time',
      'open-overdue',
      'open-due-soon',
      'open-on-track',
      'no-deadline',
      'unknown',
    ]);
    expect(t.tasks[0]!.completedOn).toBe('2026-07-05');
    const row = t.summary.byLead[0]!;
    expect(row).toMatchObject({
      label: 'Sở Nội vụ',
      total: 7,
      doneLate: 1,
      doneOnTime: 1,
      openOverdue: 1,
      openDueSoon: 1,
      openOnTrack: 1,
      noDeadline: 1,
      unknown: 1,
    });
  });
});

describe('workbooks with several sheets', () => {
  it('finds appendices on two sheets and ignores an ordinary budget table and a contact list', () => {
    const report = scanGrid({
      sheets: [
        sheetFromValues('Kinh phí', [
          ['STT', 'Nội dung', 'Số tiền (triệu đồng)', 'Ghi chú'],
          [1, 'Hội nghị tổng kết', 120, E],
          [2, 'In ấn tài liệu', 35, E],
        ]),
        sheetFromValues('PL1', [
          ['PHỤ LỤC I'],
          ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh)'],
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
          [1, 'Ban hành kế hoạch cải cách hành chính', 'Sở Nội vụ', 'Các sở, ngành', 'Tháng 2/2026'],
          [2, 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', 'Các sở, ngành', 'Quý III/2026'],
        ]),
        sheetFromValues('Danh bạ', [
          ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại'],
          [1, 'Nguyễn Văn A', 'Chuyên viên', 'Văn phòng', '0912345678'],
        ]),
        sheetFromValues('PL2', [
          ['PHỤ LỤC II'],
          ['TT', 'Nội dung nhiệm vụ', 'Thời gian thực hiện', 'Đơn vị chủ trì', 'Lãnh đạo phụ trách'],
          [1, 'Số hóa hồ sơ lưu trữ', 'Năm 2026', 'Sở Nội vụ', 'Phó Chủ tịch Trần Văn B'],
        ]),
        sheetFromValues('Trống', []),
      ],
    });
    expect(report.tables.map((t) => t.sheet)).toEqual(['PL1', 'PL2']);
    const [pl1, pl2] = report.tables;
    expect(pl1!.documentDate).toBe('2026-01-15');
    expect(pl1!.documentDatePrecision).toBe('day');
    // Leader inferred for the table without a leader column from the other table's pairs.
    expect(pl2!.tasks[0]!.leader).toBe('Phó Chủ tịch Trần Văn B');
    expect(pl1!.tasks[0]!.leader).toBe('Phó Chủ tịch Trần Văn B');
    expect(pl1!.tasks[0]!.leaderSource).toBe('inferred');
  });

  it('finds two tables on one sheet with different layouts', () => {
    const tables = scanRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Nhiệm vụ A của bảng thứ nhất', 'Sở Tài chính', 'Năm 2026'],
      [E, E, E, E],
      ['PHỤ LỤC II'],
      ['STT', 'Nội dung', 'Thời gian hoàn thành', 'Đơn vị chủ trì', 'Đơn vị phối hợp'],
      [1, 'Nhiệm vụ B của bảng thứ hai', 'Quý I/2026', 'Sở Y tế', 'Các sở'],
      [2, 'Nhiệm vụ C của bảng thứ hai', 'Quý II/2026', 'Sở Y tế', 'Các sở'],
    ]);
    expect(tables.map((t) => t.tasks.length)).toEqual([1, 2]);
    expect(tables[1]!.headerRow).toBe(5);
  });
});

describe('assignment checks', () => {
  const t = onlyTable([
    ['PHỤ LỤC'],
    ['(Kèm theo Quyết định số 5/QĐ-UBND ngày 10/3/2026)'],
    ['STT', 'Nhiệm vụ', 'Kết quả/Sản phẩm', 'Thời hạn', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thẩm quyền'],
    [1, 'Nhiệm vụ không có cơ quan chủ trì', 'Báo cáo', 'Tháng 6/2026', E, 'Các sở', 'UBND tỉnh'],
    [
      2,
      'Nhiệm vụ có hai cơ quan chủ trì',
      'Báo cáo',
      'Tháng 6/2026',
      'Sở Tài chính, Sở Tư pháp',
      'Các sở',
      'UBND tỉnh',
    ],
    [
      3,
      'Nhiệm vụ giao chung chung',
      'Báo cáo',
      'Tháng 6/2026',
      'Các sở, ban, ngành liên quan',
      'Sở Nội vụ',
      'UBND tỉnh',
    ],
    [4, 'Nhiệm vụ chủ trì kiêm phối hợp', 'Báo cáo', 'Tháng 6/2026', 'Sở Y tế', 'Sở Y tế; Sở Tài chính', 'UBND tỉnh'],
    [5, 'Nhiệm vụ không có thời hạn', 'Báo cáo', E, 'Sở Y tế', 'Các sở', 'UBND tỉnh'],
    [6, 'Nhiệm vụ có thời hạn khó hiểu', 'Báo cáo', 'Sớm nhất có thể', 'Sở Y tế', 'Các sở', 'UBND tỉnh'],
    [7, 'Nhiệm vụ có hạn trước ngày văn bản', 'Báo cáo', 'Tháng 1/2026', 'Sở Y tế', 'Các sở', 'UBND tỉnh'],
    [8, 'Nhiệm vụ thiếu sản phẩm và thẩm quyền', E, 'Tháng 6/2026', 'Sở Y tế', 'Các sở', E],
  ]);
  it.each([
    ['missing-lead', [4]],
    ['multiple-leads', [5]],
    ['vague-lead', [6]],
    ['lead-also-coordinating', [7]],
    ['missing-deadline', [8]],
    ['unreadable-deadline', [9]],
    ['deadline-before-document', [10]],
    ['missing-output', [11]],
    ['missing-authority', [11]],
  ])('%s', (code, rows) => {
    expect(codes(t, code)).toEqual(rows);
  });
  it('points each issue at the cell to select and says it in Vietnamese', () => {
    const i = t.issues.find((x) => x.code === 'missing-lead')!;
    expect(i).toMatchObject({ severity: 'error', row: 4, column: 'E', no: '1' });
    expect(i.message).toBe('Nhiệm vụ chưa giao cơ quan chủ trì.');
  });
  it('counts the task without a lead under "(chưa giao)"', () => {
    expect(t.summary.unassigned).toBe(1);
    expect(t.summary.byLead[t.summary.byLead.length - 1]).toMatchObject({ label: '(chưa giao)', total: 1 });
  });
  it('speaks English when asked', () => {
    const en = onlyTable(
      [
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
        [1, 'Nhiệm vụ không có cơ quan chủ trì', E, 'Tháng 6/2026'],
      ],
      { lang: 'en' },
    );
    expect(en.issues.find((x) => x.code === 'missing-lead')!.message).toBe('The task has no lead agency.');
  });
});

describe('leaders written in several ways', () => {
  it('group under one person, labelled with the most used spelling, and are flagged', () => {
    const t = onlyTable([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Lãnh đạo phụ trách'],
      [
        1,
        'Nhiệm vụ thứ nhất về cải cách hành chính',
        'Sở Nội vụ',
        'Quý IV/2026',
        'Phó Chủ tịch UBND tỉnh Nguyễn Văn An',
      ],
      [
        2,
        'Nhiệm vụ thứ hai về chuyển đổi số',
        'Sở Khoa học và Công nghệ',
        'Quý IV/2026',
        'Phó Chủ tịch UBND tỉnh Nguyễn Văn An',
      ],
      [3, 'Nhiệm vụ thứ ba về đầu tư công', 'Sở Tài chính', 'Quý IV/2026', 'PCT Nguyễn Văn An'],
      [4, 'Nhiệm vụ thứ tư về y tế', 'Sở Y tế', 'Quý IV/2026', 'PCT Trần Thị Bình'],
    ]);
    expect(t.summary.byLeader.map((r) => [r.label, r.total])).toEqual([
      ['Phó Chủ tịch UBND tỉnh Nguyễn Văn An', 3],
      ['PCT Trần Thị Bình', 1],
    ]);
    expect(codes(t, 'spelling-variant')).toEqual([4]);
  });
});

describe('deadlines earlier than the document', () => {
  const rows = (attached: string) => [
    ['PHỤ LỤC'],
    [attached],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình hình thực hiện'],
    [1, 'Nhiệm vụ đã xong trước ngày văn bản', 'Sở Y tế', 'Tháng 1/2026', 'Đã hoàn thành'],
    [2, 'Nhiệm vụ chưa xong, hạn trước ngày văn bản', 'Sở Y tế', 'Tháng 2/2026', 'Đang thực hiện'],
  ];
  it('are flagged in a plan, except for tasks already done', () => {
    expect(
      codes(onlyTable(rows('(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/3/2026)')), 'deadline-before-document'),
    ).toEqual([5]);
  });
  it('are expected in a progress report, which is dated after the work it reports on', () => {
    expect(
      codes(onlyTable(rows('(Kèm theo Báo cáo số 5/BC-UBND ngày 10/3/2026)')), 'deadline-before-document'),
    ).toEqual([]);
  });
});

describe('tables without an appendix', () => {
  it('finds nothing in prose, an empty sheet or a header with no rows', () => {
    expect(
      scanRows([
        ['Báo cáo tình hình kinh tế - xã hội tháng 10'],
        ['I. Tình hình chung'],
        ['1. Sản xuất công nghiệp tăng 8%'],
      ]),
    ).toEqual([]);
    expect(scanRows([])).toEqual([]);
    expect(scanRows([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']])).toEqual([]);
  });
});

describe('bad input loses nothing', () => {
  it('flags Excel error values and keeps numbers written where text was expected', () => {
    const report = scanGrid({
      sheets: [
        {
          name: 'S',
          rows: [
            ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'].map((t) => ({ value: t, text: t })),
            [
              { value: 1, text: '1' },
              { value: 'Nhiệm vụ có ô lỗi', text: 'Nhiệm vụ có ô lỗi' },
              { value: '#N/A', text: '#N/A', error: true },
              { value: 46022, text: '31/12/2025', date: '2025-12-31' },
            ],
            [
              { value: 2, text: '2' },
              { value: 12345, text: '12345' },
              { value: 'Sở Y tế', text: 'Sở Y tế' },
              { value: 2026, text: '2026' },
            ],
          ],
        },
      ],
    });
    const t = report.tables[0]!;
    expect(t.issues.find((i) => i.code === 'cell-error')).toMatchObject({ row: 2, column: 'C' });
    expect(t.tasks[0]!.deadline).toMatchObject({ kind: 'date', due: '2025-12-31' });
    expect(t.tasks[1]!.task).toBe('12345');
    expect(t.tasks[1]!.deadline).toMatchObject({ kind: 'year', due: '2026-12-31' });
  });
});

describe('what closes a table', () => {
  it('stops at notes and signature lines and keeps them out of the range', () => {
    const t = onlyTable([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Nhiệm vụ thứ nhất', 'Sở Tài chính', 'Năm 2026'],
      ['I', 'Nhóm nhiệm vụ khác', E, E],
      [2, 'Nhiệm vụ thứ hai', 'Sở Nội vụ', 'Quý I/2026'],
      [E, E, E, E],
      ['Ghi chú: các cơ quan báo cáo định kỳ hằng quý.'],
      ['KT. CHỦ TỊCH'],
      ['PHÓ CHỦ TỊCH'],
    ]);
    expect(t.range).toBe('A1:D4');
    expect(t.counts).toMatchObject({ tasks: 2, sections: 1 });
    expect(t.tasks[1]!.section).toBe('I Nhóm nhiệm vụ khác');
  });
});
