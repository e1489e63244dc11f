/**
 * Builds assets/sample/phu-luc-mau.xlsx, the bundled sample workbook: three seed appendices from
 * Hải Phòng on their own sheets (one with a leader column, one with page-split rows, one with
 * sections), beside an ordinary budget table that is not an appendix.
 * Run: npm run build && node dist/scripts/build-sample.js
 */
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');

const SHEETS: [prefix: string, name: string][] = [
  ['001', 'PL NQ 89 (lãnh đạo)'],
  ['002', 'PL KH 71'],
  ['003', 'PL CTr TU'],
];

async function main(): Promise<void> {
  const out = new ExcelJS.Workbook();
  out.creator = 'Appendix Tracker';
  for (const [prefix, name] of SHEETS) {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.xlsx'))!;
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(join(SEEDS, file));
    const from = src.worksheets[0]!;
    const to = out.addWorksheet(name);
    from.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = to.getCell(r, c);
        target.value = cell.value;
        if (cell.font?.bold) target.font = { bold: true };
        target.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    to.columns.forEach((col, i) => {
      col.width = [6, 50, 30, 16, 24, 30, 24][i] ?? 16;
    });
  }
  const budget = out.addWorksheet('Kinh phí');
  budget.addRows([
    ['STT', 'Nội dung', 'Số tiền (triệu đồng)', 'Ghi chú'],
    [1, 'Hội nghị sơ kết 6 tháng', 120, ''],
    [2, 'In ấn tài liệu tuyên truyền', 35, ''],
    [3, 'Khảo sát, đánh giá', 80, 'Dự kiến'],
  ]);
  const path = join(ROOT, 'assets', 'sample', 'phu-luc-mau.xlsx');
  await out.xlsx.writeFile(path);
  process.stdout.write(`wrote ${path}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exitCode = 1;
});
