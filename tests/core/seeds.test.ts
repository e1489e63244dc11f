/**
 * The four seed appendices from Hải Phòng, as a person has them in Excel, read the way a careful
 * reader of the source documents reads them; seed 004 (a report) has no appendix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport, TableReport } from '../../src/core/report/schema';
import { codes, scanRows } from '../helpers/scan';
import { FIXTURES, scanSeed } from '../helpers/seeds';

const range = (a: number, b: number, f: (n: number) => string = String) =>
  Array.from({ length: b - a + 1 }, (_, i) => f(a + i));

function table(report: FileReport): TableReport {
  expect(report.error).toBeNull();
  expect(report.tables).toHaveLength(1);
  return report.tables[0]!;
}

function leadCounts(t: TableReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of t.summary.byLead) out[r.label] = r.total;
  return out;
}

describe('seed 000: Công văn … /VP-TH, NQ 406/NQ-CP (2025)', () => {
  let t: TableReport;
  beforeAll(async () => {
    t = table(await scanSeed('000', '2026-01-15'));
  });
  it('finds the header, mapping, title and document date', () => {
    expect(t.sheet).toBe('Phụ lục');
    expect(t.headerRow).toBe(4);
    expect(t.columns).toEqual({
      no: 'A',
      task: 'B',
      output: 'C',
      deadline: 'D',
      lead: 'E',
      coordinating: 'F',
      authority: 'G',
    });
    expect(t.title).toBe('CÁC NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 406/NQ-CP CỦA CHÍNH PHỦ');
    expect(t.documentDate).toBe('2025-01-01');
    expect(t.documentDatePrecision).toBe('year');
  });
  it('reads 32 tasks numbered 1–32 past 7 repeated headers', () => {
    expect(t.counts).toMatchObject({ tasks: 32, sections: 0, repeatedHeaders: 7, continuations: 0 });
    expect(t.tasks.map((x) => x.no)).toEqual(range(1, 32));
    expect(codes(t, 'repeated-header')).toHaveLength(7);
    expect(t.issues.filter((i) => i.code.startsWith('numbering'))).toEqual([]);
  });
  it('has every task assigned; only task 11 lacks coordinating agencies', () => {
    expect(t.summary.unassigned).toBe(0);
    expect(t.tasks.find((x) => x.no === '11')!.coordinating).toEqual([]);
    expect(codes(t, 'missing-lead')).toEqual([]);
    expect(codes(t, 'missing-deadline')).toEqual([]);
  });
  it('reads the deadlines of the seed', () => {
    const due = (no: string) => t.tasks.find((x) => x.no === no)!.deadline;
    expect(due('1')).toMatchObject({ kind: 'month', due: '2026-04-30' });
    expect(due('2')).toMatchObject({ kind: 'month', due: '2025-12-31' });
    expect(due('3')).toMatchObject({ kind: 'range', start: '2025-12-01', due: '2026-02-28' });
    expect(due('8')).toMatchObject({ kind: 'event', due: null });
    expect(due('9')).toMatchObject({ kind: 'recurring', due: null });
    expect(due('11')).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
    expect(due('29')).toMatchObject({ kind: 'date', due: '2025-12-25' });
    expect(due('32')).toMatchObject({ kind: 'date', due: '2025-12-31' });
    expect(t.tasks.filter((x) => x.deadline.kind === 'unknown').map((x) => x.deadline.text)).toEqual([]);
  });
  it('groups the lead agencies', () => {
    const counts = leadCounts(t);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(32);
    expect(counts['Sở Văn hoá, Thể thao và Du lịch']).toBeGreaterThan(0);
  });
});

describe('seed 001: Công văn …/VP-TH, NQ 89/NQ-CP (4/2026), with a leader column', () => {
  let t: TableReport;
  beforeAll(async () => {
    t = table(await scanSeed('001'));
  });
  it('maps the leader column and the month-only document date', () => {
    expect(t.headerRow).toBe(4);
    expect(t.columns).toEqual({
      no: 'A',
      task: 'B',
      lead: 'C',
      coordinating: 'D',
      deadline: 'E',
      output: 'F',
      leader: 'G',
    });
    expect(t.documentDate).toBe('2026-04-01');
    expect(t.documentDatePrecision).toBe('month');
  });
  it('reads 39 tasks past 12 repeated headers, merging the page-split output of task 23', () => {
    expect(t.counts).toMatchObject({ tasks: 39, sections: 0, repeatedHeaders: 12, continuations: 1 });
    expect(t.tasks.map((x) => x.no)).toEqual(range(1, 39));
    const t23 = t.tasks.find((x) => x.no === '23')!;
    expect(t23.rows).toEqual([34, 36]);
    expect(t23.output).toMatch(/^Mở rộng mạng lưới trí thức.*Tổ chức các hoạt động hoạt động gìn giữ tiếng Việt/);
    expect(codes(t, 'continuation-merged')).toEqual([36]);
  });
  it('flags task 26, which names two lead agencies', () => {
    const i = t.issues.filter((x) => x.code === 'multiple-leads');
    expect(i.map((x) => x.no)).toEqual(['26']);
    expect(i[0]).toMatchObject({ row: 39, column: 'C' });
    expect(i[0]!.message).toContain('Ban Quản lý Khu kinh tế; Sở Tài chính');
  });
  it('summarises by leader as the table says', () => {
    const byLeader: Record<string, number> = {};
    for (const r of t.summary.byLeader) byLeader[r.label] = r.total;
    expect(byLeader).toEqual({
      'Phó Chủ tịch UBND thành phố Hoàng Minh Cường': 16,
      'Phó Chủ tịch UBND thành phố Nguyễn Minh Hùng': 11,
      'Phó Chủ tịch UBND thành phố Vũ Tiến Phụng': 6,
      'Phó Chủ tịch Thường trực UBND thành phố Lê Anh Quân': 3,
      'Phó Chủ tịch UBND thành phố Lê Trung Kiên': 2,
      'Phó Chủ tịch UBND thành phố Trần Văn Quân': 1,
    });
    expect(t.summary.byLeader[0]!.label).toBe('Phó Chủ tịch UBND thành phố Hoàng Minh Cường');
  });
  it('summarises by lead agency, largest first', () => {
    const counts = leadCounts(t);
    expect(counts).toMatchObject({
      'Sở Ngoại vụ': 10,
      'Sở Văn hóa, Thể thao và Du lịch': 5,
      'Sở Tư pháp': 4,
      'Sở Công Thương': 4,
    });
    expect(t.summary.byLead[0]!.label).toBe('Sở Ngoại vụ');
    const totals = t.summary.byLead.map((r) => r.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });
  it('reads "Tháng 4,5/2026" and the range "Từ tháng 4/2026 đến tháng 7/2026"', () => {
    expect(t.tasks.find((x) => x.no === '33')!.deadline).toMatchObject({
      kind: 'month',
      start: '2026-04-01',
      due: '2026-05-31',
    });
    expect(t.tasks.find((x) => x.no === '29')!.deadline).toMatchObject({ kind: 'range', due: '2026-07-31' });
    expect(t.tasks.find((x) => x.no === '38')!.deadline).toMatchObject({ kind: 'recurring', due: null });
  });
  it('gives overdue and due-soon states as of 2026-05-01', () => {
    const t4 = t.tasks.find((x) => x.no === '4')!; // Tháng 4/2026
    expect(t4.state).toBe('open-overdue');
    const t1 = t.tasks.find((x) => x.no === '1')!; // Thường xuyên
    expect(t1.state).toBe('no-deadline');
  });
});

describe('seed 002: Kế hoạch 71/KH-UBND of 04/3/2026, rows split across pages', () => {
  let t: TableReport;
  beforeAll(async () => {
    t = table(await scanSeed('002'));
  });
  it('finds the header, mapping and full document date', () => {
    expect(t.headerRow).toBe(5);
    expect(t.columns).toEqual({
      no: 'A',
      task: 'B',
      output: 'C',
      deadline: 'D',
      lead: 'E',
      coordinating: 'F',
      authority: 'G',
    });
    expect(t.documentDate).toBe('2026-03-04');
    expect(t.title).toBe('MỘT SỐ NHIỆM VỤ, GIẢI PHÁP CỤ THỂ THỰC HIỆN NGHỊ QUYẾT TẠI KỲ HỌP THỨ 10, QUỐC HỘI KHÓA XV');
  });
  it('reads 34 numbered tasks, parent row 35 as a section and its three sub-items', () => {
    expect(t.counts).toMatchObject({ tasks: 37, sections: 1, repeatedHeaders: 10, continuations: 8 });
    expect(t.tasks.map((x) => x.no)).toEqual([...range(1, 34, (n) => `${n}.`), '-', '-', '-']);
    const subs = t.tasks.slice(34);
    expect(subs.every((x) => x.level === 1 && x.section!.startsWith('35. Kết nối cơ sở dữ liệu'))).toBe(true);
  });
  it('merges the page-split cells into their tasks cell by cell', () => {
    const t4 = t.tasks.find((x) => x.no === '4.')!;
    expect(t4.rows).toEqual([9, 11]);
    expect(t4.lead).toBe('Ngân hàng Nhà nước Chi nhánh khu vực 6');
    expect(t4.authority).toBe('Ngân hàng Nhà nước Chi nhánh khu vực 6');
    const t7 = t.tasks.find((x) => x.no === '7.')!;
    expect(t7.deadline).toMatchObject({ text: 'Quý IV/2026 - Quý II/2027', kind: 'range', due: '2027-06-30' });
    const t32 = t.tasks.find((x) => x.no === '32.')!;
    expect(t32.lead).toBe('Công an thành phố');
    const firstSub = t.tasks[34]!;
    expect(firstSub.deadline).toMatchObject({ text: 'Tháng 6/2026', due: '2026-06-30' });
    expect(firstSub.lead).toBe('Các Sở chuyên ngành thuộc Ủy ban nhân dân thành phố');
    expect(codes(t, 'continuation-merged')).toEqual([11, 16, 20, 32, 42, 47, 53, 59]);
  });
  it('keys the page-split lead with its unsplit spelling', () => {
    const ngh = t.summary.byLead.find((r) => r.label === 'Ngân hàng Nhà nước Chi nhánh khu vực 6')!;
    expect(ngh.total).toBe(3);
  });
  it('flags collective leads and reads "Trong cả năm" as the document year', () => {
    expect(t.issues.filter((x) => x.code === 'vague-lead').map((x) => x.no)).toEqual(
      expect.arrayContaining(['25.', '-']),
    );
    expect(t.tasks.find((x) => x.no === '17.')!.deadline).toMatchObject({ kind: 'year', due: '2026-12-31' });
    expect(t.tasks.find((x) => x.no === '31.')!.deadline).toMatchObject({ kind: 'event', due: null });
  });
});

describe('seed 003: Chương trình hành động …-CTr/TU (2026), sections and (n) numbering', () => {
  let t: TableReport;
  beforeAll(async () => {
    t = table(await scanSeed('003'));
  });
  it('finds the header and the year-only document date', () => {
    expect(t.headerRow).toBe(5);
    expect(t.documentDate).toBe('2026-01-01');
    expect(t.documentDatePrecision).toBe('year');
  });
  it('reads 75 tasks (1)–(75) in 11 sections past 20 repeated headers', () => {
    expect(t.counts).toMatchObject({ tasks: 75, sections: 11, repeatedHeaders: 20, continuations: 0 });
    expect(t.tasks.map((x) => x.no)).toEqual(range(1, 75, (n) => `(${n})`));
    expect(t.sections!.map((s) => s.no)).toEqual(['1', 'a)', 'b)', '2', '3', '4.', '5', '6', '7.', '8.', '9']);
    expect(t.sections!.map((s) => s.level)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(t.tasks[0]!.section).toMatch(/^a\) Tăng cường kỷ luật/);
    expect(t.tasks[3]!.section).toMatch(/^b\) Thúc đẩy/);
    expect(t.tasks[15]!.section).toMatch(/^2 Tiếp tục tập trung/);
  });
  it('flags the missing deadline of (31) and the missing authority of (33), (47), (67)', () => {
    expect(t.issues.filter((x) => x.code === 'missing-deadline').map((x) => x.no)).toEqual(['(31)']);
    expect(t.issues.filter((x) => x.code === 'missing-authority').map((x) => x.no)).toEqual(['(33)', '(47)', '(67)']);
  });
  it('flags the two-agency leads of (33) and (34)', () => {
    expect(t.issues.filter((x) => x.code === 'multiple-leads').map((x) => x.no)).toEqual(
      expect.arrayContaining(['(33)', '(34)']),
    );
  });
  it('groups "Văn hoá" and "Văn hóa" under one key and says which spelling is most used', () => {
    const rows = t.summary.byLead.filter((r) => r.key === 'so van hoa the thao va du lich');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.total).toBe(13); // 11 × "hoá" + 2 × "hóa"
    expect(rows[0]!.label).toBe('Sở Văn hoá, Thể thao và Du lịch');
    const variants = t.issues.filter((x) => x.code === 'spelling-variant' && x.column === 'E');
    // (8), (9) write "Văn hóa"; (34) writes "Sở Xây dựng, Ban QLDA" where (33) has "; "; (38) "Ban quản lý khu kinh tế" in lower case.
    expect(variants.map((x) => x.no)).toEqual(['(8)', '(9)', '(34)', '(38)']);
    expect(variants[0]!.message).toContain('Sở Văn hoá, Thể thao và Du lịch');
  });
  it('reads the milestone deadlines', () => {
    expect(t.tasks.find((x) => x.no === '(64)')!.deadline).toMatchObject({ kind: 'milestones', due: '2027-12-31' });
    expect(t.tasks.find((x) => x.no === '(38)')!.deadline).toMatchObject({ kind: 'milestones', due: '2030-12-31' });
  });
});

describe('seed 004: a report with no appendix', () => {
  it('yields no table', () => {
    const text = readFileSync(join(FIXTURES, 'seeds', '004_no_appendix.txt'), 'utf8');
    const rows = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => [l]);
    expect(rows.length).toBeGreaterThan(100);
    expect(scanRows(rows)).toEqual([]);
  });
});

describe('the seeds as TSV give the same reading as the workbooks', () => {
  it.each(['000', '001', '002', '003'])('seed %s', async (prefix) => {
    const fromXlsx = table(await scanSeed(prefix));
    const fromTsv = table(await scanSeed(prefix, '2026-05-01', 'tsv'));
    expect(fromTsv.counts).toEqual(fromXlsx.counts);
    expect(fromTsv.tasks.map((x) => [x.no, x.lead, x.deadline.due])).toEqual(
      fromXlsx.tasks.map((x) => [x.no, x.lead, x.deadline.due]),
    );
  });
});
