import { sheetFromValues, type RawValue, type WorkbookGrid } from '../../../src/core/grid';
import { acceptChanges, isAccepted } from '../../../src/core/merge/acceptChanges';
import { mergeReports } from '../../../src/core/merge/mergeReports';
import { applyWritesToGrid, mergeWrites, undoWrites } from '../../../src/core/merge/mergeWrites';
import type { CellChange, MergePlan } from '../../../src/core/merge/mergePlan';
import type { ReturnedInput } from '../../../src/core/merge/returnedFile';
import { splitPlan } from '../../../src/core/split/splitPlan';
import { MASTER_ROWS, masterGrid, scanMaster } from '../../helpers/reportingMaster';
import { FilledSplit, returnedInput } from '../../helpers/returnedFiles';

const grid = masterGrid();
const master = scanMaster(grid);
const split = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
const filled = (label: string) => new FilledSplit(split.workbooks.find((w) => w.agency.label === label)!);

function merge(returned: ReturnedInput[], g: WorkbookGrid = grid) {
  return mergeReports({ master: scanMaster(g), grid: g, returned, lang: 'vi', date: '2026-05-01' });
}

const show = (c: CellChange) =>
  `${c.address} ${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}${c.needsConfirmation ? ` [${c.confirm.join(',')}]` : ''}`;

/** The month's returns: two split files filled, one task reported by both its agencies, one agency's own table. */
function monthReturns(): ReturnedInput[] {
  return [
    filled('Sở Nội vụ')
      .report(0, 'Hoàn thành đúng hạn', '2026-03-20', 'Đã ban hành Kế hoạch số 45/KH-UBND')
      .report(1, 'Đang thực hiện')
      .input('2026-04-25'),
    filled('Sở Tài chính').report(0, 'Đang thực hiện', undefined, 'Đã chọn địa điểm').input('2026-04-26'),
    filled('Sở Công Thương').report(0, 'Hoàn thành quá hạn', '2026-04-10', 'Đã tổ chức hội nghị').input('2026-04-27'),
    returnedInput(
      'bao-cao-tu-phap.xlsx',
      ownTable([
        ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Tình hình thực hiện', 'Kết quả đạt được', 'Ngày hoàn thành'],
        [
          1,
          'Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết',
          'Sở Tư pháp',
          'Đang thực hiện',
          null,
          'đang cập nhật',
        ],
        [2, 'Tổ chức tuyên truyền pháp luật cho thanh niên', 'Sở Tư pháp', 'Đã hoàn thành', 'Đã tổ chức 12 buổi', null],
      ]),
      null,
    ),
  ];
}

function ownTable(rows: RawValue[][]): WorkbookGrid {
  return { sheets: [{ ...sheetFromValues('Báo cáo', rows), merges: [], mergesKnown: true }] };
}

describe('merge plan', () => {
  const { plan, matches } = merge(monthReturns());

  it('lists each cell change, old → new, into tracking columns added right of the table', () => {
    expect(plan.columns).toHaveLength(1);
    expect(plan.columns[0]!.columns.map((c) => `${c.column}=${c.header}${c.existing ? '' : ' +'}`)).toEqual([
      'G=Tình hình thực hiện +',
      'H=Ngày hoàn thành +',
      'I=Báo cáo kết quả thực hiện +',
      'J=Đơn vị báo cáo +',
      'K=Ngày báo cáo +',
    ]);
    expect(plan.changes.filter((c) => c.row === 7).map(show)).toEqual([
      'G7 status: null → "Hoàn thành đúng hạn"',
      'H7 completedOn: null → {"date":"2026-03-20"}',
      'I7 result: null → "Đã ban hành Kế hoạch số 45/KH-UBND"',
      'J7 reportingAgency: null → "Sở Nội vụ"',
      'K7 reportDate: null → {"date":"2026-04-25"}',
    ]);
    expect(plan.changes.find((c) => c.address === 'G7')).toMatchObject({
      sheet: 'PL 1',
      task: { table: 0, task: 0 },
      no: '1',
      from: [{ fileName: 'So Noi vu.xlsx', agency: 'Sở Nội vụ' }],
      confidence: 1,
    });
    // The agency's own table: matched by its text; its report date unknown, so the merge's.
    expect(plan.changes.filter((c) => c.row === 8).map(show)).toEqual([
      'G8 status: null → "Đang thực hiện"',
      'J8 reportingAgency: null → "Sở Tư pháp"',
      'K8 reportDate: null → {"date":"2026-05-01"}',
    ]);
    expect(plan.changes.map((c) => c.id)).toEqual(plan.changes.map((_, i) => i + 1));
  });

  it('says where two agencies disagree, proposes the latest report for confirmation, and keeps both results', () => {
    expect(plan.conflicts.map((c) => [c.task.no, c.field, c.reports.map((r) => `${r.agency}: ${r.value}`)])).toEqual([
      ['7', 'status', ['Sở Tài chính: Đang thực hiện', 'Sở Công Thương: Hoàn thành quá hạn']],
    ]);
    expect(plan.changes.filter((c) => c.row === 15).map(show)).toEqual([
      'G15 status: null → "Hoàn thành quá hạn" [conflict]',
      'H15 completedOn: null → {"date":"2026-04-10"}',
      'I15 result: null → "Sở Tài chính: Đã chọn địa điểm\\nSở Công Thương: Đã tổ chức hội nghị"',
      'J15 reportingAgency: null → "Sở Tài chính; Sở Công Thương"',
      'K15 reportDate: null → {"date":"2026-04-27"}',
    ]);
  });

  it('lists returned tasks with no master task, tasks no agency reported on, and dates that are none', () => {
    expect(plan.unmatched.map((u) => [u.fileName, u.no, u.task, u.reports])).toEqual([
      ['bao-cao-tu-phap.xlsx', '2', 'Tổ chức tuyên truyền pháp luật cho thanh niên', true],
    ]);
    expect(plan.unreported.map((u) => `${u.agency.label}: ${u.tasks.map((t) => t.no).join(', ')}`)).toEqual([
      'Sở Tư pháp: 5',
      'Sở Văn hoá, Thể thao và Du lịch: 6, 9',
      'Sở Khoa học và Công nghệ: 3',
    ]);
    expect(plan.badDates.map((b) => [b.fileName, b.row, b.text])).toEqual([
      ['bao-cao-tu-phap.xlsx', 2, 'đang cập nhật'],
    ]);
    expect(plan.files.map((f) => [f.name, f.agency, f.split, f.tasks, f.matched])).toEqual([
      ['So Noi vu.xlsx', 'Sở Nội vụ', true, 2, 2],
      ['So Tai chinh.xlsx', 'Sở Tài chính', true, 1, 1],
      ['So Cong Thuong.xlsx', 'Sở Công Thương', true, 1, 1],
      ['bao-cao-tu-phap.xlsx', 'Sở Tư pháp', false, 2, 1],
    ]);
    expect(matches[3]![1]!.master).toBeNull();
  });

  it('never overwrites a non-empty cell without confirmation, and changes nothing that already says the same', () => {
    const rows = MASTER_ROWS.map((r, i) =>
      i === 4
        ? [...r, 'Tình hình thực hiện']
        : i === 6
          ? [...r, 'Chưa thực hiện']
          : i === 11
            ? [...r, 'Đang thực hiện']
            : r,
    );
    const g = masterGrid(rows);
    const again = merge(monthReturns(), g).plan;
    expect(again.columns[0]!.columns.map((c) => `${c.column}${c.existing ? '' : '+'}`)).toEqual([
      'G',
      'H+',
      'I+',
      'J+',
      'K+',
    ]);
    expect(show(again.changes.find((c) => c.address === 'G7')!)).toBe(
      'G7 status: "Chưa thực hiện" → "Hoàn thành đúng hạn" [non-empty]',
    );
    // Row 12 already says “Đang thực hiện”: no change, so no agency or date either.
    expect(again.changes.filter((c) => c.row === 12)).toEqual([]);
  });

  it('applies by policy: confirmations only with --overwrite, weak matches from --min-confidence, ambiguous never', () => {
    const base = { id: 1, confidence: 0.5 } as CellChange;
    const c = (confirm: CellChange['confirm']) => ({ ...base, confirm, needsConfirmation: confirm.length > 0 });
    const strict = { overwrite: false, minConfidence: 0.6 };
    const loose = { overwrite: true, minConfidence: 0.4 };
    expect(
      [c([]), c(['non-empty']), c(['conflict']), c(['weak-match']), c(['ambiguous-match'])].map((x) => [
        isAccepted(x, strict),
        isAccepted(x, loose),
      ]),
    ).toEqual([
      [true, true],
      [false, true],
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect(acceptChanges(plan).map((x) => x.address)).not.toContain('G15');
    expect(acceptChanges(plan, loose).map((x) => x.address)).toContain('G15');
  });

  it('after applying, a rescan gives the new states and summary; the undo gives back the master as it was', () => {
    const accepted = acceptChanges(plan, { overwrite: true, minConfidence: 0.6 });
    const merged = applyWritesToGrid(grid, mergeWrites(plan, accepted));
    const after = scanMaster(merged);
    const t = after.tables[0]!;
    expect(t.columns).toMatchObject({ status: 'G', completedOn: 'H' });
    expect(t.tasks.map((x) => x.state)).toEqual([
      'done-on-time',
      'open-on-track',
      'open-on-track',
      'open-on-track',
      'open-on-track',
      'open-on-track',
      'done-late',
      'open-on-track',
      'open-on-track',
    ]);
    expect(master.tables[0]!.tasks[0]!.state).toBe('open-overdue');
    const noiVu = (p: typeof master) => p.tables[0]!.summary.byLead.find((r) => r.label === 'Sở Nội vụ')!;
    expect([noiVu(master).doneOnTime, noiVu(after).doneOnTime]).toEqual([0, 1]);
    // The original grid is untouched; the undo of what was applied restores it exactly.
    expect(scanMaster(grid)).toEqual(master);
    const undone = applyWritesToGrid(merged, undoWrites(plan, accepted), true);
    expect(scanMaster(undone)).toEqual(master);
  });
});

describe('merge plan on a master that went through a merge before', () => {
  it('finds its own columns again and asks before changing last month’s values', () => {
    const first = merge(monthReturns());
    const accepted = acceptChanges(first.plan, { overwrite: true, minConfidence: 0.6 });
    const merged = applyWritesToGrid(grid, mergeWrites(first.plan, accepted));
    const next: MergePlan = merge(
      [filled('Sở Nội vụ').report(1, 'Hoàn thành quá hạn', '2026-05-20').input('2026-05-28')],
      merged,
    ).plan;
    expect(next.columns[0]!.columns.every((c) => c.existing)).toBe(true);
    expect(next.changes.map(show)).toEqual([
      'G12 status: "Đang thực hiện" → "Hoàn thành quá hạn" [non-empty]',
      'H12 completedOn: null → {"date":"2026-05-20"}',
      // J12 already names Sở Nội vụ.
      'K12 reportDate: {"date":"2026-04-25"} → {"date":"2026-05-28"} [non-empty]',
    ]);
  });
});

describe('matches to review', () => {
  // An agency's own table whose one task is re-typed: a weak match (shared words, no STT, no key).
  const retyped = (status: string | null) =>
    returnedInput(
      'bao-cao-tu-phap.xlsx',
      ownTable([
        ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Tình hình thực hiện'],
        [null, 'Rà soát, đơn giản hóa các thủ tục hành chính của Sở', 'Sở Tư pháp', status],
      ]),
      null,
    );

  it('lists a doubtful match whose row reports something', () => {
    const { plan, matches } = merge([retyped('Đang thực hiện')]);
    expect(matches[0]![0]).toMatchObject({ master: { table: 0, task: 1 }, weak: true });
    expect(plan.review.map((r) => r.returned.task)).toEqual(['Rà soát, đơn giản hóa các thủ tục hành chính của Sở']);
  });

  it('leaves out a doubtful match whose row reports nothing: it changes nothing', () => {
    const { plan, matches } = merge([retyped(null)]);
    expect(matches[0]![0]).toMatchObject({ master: { table: 0, task: 1 }, weak: true });
    expect(plan.review).toEqual([]);
    expect(plan.changes).toEqual([]);
  });
});
