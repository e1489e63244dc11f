import { renderReport } from '../../src/cli/renderText';
import { textCell } from '../../src/core/grid';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import { buildReport } from '../../src/core/scan/buildReport';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { seedPath } from '../helpers/seeds';

describe('the terminal summary', () => {
  it('lists a quarter of a million warnings without overflowing the call stack', async () => {
    const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
    const file = scanWorkbook(await readWorkbookFile(seedPath('001', 'xlsx')), 'a.xlsx', settings);
    const table = file.tables[0]!;
    const warning = table.issues.find((i) => i.severity === 'warning')!;
    const issues = Array.from({ length: 250000 }, (_, i) => ({ ...warning, row: i + 2 }));
    const report = buildReport([{ ...file, tables: [{ ...table, issues }] }], settings);
    const text = renderReport(report, 'vi', false);
    expect(text.split('\n').filter((l) => l.includes(`(${warning.code})`))).toHaveLength(250000);
  });
});

describe('names in the terminal summaries', () => {
  const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
  const LONG_LEAD = 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp thành phố';
  const LONG_LEADER = 'Đồng chí Nguyễn Văn An, Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố';

  async function withLongNames() {
    const file = scanWorkbook(await readWorkbookFile(seedPath('001', 'xlsx')), 'a.xlsx', settings);
    const table = file.tables[0]!;
    const byLead = [{ ...table.summary.byLead[0]!, label: LONG_LEAD }, ...table.summary.byLead.slice(1)];
    const byLeader = [{ ...table.summary.byLeader[0]!, label: LONG_LEADER }, ...table.summary.byLeader.slice(1)];
    return buildReport(
      [{ ...file, tables: [{ ...table, summary: { ...table.summary, byLead, byLeader } }] }],
      settings,
    );
  }

  it.each([100, 80, 60])('shows whole names, wrapped between words, in lines that fit %i columns', async (width) => {
    const text = renderReport(await withLongNames(), 'vi', false, width);
    const lines = text.split('\n');
    const summary = lines.slice(lines.findIndex((l) => l.includes('Theo cơ quan chủ trì') || l.includes(':')));
    // Every word of each name is there, in order, on consecutive lines; no name is cut with "…".
    for (const name of [LONG_LEAD, LONG_LEADER]) {
      const start = lines.findIndex(
        (l) => l.trimStart().startsWith(name.split(' ')[0]!) && l.includes(name.split(' ')[1]!),
      );
      expect(start).toBeGreaterThan(-1);
      const joined = lines
        .slice(start, start + 6)
        .map((l) => l.replace(/\s+\d+%?|\s+—/g, '').trim())
        .join(' ');
      expect(joined.startsWith(name)).toBe(true);
    }
    // No name cut with “…” (a document date without its day is written “…/04/2026”).
    expect(text.replace(/…\/\d{2}\/\d{4}/g, '')).not.toContain('…');
    // The summary tables fit the width (other lines, such as issue messages, are not tables).
    for (const l of summary.filter((x) => /^ {4}\S/.test(x) && /\d\s*$/.test(x)))
      expect([...l].length).toBeLessThanOrEqual(width);
  });
});

describe('dates in the terminal', () => {
  const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
  it('writes the as-of date dd/mm/yyyy and a document date without its day as written (…/04/2026)', () => {
    const rows = [
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch số 12/KH-UBND ngày /4/2026 của UBND thành phố)'],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Tháng 6/2026'],
      [2, 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Quý IV/2026'],
    ];
    const grid = { sheets: [{ name: 'Phụ lục', rows: rows.map((r) => r.map(textCell)) }] };
    const file = scanWorkbook(grid, 'pl.xlsx', settings);
    expect(file.tables[0]!.documentDatePrecision).toBe('month');
    const text = renderReport(buildReport([file], settings), 'vi', false);
    expect(text).toContain('Tính đến ngày 01/05/2026');
    expect(text).toContain('Ngày văn bản: …/04/2026');
    expect(text).not.toContain('2026-04-01');
    expect(renderReport(buildReport([file], settings), 'en', false)).toContain('As of 01/05/2026');
  });
});
