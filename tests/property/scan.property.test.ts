/**
 * Issue 11 item 9: a scan of any grid never throws, is deterministic, and its summaries add up to its
 * tasks (by lead agency and by leader: the totals are the task count; each row's state columns add up
 * to its total; each state column is the number of tasks in that state; "(chưa giao)" is the tasks
 * without a lead).
 */
import fc from 'fast-check';
import type { WorkbookGrid } from '../../src/core/grid';
import type { ScannedTable, SummaryRow, Task } from '../../src/core/report/schema';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { mergeSummaryRows } from '../../src/core/summarize/mergeSummaryRows';
import { UNASSIGNED_KEY } from '../../src/core/summarize/groupKeys';
import { COUNT_COLUMNS, STATE_COLUMN } from '../../src/core/summarize/summaryRow';
import { settings } from '../helpers/scan';
import { check } from './fcSettings';
import { workbook } from './sheetGrids';

const SETTINGS = settings({ leaderByLead: { 'Sở Nội vụ': 'Phó Chủ tịch UBND tỉnh Nguyễn Văn A' } });
const scan = (grid: WorkbookGrid) => scanWorkbook(grid, 'fuzz.xlsx', SETTINGS);

/** What is wrong with one list of summary rows over these tasks (empty when it adds up). */
function summaryProblems(rows: SummaryRow[], tasks: Task[], what: string): string[] {
  const problems: string[] = [];
  const total = rows.reduce((n, r) => n + r.total, 0);
  if (total !== tasks.length) problems.push(`${what}: totals ${total} ≠ ${tasks.length} tasks`);
  for (const r of rows) {
    const parts = COUNT_COLUMNS.reduce((n, c) => n + r[c], 0);
    if (parts !== r.total) problems.push(`${what} ${r.label}: columns ${parts} ≠ total ${r.total}`);
  }
  for (const [state, column] of Object.entries(STATE_COLUMN)) {
    const inState = tasks.filter((t) => t.state === state).length;
    const counted = rows.reduce((n, r) => n + r[column], 0);
    if (inState !== counted) problems.push(`${what} ${column}: ${counted} ≠ ${inState} tasks ${state}`);
  }
  if (new Set(rows.map((r) => r.key)).size !== rows.length) problems.push(`${what}: a key twice`);
  return problems;
}

function tableProblems(t: ScannedTable): string[] {
  const unassigned = t.tasks.filter((x) => !x.leadKey).length;
  const unassignedRow = t.summary.byLead.find((r) => r.key === UNASSIGNED_KEY)?.total ?? 0;
  return [
    ...summaryProblems(t.summary.byLead, t.tasks, 'byLead'),
    ...summaryProblems(t.summary.byLeader, t.tasks, 'byLeader'),
    ...(t.counts.tasks === t.tasks.length ? [] : [`counts.tasks ${t.counts.tasks} ≠ ${t.tasks.length}`]),
    ...(t.summary.unassigned === unassigned && unassignedRow === unassigned
      ? []
      : [`unassigned ${t.summary.unassigned} / row ${unassignedRow} ≠ ${unassigned}`]),
  ];
}

describe('scanWorkbook: properties', () => {
  let withTasks = 0;
  let runs = 0;

  it('never throws, and every table’s summaries add up to its tasks', () => {
    check(
      fc.property(workbook, (grid) => {
        const file = scan(grid);
        runs++;
        if (file.tables.some((t) => t.tasks.length > 0)) withTasks++;
        const problems = file.tables.flatMap(tableProblems);
        // Over the whole file, as the command line and the summary sheets merge the tables.
        const all = file.tables.flatMap((t) => t.tasks);
        problems.push(
          ...summaryProblems(mergeSummaryRows(file.tables.map((t) => t.summary.byLead)), all, 'file byLead'),
        );
        problems.push(
          ...summaryProblems(mergeSummaryRows(file.tables.map((t) => t.summary.byLeader)), all, 'file byLeader'),
        );
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      150,
    );
  });

  it('the generated sheets are appendices often enough for the property to mean something', () => {
    // The grids above must reach the summaries: most runs find a table with tasks.
    expect(runs).toBeGreaterThan(0);
    expect(withTasks / runs).toBeGreaterThan(0.3);
  });

  it('is deterministic: the same grid (a fresh copy) gives a deep-equal result', () => {
    check(
      fc.property(workbook, (grid) => {
        const a = scan(structuredClone(grid));
        const b = scan(structuredClone(grid));
        expect(b).toEqual(a);
      }),
      60,
    );
  });

  it('the summary check is not vacuous: a row that does not add up is reported', () => {
    const task = { state: 'open-overdue', leadKey: '' } as Task;
    const row: SummaryRow = {
      key: 'k',
      label: 'k',
      total: 2,
      doneOnTime: 0,
      doneLate: 0,
      openOnTrack: 0,
      openDueSoon: 0,
      openOverdue: 1,
      noDeadline: 0,
      unknown: 0,
    };
    expect(summaryProblems([row], [task], 'x')).toHaveLength(2);
    expect(summaryProblems([{ ...row, total: 1 }], [task], 'x')).toEqual([]);
  });
});
