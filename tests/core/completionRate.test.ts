/**
 * "Tỷ lệ hoàn thành" where no task can be known done: a table with no status or completion-date
 * column shows "—" (not tracked), never 0 % ("nothing done"), on the summary sheets and in the terminal.
 */
import { summarySheetPlan } from '../../src/core/plans/summarySheetPlan';
import type { RawValue } from '../../src/core/grid';
import { textCell } from '../../src/core/grid';
import { renderFile } from '../../src/cli/renderText';
import type { ScannedFile } from '../../src/core/report/schema';
import { scanGrid } from '../helpers/scan';

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'];
const TASKS: RawValue[][] = [
  [1, 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Tháng 3/2026'],
  [2, 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Quý IV/2026'],
  [3, 'Tổng kết việc thực hiện', 'Sở Nội vụ', 'Tháng 12/2026'],
];

function scanned(withStatus: boolean): ScannedFile {
  const rows = ([withStatus ? [...HEADER, 'Tình hình thực hiện'] : HEADER] as RawValue[][]).concat(
    TASKS.map((r, i) => (withStatus ? [...r, i === 0 ? 'Đã hoàn thành' : 'Đang thực hiện'] : r)),
  );
  const report = scanGrid(
    { sheets: [{ name: 'Phụ lục', rows: rows.map((r) => r.map(textCell)) }] },
    { asOf: '2026-05-01' },
  );
  return report as ScannedFile;
}

const rateColumn = (file: ScannedFile) => {
  const block = summarySheetPlan([file], 'vi', '2026-05-01', 7).blocks[0]!;
  const i = block.columns.findIndex((c) => c.kind === 'percent');
  return { rows: block.rows.map((r) => r[i]), total: block.total[i] };
};

describe('the completion rate', () => {
  it('is "—" on every row and the total where the table has no status or completion column', () => {
    const file = scanned(false);
    expect(file.tables[0]!.columns.status).toBeUndefined();
    const { rows, total } = rateColumn(file);
    expect(rows).toEqual(['—', '—', '—']);
    expect(total).toBe('—');
    const text = renderFile(file, 'vi', false);
    expect(text).toContain('—');
    expect(text).not.toMatch(/\b0%/);
  });

  it('is a share where the table has a status column (0 % is then a real "none done")', () => {
    const { rows, total } = rateColumn(scanned(true));
    expect(rows.every((v) => typeof v === 'number')).toBe(true);
    expect(rows).toContain(1);
    expect(rows).toContain(0);
    expect(total).toBeCloseTo(1 / 3);
    expect(renderFile(scanned(true), 'vi', false)).toMatch(/\b33%/);
  });
});
