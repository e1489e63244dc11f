import { STATUS_CHOICES } from '../../../src/core/plans/trackingColumnsPlan';
import { scanWorkbook } from '../../../src/core/scan/scanWorkbook';
import { readSplitMarker } from '../../../src/core/split/splitMarker';
import { splitPlan, type SplitWorkbookPlan } from '../../../src/core/split/splitPlan';
import { readTaskKey } from '../../../src/core/split/taskKey';
import { MASTER_ROWS, MASTER_SHEET, masterGrid, scanMaster } from '../../helpers/reportingMaster';
import { settings } from '../../helpers/scan';
import { splitGrid } from '../../helpers/splitGrid';

const grid = masterGrid();
const master = scanMaster(grid);
const plan = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
const byLabel = (label: string): SplitWorkbookPlan => plan.workbooks.find((w) => w.agency.label === label)!;
const taskRows = (w: SplitWorkbookPlan) => w.sheets.flatMap((s) => s.rows.filter((r) => r.kind === 'task'));

describe('split plan', () => {
  it('makes one workbook per lead agency, variants together, a task with two leads in each, none for “(chưa giao)”', () => {
    expect(plan.agencies.map((a) => `${a.label}: ${a.tasks}`)).toEqual([
      'Sở Nội vụ: 2',
      'Sở Tư pháp: 2',
      'Sở Văn hoá, Thể thao và Du lịch: 2',
      'Sở Công Thương: 1',
      'Sở Khoa học và Công nghệ: 1',
      'Sở Tài chính: 1',
    ]);
    expect(plan.workbooks.map((w) => w.fileName)).toEqual([
      'So Noi vu.xlsx',
      'So Tu phap.xlsx',
      'So Van hoa, The thao va Du lich.xlsx',
      'So Cong Thuong.xlsx',
      'So Khoa hoc va Cong nghe.xlsx',
      'So Tai chinh.xlsx',
    ]);
    const tourism = taskRows(byLabel('Sở Văn hoá, Thể thao và Du lịch'));
    expect(tourism.map((r) => r.cells[0])).toEqual(['6', '9']);
    expect(taskRows(byLabel('Sở Tài chính'))[0]!.master).toEqual(taskRows(byLabel('Sở Công Thương'))[0]!.master);
    expect(plan.unassigned).toEqual([
      {
        ref: { table: 0, task: 7 },
        sheet: MASTER_SHEET,
        row: 16,
        no: '8',
        task: 'Kiểm tra công tác phòng cháy chữa cháy tại chợ',
      },
    ]);
  });

  it("keeps the master's columns and header text, joins continuation rows, adds the columns to fill and the key", () => {
    const w = byLabel('Sở Khoa học và Công nghệ');
    const s = w.sheets[0]!;
    expect(s.columns.map((c) => `${c.header}${c.added ? ' +' : ''}`)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn',
      'Ghi chú',
      'Tình hình thực hiện +',
      'Ngày hoàn thành +',
      'Báo cáo kết quả thực hiện +',
      'Khóa đối chiếu (không sửa) +',
    ]);
    expect(s.rows.map((r) => r.kind)).toEqual(['section', 'task']);
    expect(s.rows[0]!.cells.slice(0, 2)).toEqual(['I', 'CẢI CÁCH HÀNH CHÍNH']);
    const task = s.rows[1]!.cells;
    expect(task.slice(0, 5)).toEqual([
      '3',
      'Triển khai chuyển đổi số trong các cơ quan nhà nước trên địa bàn tỉnh, kết nối liên thông dữ liệu',
      'Sở Khoa học và Công nghệ',
      '',
      'Quý IV/2026',
    ]);
    expect(readTaskKey(String(task[9]))).toBe(task[9]);
    expect(s.titleLines).toEqual([
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      '(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh)',
    ]);
    expect(s.headerRow).toBe(5);
    expect(s.statusOptions).toEqual([...STATUS_CHOICES]);
  });

  it('reuses the master’s own status and completion columns instead of adding others', () => {
    const rows = MASTER_ROWS.map((r, i) =>
      i === 4 ? [...r, 'Tình trạng', 'Ngày hoàn thành thực tế'] : i === 6 ? [...r, 'Đang thực hiện', null] : r,
    );
    const g = masterGrid(rows);
    const m = scanMaster(g);
    expect(m.tables[0]!.columns).toMatchObject({ status: 'G', completedOn: 'H' });
    const s = splitPlan({ file: m, grid: g, lang: 'vi', date: '2026-05-01' }).workbooks[0]!.sheets[0]!;
    expect(s.columns.map((c) => `${c.role}:${c.header}`).slice(6)).toEqual([
      'status:Tình trạng',
      'completedOn:Ngày hoàn thành thực tế',
      'result:Báo cáo kết quả thực hiện',
      'key:Khóa đối chiếu (không sửa)',
    ]);
    // The master's current status goes out for the agency to update.
    expect(s.rows.find((r) => r.kind === 'task')!.cells[6]).toBe('Đang thực hiện');
  });

  it('takes the agencies asked for by any spelling, and says which are unknown', () => {
    const some = splitPlan({
      file: master,
      grid,
      lang: 'vi',
      date: '2026-05-01',
      agencies: ['Sở Văn hóa, Thể thao và Du lịch', 'so noi vu', 'Sở Không Có'],
    });
    expect(some.workbooks.map((w) => w.agency.label)).toEqual(['Sở Nội vụ', 'Sở Văn hoá, Thể thao và Du lịch']);
    expect(some.unknown).toEqual(['Sở Không Có']);
  });

  it('marks the workbook as a split of the master, with its layout, and writes an instruction sheet', () => {
    const w = byLabel('Sở Nội vụ');
    const marker = readSplitMarker(splitGrid(w))!;
    expect(marker).toEqual(w.marker);
    expect(marker).toMatchObject({
      master: 'ke-hoach-12.xlsx',
      splitOn: '2026-05-01',
      agency: { key: 'so noi vu', label: 'Sở Nội vụ' },
      sheets: [
        {
          sheet: MASTER_SHEET,
          masterSheet: MASTER_SHEET,
          masterTable: 0,
          headerRow: 5,
          columns: { no: 'A', task: 'B', status: 'G', completedOn: 'H', result: 'I', key: 'J' },
        },
      ],
    });
    expect(w.instructions.sheetName).toBe('Hướng dẫn');
    expect(w.instructions.lines.join('\n')).toMatch(/2 nhiệm vụ do Sở Nội vụ chủ trì.*ke-hoach-12\.xlsx.*01\/05\/2026/);
    expect(w.instructions.lines.join('\n')).toContain('Không sửa, không xóa cột ẩn “Khóa đối chiếu (không sửa)”');
    const en = splitPlan({ file: master, grid, lang: 'en', date: '2026-05-01' }).workbooks[0]!;
    expect(en.instructions.sheetName).toBe('Instructions');
    expect(en.sheets[0]!.columns.map((c) => c.header).slice(6)).toEqual([
      'Status',
      'Completed on',
      'Reported result',
      'Match key (do not edit)',
    ]);
  });

  it('scans back as the master read: same tasks, title, date and columns; the added columns mapped to their fields only', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const w of splitPlan({ file: master, grid, lang, date: '2026-05-01' }).workbooks) {
        const back = scanWorkbook(splitGrid(w), w.fileName, settings({ lang }));
        expect(back.tables).toHaveLength(1);
        const t = back.tables[0]!;
        expect(t.tasks.map((x) => x.task)).toEqual(
          taskRows(w).map((r) => master.tables[0]!.tasks[r.master!.task]!.task),
        );
        expect(t.title).toBe(master.tables[0]!.title);
        expect(t.documentDate).toBe('2026-01-15');
        expect(t.columns).toEqual({ ...master.tables[0]!.columns, status: 'G', completedOn: 'H' });
      }
  });
});
