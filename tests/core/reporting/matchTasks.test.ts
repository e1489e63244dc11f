import { sheetFromValues, type RawValue, type WorkbookGrid } from '../../../src/core/grid';
import { masterIndex } from '../../../src/core/merge/masterIndex';
import {
  confirmMatch,
  matchFile,
  NO_MATCH_BELOW,
  WEAK_BELOW,
  type TaskMatch,
} from '../../../src/core/merge/matchTasks';
import { readReturnedFile } from '../../../src/core/merge/returnedFile';
import { splitPlan } from '../../../src/core/split/splitPlan';
import { MASTER_ROWS, masterGrid, scanMaster } from '../../helpers/reportingMaster';
import { FilledSplit, returnedInput } from '../../helpers/returnedFiles';

const grid = masterGrid();
const master = scanMaster(grid);
const index = masterIndex(master);
const plan = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
const split = (label: string) => new FilledSplit(plan.workbooks.find((w) => w.agency.label === label)!);
/** The master STT each returned task went to ("-" for none). */
const nos = (ms: TaskMatch[]) => ms.map((m) => (m.master ? master.tables[0]!.tasks[m.master.task]!.no : '-'));

function match(name: string, grid: WorkbookGrid): { ms: TaskMatch[]; file: ReturnType<typeof readReturnedFile> } {
  const file = readReturnedFile(returnedInput(name, grid));
  return { ms: matchFile(index, file, 0), file };
}

function ownTable(rows: RawValue[][]): WorkbookGrid {
  return { sheets: [{ ...sheetFromValues('Báo cáo', rows), merges: [], mergesKnown: true }] };
}

const OWN_HEADER = ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện', 'Kết quả đạt được'];

describe('matching returned tasks to the master', () => {
  it('matches a split file by its keys, renumbered and reordered alike', () => {
    const f = split('Sở Nội vụ').set(0, 'A', '7').set(1, 'A', '1');
    // Reorder: swap the two task rows (STT, task and key together).
    const s = f.sheet();
    const [a, b] = [f.taskRow(0), f.taskRow(1)];
    const rows = f.grid.sheets.find((x) => x.name === s.name)!.rows;
    [rows[a - 1], rows[b - 1]] = [rows[b - 1]!, rows[a - 1]!];
    const { ms } = match('noi-vu.xlsx', f.grid);
    expect(nos(ms)).toEqual(['4', '1']);
    expect(ms.map((m) => [m.reason, m.confidence, m.weak, m.ambiguous])).toEqual([
      ['key', 1, false, false],
      ['key', 1, false, false],
    ]);
  });

  it('without keys: by STT and text in the split table, or by text alone when renumbered', () => {
    const f = split('Sở Tư pháp').set(0, 'key', null).set(1, 'key', null);
    expect(nos(match('tu-phap.xlsx', f.grid).ms)).toEqual(['2', '5']);
    expect(match('tu-phap.xlsx', f.grid).ms.map((m) => m.reason)).toEqual(['stt-text', 'stt-text']);
    f.set(0, 'A', '5').set(1, 'A', '2');
    const { ms } = match('tu-phap.xlsx', f.grid);
    expect(nos(ms)).toEqual(['2', '5']);
    expect(ms.every((m) => m.reason === 'text' && m.confidence === 1 && !m.weak)).toBe(true);
  });

  it('finds a reworded task, and says how sure it is; heavy rewording is weak', () => {
    const f = split('Sở Tư pháp')
      .set(0, 'key', null)
      .set(0, 'A', null)
      .set(0, 'B', 'Rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở')
      .report(0, 'Đang thực hiện');
    const light = match('tu-phap.xlsx', f.grid).ms[0]!;
    expect(nos([light])).toEqual(['2']);
    expect(light.confidence).toBeGreaterThanOrEqual(WEAK_BELOW);
    expect(light.confidence).toBeLessThan(1);
    f.set(0, 'B', 'Rà soát quy định thuộc thẩm quyền của Sở');
    const heavy = match('tu-phap.xlsx', f.grid).ms[0]!;
    expect(nos([heavy])).toEqual(['2']);
    expect(heavy.weak).toBe(true);
    expect(heavy.confidence).toBeGreaterThanOrEqual(NO_MATCH_BELOW);
  });

  it('falls back to STT and text when the master task was edited after the split (the key is lost)', () => {
    const f = split('Sở Nội vụ');
    const edited = MASTER_ROWS.map((r) =>
      r[0] === 1 ? [1, 'Xây dựng kế hoạch cải cách hành chính năm 2026 của tỉnh', ...r.slice(2)] : r,
    );
    const m2 = scanMaster(masterGrid(edited));
    const file = readReturnedFile(f.input());
    const ms = matchFile(masterIndex(m2), file, 0);
    expect(ms[0]).toMatchObject({ keyLost: true, reason: 'stt-text', master: { table: 0, task: 0 } });
    expect(ms[0]!.confidence).toBeGreaterThan(0.9);
    expect(ms[1]).toMatchObject({ keyLost: false, reason: 'key' });
  });

  it('reads a partial return: only the rows sent back are matched', () => {
    const f = split('Sở Văn hoá, Thể thao và Du lịch');
    const s = f.grid.sheets.find((x) => x.name === f.sheet().name)!;
    s.rows.splice(f.taskRow(1) - 1, 1);
    const { ms } = match('vh.xlsx', f.grid);
    expect(nos(ms)).toEqual(['6']);
  });

  it('sends duplicated master texts to the agency’s own task, and a row pasted twice to review', () => {
    // The agency's own table: its numbering, its column order, the text shared with another agency's task.
    const own = ownTable([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ'],
      [],
      OWN_HEADER,
      [
        1,
        'Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết',
        'Sở Tư pháp',
        '30/06/2026',
        'Đã hoàn thành',
        'Đã rà soát 120 thủ tục',
      ],
      [2, 'Báo cáo tình hình thực hiện Nghị quyết', 'Sở Tư pháp', 'Tháng 6/2026', 'Đang thực hiện', null],
      [3, 'Báo cáo tình hình thực hiện Nghị quyết', 'Sở Tư pháp', 'Tháng 6/2026', 'Đang thực hiện', null],
    ]);
    const { ms, file } = match('bao-cao-tu-phap.xlsx', own);
    expect(file).toMatchObject({ marker: null, agencySource: 'lead-column', agency: { label: 'Sở Tư pháp' } });
    expect(nos(ms)).toEqual(['2', '5', '5']);
    expect(ms[1]).toMatchObject({ ambiguous: false, duplicate: false, reason: 'text' });
    expect(ms[2]).toMatchObject({ duplicate: true, weak: true });
    expect(file.tasks[0]).toMatchObject({ status: 'Đã hoàn thành', result: 'Đã rà soát 120 thủ tục', key: null });
  });

  it('calls identical texts of one agency ambiguous when nothing tells them apart', () => {
    const rows = [
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Báo cáo sơ kết 6 tháng', 'Sở Y tế', 'Tháng 6/2026'],
      [2, 'Tổ chức tập huấn cán bộ', 'Sở Y tế', 'Quý III/2026'],
      [3, 'Báo cáo sơ kết 6 tháng', 'Sở Y tế', 'Tháng 12/2026'],
    ];
    const m = scanMaster(masterGrid(rows));
    const own = ownTable([OWN_HEADER, [null, 'Báo cáo sơ kết 6 tháng', 'Sở Y tế', null, 'Đã hoàn thành', null]]);
    const ms = matchFile(masterIndex(m), readReturnedFile(returnedInput('y-te.xlsx', own)), 0);
    expect(ms[0]).toMatchObject({ ambiguous: true, master: { task: 0 } });
    expect(ms[0]!.alternatives[0]).toMatchObject({ master: { task: 2 }, confidence: 1 });
    // The person re-points it: confirmed, no longer in doubt.
    expect(confirmMatch(ms[0]!, { table: 0, task: 2 })).toMatchObject({
      master: { task: 2 },
      confirmed: true,
      reason: 'user',
    });
  });

  it('matches a task with two lead agencies from each agency’s file', () => {
    const tc = match('tc.xlsx', split('Sở Tài chính').report(0, 'Đang thực hiện').grid).ms;
    const ct = match('ct.xlsx', split('Sở Công Thương').report(0, 'Hoàn thành đúng hạn').grid).ms;
    expect(nos(tc)).toEqual(['7']);
    expect(nos(ct)).toEqual(['7']);
  });

  it('leaves a returned task with no master task unmatched, with the nearest candidates to re-point to', () => {
    const own = ownTable([
      OWN_HEADER,
      [
        1,
        'Tổ chức giải bóng đá thiếu niên nhi đồng mùa hè',
        'Sở Văn hoá, Thể thao và Du lịch',
        null,
        'Đang thực hiện',
        null,
      ],
      [
        2,
        'Xây dựng đề án phát triển du lịch biển đảo',
        'Sở Văn hoá, Thể thao và Du lịch',
        null,
        'Đang thực hiện',
        null,
      ],
    ]);
    const { ms } = match('vh.xlsx', own);
    expect(nos(ms)).toEqual(['-', '6']);
    expect(ms[0]!.reason).toBe('none');
    expect(ms[0]!.alternatives.length).toBeGreaterThan(0);
  });

  it('finds its task among 3,000 master tasks (through the index; the speed is measured in the bench)', () => {
    const big: RawValue[][] = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
    for (let i = 1; i <= 3000; i++)
      big.push([i, `Nhiệm vụ số ${i} về lĩnh vực ${i % 37} mã ${i * 7919}`, `Sở ${i % 40}`, 'Quý IV/2026']);
    const m = scanMaster(masterGrid(big));
    const idx = masterIndex(m);
    const own = ownTable([OWN_HEADER, [1, 'Nhiệm vụ số 2500 về lĩnh vực 21 mã 19797500', 'Sở 20', null, 'Xong', null]]);
    const ms = matchFile(idx, readReturnedFile(returnedInput('x.xlsx', own)), 0);
    expect(ms[0]!.master).toEqual({ table: 0, task: 2499 });
    expect(ms[0]!.alternatives.length).toBeLessThanOrEqual(3);
  });
});
