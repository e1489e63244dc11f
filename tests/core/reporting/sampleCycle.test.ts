/**
 * The whole cycle in the engine on the bundled sample (three appendices, 151 tasks): split, two
 * agencies fill their files (one renumbered and reordered, its key column wiped), merge, apply to the
 * grid, rescan.
 */
import { acceptChanges } from '../../../src/core/merge/acceptChanges';
import { mergeReports } from '../../../src/core/merge/mergeReports';
import { applyWritesToGrid, mergeWrites } from '../../../src/core/merge/mergeWrites';
import { scanWorkbook } from '../../../src/core/scan/scanWorkbook';
import { splitPlan } from '../../../src/core/split/splitPlan';
import { readWorkbookFile } from '../../../src/files/readWorkbook';
import { FilledSplit } from '../../helpers/returnedFiles';
import { settings } from '../../helpers/scan';

it('splits the sample, merges two returned files and the rescan shows their states', async () => {
  const grid = await readWorkbookFile('assets/sample/phu-luc-mau.xlsx');
  const master = scanWorkbook(grid, 'phu-luc-mau.xlsx', settings());
  const plan = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
  const tasks = master.tables.reduce((n, t) => n + t.tasks.length, 0);
  expect(tasks).toBe(151);
  // Every task with a lead is in some file; each file's tasks are that agency's.
  const inFiles = new Set(
    plan.workbooks.flatMap((w) =>
      w.sheets.flatMap((s) => s.rows.flatMap((r) => (r.master ? [`${r.master.table}:${r.master.task}`] : []))),
    ),
  );
  expect(inFiles.size + plan.unassigned.length).toBe(tasks);

  const a = new FilledSplit(plan.workbooks[0]!);
  const b = new FilledSplit(plan.workbooks[1]!);
  const doneA = a.sheet(0).rows.filter((r) => r.kind === 'task').length;
  for (let n = 0; n < doneA; n++) a.report(n, 'Hoàn thành đúng hạn', '2026-04-15', `Kết quả ${n + 1}`);
  // b: every task of its first sheet renumbered backwards, the key cleared, reported late.
  const bRows = b.sheet(0).rows.filter((r) => r.kind === 'task').length;
  for (let n = 0; n < bRows; n++)
    b.set(n, 'A', String(bRows - n))
      .set(n, 'key', null)
      .report(n, 'Hoàn thành quá hạn', '2026-04-30');
  const run = mergeReports({ master, grid, returned: [a.input(), b.input()], lang: 'vi', date: '2026-05-01' });
  expect(run.matches[1]!.slice(0, bRows).every((m) => m.master && m.reason === 'text' && !m.weak)).toBe(true);
  expect(run.plan.unmatched).toEqual([]);
  expect(run.plan.review).toEqual([]);

  const merged = scanWorkbook(
    applyWritesToGrid(grid, mergeWrites(run.plan, acceptChanges(run.plan))),
    'm.xlsx',
    settings(),
  );
  const states = (f: typeof master) => f.tables.flatMap((t) => t.tasks.map((x) => x.state));
  const count = (f: typeof master, s: string) => states(f).filter((x) => x === s).length;
  expect(count(master, 'done-on-time') + count(master, 'done-late')).toBe(0);
  expect(count(merged, 'done-on-time')).toBe(doneA);
  expect(count(merged, 'done-late')).toBe(bRows);
  expect(merged.tables.map((t) => t.tasks.length)).toEqual(master.tables.map((t) => t.tasks.length));
});
