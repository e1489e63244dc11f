/**
 * A returned split workbook is read by its marker, with no scan of its split sheets, while its layout
 * is the marker's; a sheet the agency re-laid (a column inserted, every key cleared) is scanned, and
 * reads the same.
 */
import type { WorkbookGrid } from '../../../src/core/grid';
import { readReturnedFile, type ReturnedInput } from '../../../src/core/merge/returnedFile';
import { splitPlan } from '../../../src/core/split/splitPlan';
import { masterGrid, scanMaster } from '../../helpers/reportingMaster';
import { FilledSplit, returnedInput } from '../../helpers/returnedFiles';

const grid = masterGrid();
const master = scanMaster(grid);
const plan = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
const split = () => new FilledSplit(plan.workbooks.find((w) => w.agency.label === 'Sở Tư pháp')!);

/** The input, with the sheets each scan was asked for. */
function spied(f: FilledSplit): { input: ReturnedInput; scanned: string[][] } {
  const input = returnedInput(f.plan.fileName, f.grid);
  const scanned: string[][] = [];
  const scan = input.scan;
  return {
    input: { ...input, scan: (g: WorkbookGrid) => (scanned.push(g.sheets.map((s) => s.name)), scan(g)) },
    scanned,
  };
}

const read = (f: FilledSplit) => readReturnedFile(f.input()).tasks.map((t) => [t.key, t.no, t.task, t.status]);

describe('a returned split workbook', () => {
  it('is read by its marker: its split sheet is not scanned', () => {
    const f = split().report(0, 'Hoàn thành đúng hạn', '2026-04-20', 'Đã ban hành');
    const { input, scanned } = spied(f);
    const file = readReturnedFile(input);
    expect(scanned).toEqual([[f.plan.instructions.sheetName]]);
    expect(file.tasks.length).toBe(f.sheet().rows.filter((r) => r.kind === 'task').length);
    expect(file.tasks[0]).toMatchObject({
      status: 'Hoàn thành đúng hạn',
      completedOn: '2026-04-20',
      result: 'Đã ban hành',
    });
    expect(file.tasks.every((t) => t.key && t.masterTable === 0)).toBe(true);
  });

  it('reads a report written on over the row below as its task’s, and an added row that reports as a task', () => {
    const f = split();
    const sheet = f.grid.sheets.find((s) => s.name === f.sheet().name)!;
    const below = f.taskRow(0) + 1;
    // A row inserted under the first task: its result only, then a new task the agency added.
    sheet.rows.splice(below - 1, 0, [], []);
    f.report(0, 'Đang thực hiện');
    const at = (row: number, role: 'result' | 'status' | 'task') => {
      const col = role === 'task' ? 1 : f.sheet().columns.findIndex((c) => c.role === role);
      sheet.rows[row - 1]![col] = {
        value: 'x',
        text: role === 'task' ? 'Nhiệm vụ đơn vị tự bổ sung' : 'Đã xong phần 1',
      };
    };
    at(below, 'result');
    at(below + 1, 'task');
    at(below + 1, 'status');
    const tasks = readReturnedFile(f.input()).tasks;
    expect(tasks[0]).toMatchObject({ rows: [f.taskRow(0), below], result: 'Đã xong phần 1' });
    expect(tasks[1]).toMatchObject({ key: null, task: 'Nhiệm vụ đơn vị tự bổ sung', rows: [below + 1] });
  });

  it('is scanned where the agency re-laid it, and reads the same', () => {
    const sent = split().report(1, 'Hoàn thành quá hạn');
    const moved = split().report(1, 'Hoàn thành quá hạn');
    // A column inserted at the left of the table: every column one to the right.
    for (const s of moved.grid.sheets.filter((x) => x.name === moved.sheet().name))
      s.rows = s.rows.map((r) => [{ value: null, text: '' }, ...r]);
    const { input, scanned } = spied(moved);
    const file = readReturnedFile(input);
    expect(scanned[0]).toContain(moved.sheet().name);
    expect(file.tasks.map((t) => [t.key, t.task, t.status])).toEqual(read(sent).map(([k, , t, s]) => [k, t, s]));
  });

  it('is scanned when every key was cleared', () => {
    const f = split();
    const n = f.sheet().rows.filter((r) => r.kind === 'task').length;
    for (let i = 0; i < n; i++) f.set(i, 'key', null);
    const { input, scanned } = spied(f);
    readReturnedFile(input);
    expect(scanned[0]).toContain(f.sheet().name);
  });
});
