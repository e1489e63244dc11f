/**
 * The reporting cycle's bench files: a master of 2,000 tasks led by 40 agencies (50 each, texts from
 * the appendix generator), split with the engine, and the 40 returned workbooks filled as agencies
 * fill them: every task given a status, the done ones a completion date, a result text; one file in
 * four renumbered and reordered, one in five with its key column cleared (the text matcher's work).
 * Deterministic; written afresh into `dir` by each bench run (a few seconds).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { STATUS_CHOICES } from '../src/core/plans/trackingColumnsPlan';
import { scanWorkbook } from '../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../src/core/scan/scanOptions';
import { splitPlan, type SplitWorkbookPlan } from '../src/core/split/splitPlan';
import { readWorkbookFile } from '../src/files/readWorkbook';
import { splitWorkbookBytes } from '../src/files/splitWorkbook';
import { taskText } from './generateAppendix';

export const MERGE_BENCH = { tasks: 2000, agencies: 40 } as const;

const BODIES = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Văn hoá, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Tư pháp',
  'Sở Giáo dục và Đào tạo',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Ngoại vụ',
  'Sở Dân tộc và Tôn giáo',
  'Thanh tra thành phố',
  'Công an thành phố',
  'Bộ Chỉ huy quân sự thành phố',
  'Ban Quản lý Khu kinh tế',
  'Văn phòng UBND thành phố',
  'Đài Phát thanh và Truyền hình',
  'Ngân hàng Nhà nước Chi nhánh khu vực 6',
  'Kho bạc Nhà nước khu vực',
];
const WARDS = [
  'Hồng Bàng',
  'Lê Chân',
  'Ngô Quyền',
  'Hải An',
  'Kiến An',
  'Đồ Sơn',
  'Dương Kinh',
  'An Dương',
  'Thủy Nguyên',
  'Tiên Lãng',
];
/** 40 agencies: 20 bodies and 20 wards (UBND phường …, UBND xã …). */
export const AGENCIES = [...BODIES, ...WARDS.map((w) => `UBND phường ${w}`), ...WARDS.map((w) => `UBND xã ${w}`)];
const DEADLINES = ['Tháng 12/2026', 'Quý IV/2026', 'Năm 2026', 'Quý II/2026', '30/06/2026', 'Thường xuyên'];
const SECTIONS = 8;

async function writeMaster(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['PHỤ LỤC']);
  ws.addRow(['DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026']);
  ws.addRow(['(Kèm theo Kế hoạch số 71/KH-UBND ngày 04/3/2026 của Ủy ban nhân dân thành phố)']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Kết quả/Sản phẩm']);
  const perSection = MERGE_BENCH.tasks / SECTIONS;
  for (let i = 1; i <= MERGE_BENCH.tasks; i++) {
    if ((i - 1) % perSection === 0)
      ws.addRow([
        ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][(i - 1) / perSection],
        `NHÓM NHIỆM VỤ ${(i - 1) / perSection + 1}`,
      ]);
    ws.addRow([
      i,
      taskText(i),
      AGENCIES[i % AGENCIES.length],
      'Các sở, ngành liên quan',
      DEADLINES[i % DEADLINES.length],
      'Báo cáo',
    ]);
  }
  await wb.xlsx.writeFile(path);
}

/** The agency's answers written into its plan's cells; some files renumbered and reordered, some without keys. */
function fill(plan: SplitWorkbookPlan, n: number): void {
  for (const s of plan.sheets) {
    const at = (role: string) => s.columns.findIndex((c) => c.role === role);
    const no = s.columns.findIndex((c) => c.field === 'no');
    let k = 0;
    for (const r of s.rows) {
      if (r.kind !== 'task') continue;
      const status = STATUS_CHOICES[(k + n) % STATUS_CHOICES.length]!;
      r.cells[at('status')] = status;
      if (status.startsWith('Hoàn thành'))
        r.cells[at('completedOn')] = { date: `2026-04-${String((k % 28) + 1).padStart(2, '0')}` };
      r.cells[at('result')] = `Đã triển khai, kết quả tháng 4 (${k + 1})`;
      if (n % 5 === 0) r.cells[at('key')] = '';
      if (n % 4 === 0 && no >= 0) r.cells[no] = String(k + 1);
      k++;
    }
    if (n % 4 === 0) s.rows = s.rows.filter((r) => r.kind === 'task').reverse();
  }
}

export interface MergeBenchFiles {
  master: string;
  returned: string[];
}

export async function writeMergeBenchFiles(dir: string): Promise<MergeBenchFiles> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const master = join(dir, 'master.xlsx');
  await writeMaster(master);
  const grid = await readWorkbookFile(master);
  const scanned = scanWorkbook(grid, master, scanSettingsSchema.parse({ asOf: '2026-05-01' }));
  const plan = splitPlan({ file: scanned, grid, lang: 'vi', date: '2026-05-01' });
  if (plan.workbooks.length !== MERGE_BENCH.agencies)
    throw new Error(`the master splits into ${plan.workbooks.length} files, not ${MERGE_BENCH.agencies}`);
  const returned: string[] = [];
  for (const [n, w] of plan.workbooks.entries()) {
    fill(w, n);
    const path = join(dir, w.fileName);
    writeFileSync(path, await splitWorkbookBytes(w));
    returned.push(path);
  }
  return { master, returned };
}
