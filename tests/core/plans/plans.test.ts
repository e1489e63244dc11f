import { readStatus } from '../../../src/core/state/readStatus';
import { STATUS_CHOICES, trackingColumnsPlan } from '../../../src/core/plans/trackingColumnsPlan';
import { leaderSuggestions } from '../../../src/core/scan/leaderSuggestions';
import { buildHighlightPlan, expandRange, rowRuns } from '../../../src/core/plans/highlightPlan';
import { summarySheetPlan } from '../../../src/core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../../src/core/plans/taskSheetPlan';
import { CELL_TEXT_LIMIT } from '../../../src/core/plans/sheetPlan';
import { issueMessage } from '../../../src/core/i18n/issueMessages';
import { onlyTable, scanGrid } from '../../helpers/scan';
import { sheetFromValues } from '../../../src/core/grid';

const E = null;

describe('tracking columns', () => {
  it('offers status choices the engine reads back as the office states', () => {
    expect(STATUS_CHOICES.map((s) => readStatus(s))).toEqual([
      { progress: 'done', timing: 'on-time' },
      { progress: 'done', timing: 'late' },
      { progress: 'open', timing: null },
      { progress: 'open', timing: null },
    ]);
  });
  it('places the columns right of the table, and only for a table without status columns', () => {
    const t = onlyTable([
      ['PHỤ LỤC'],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Nhiệm vụ một', 'Sở Y tế', 'Quý IV/2026'],
      [2, 'Nhiệm vụ hai', 'Sở Nội vụ', 'Quý IV/2026'],
    ]);
    expect(trackingColumnsPlan(t, 'vi')).toEqual({
      sheet: 'Sheet1',
      headerRow: 2,
      lastRow: 4,
      afterColumn: 'D',
      headers: { status: 'Tình hình thực hiện', completedOn: 'Ngày hoàn thành' },
      statusOptions: [...STATUS_CHOICES],
    });
    const tracked = onlyTable([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình hình thực hiện'],
      [1, 'Nhiệm vụ một', 'Sở Y tế', 'Quý IV/2026', 'Đang thực hiện'],
    ]);
    expect(trackingColumnsPlan(tracked, 'vi')).toBeNull();
  });
});

describe('leader suggestions', () => {
  it('lists the leads of tables without a leader column, pre-filled from tables with one and from what was saved', () => {
    const report = scanGrid({
      sheets: [
        sheetFromValues('A', [
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Lãnh đạo phụ trách'],
          [1, 'Nhiệm vụ một', 'Sở Y tế', 'Quý IV/2026', 'PCT Nguyễn Văn An'],
        ]),
        sheetFromValues('B', [
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
          [1, 'Nhiệm vụ hai', 'Sở Y tế', 'Quý IV/2026'],
          [2, 'Nhiệm vụ ba', 'Sở Nội vụ', 'Quý IV/2026'],
          [3, 'Nhiệm vụ bốn', 'Sở Tư pháp', 'Quý IV/2026'],
        ]),
      ],
    });
    expect(leaderSuggestions(report, { 'Sở Tư Pháp': 'PCT Lê Văn Cường' })).toEqual([
      ['Sở Tư Pháp', 'PCT Lê Văn Cường'],
      ['Sở Y tế', 'PCT Nguyễn Văn An'],
      ['Sở Nội vụ', ''],
    ]);
  });
});

describe('highlight and sheet plans', () => {
  const t = onlyTable(
    [
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Quá hạn', 'Sở Y tế', 'Tháng 1/2026'],
      [2, 'Quá hạn nữa', 'Sở Y tế', 'Tháng 2/2026'],
      [3, 'Sắp đến hạn', E, '05/05/2026'],
      [4, 'Còn xa', 'Sở Nội vụ', 'Quý IV/2026'],
    ],
    { asOf: '2026-05-01' },
  );
  const file = { path: 'x.xlsx', error: null, tables: [t] };

  it('colours contiguous overdue rows as one range and the lead cell of an unassigned task', () => {
    const plan = buildHighlightPlan(file);
    expect(plan.sheets[0]!.ranges).toEqual({
      overdue: ['A2:D3'],
      'due-soon': ['A4:D4'],
      unassigned: ['C4'],
      error: ['C4'],
    });
    expect(plan.counts).toEqual({ overdue: 2, 'due-soon': 1, unassigned: 1, error: 1 });
    expect(rowRuns([5, 3, 4, 9])).toEqual([
      [3, 5],
      [9, 9],
    ]);
    expect(expandRange('B2:C3')).toEqual(['B2', 'C2', 'B3', 'C3']);
  });

  it("cuts a text longer than Excel's cell limit, and quotes only the start of a long cell in a message", () => {
    const long = 'Nhiệm vụ rất dài '.repeat(2500); // 42,500 characters, as continuation rows can make
    const k = { ...t.tasks[0]!, task: long };
    const plan = taskSheetPlan([{ ...file, tables: [{ ...t, tasks: [k] }] }], 'vi');
    const cell = plan.rows[0]![plan.columns.findIndex((c) => c.header === 'Nhiệm vụ')] as string;
    expect(cell).toHaveLength(CELL_TEXT_LIMIT);
    expect(cell.endsWith('…')).toBe(true);
    const finding = { code: 'unreadable-deadline', params: { text: long } };
    const message = issueMessage(finding, 'vi');
    expect(message.length).toBeLessThan(500);
    expect(message).toContain(`${long.slice(0, 299)}…`);
    expect(finding.params.text).toHaveLength(long.length);
  });

  it('plans a quarter of a million separate overdue ranges without overflowing the call stack', () => {
    const base = t.tasks[0]!;
    const many = Array.from({ length: 250000 }, (_, i) => ({
      ...base,
      row: 2 + 2 * i,
      rows: [2 + 2 * i],
      state: 'open-overdue' as const,
    }));
    const plan = buildHighlightPlan({ ...file, tables: [{ ...t, tasks: many }] });
    expect(plan.counts.overdue).toBe(250000);
    expect(plan.sheets[0]!.ranges.overdue).toHaveLength(250000);
  });

  it("builds the task sheet with real dates and the summary in the offices' layout", () => {
    const tasks = taskSheetPlan([file], 'vi');
    const due = tasks.columns.findIndex((c) => c.header === 'Hạn');
    expect(tasks.columns[due]!.kind).toBe('date');
    expect(tasks.rows.map((r) => r[due])).toEqual(['2026-01-31', '2026-02-28', '2026-05-05', '2026-12-31']);
    const summary = summarySheetPlan([file], 'vi', '2026-05-01', 7);
    expect(summary.subtitle).toBe('Tính đến ngày 01/05/2026; sắp đến hạn: trong 7 ngày tới');
    const byLead = summary.blocks[0]!;
    expect(byLead.columns.map((c) => c.header)).toEqual([
      'STT',
      'Cơ quan chủ trì',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành trong hạn',
      'Chưa hoàn thành quá hạn',
      'Trong đó: sắp đến hạn',
      'Không thời hạn',
      'Chưa xác định',
      'Tỷ lệ hoàn thành',
    ]);
    // The table has no status column: its completion rate is not tracked (“—”), not 0 %.
    expect(byLead.total).toEqual([null, 'Tổng cộng', 4, 0, 0, 2, 2, 1, 0, 0, '—']);
    expect(summary.overdueChart.rows).toEqual([['Sở Y tế', 2]]);
  });
});
