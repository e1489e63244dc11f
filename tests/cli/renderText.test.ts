import { renderReport } from '../../src/cli/renderText';
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
    expect(text).not.toContain('…');
    // The summary tables fit the width (other lines, such as issue messages, are not tables).
    for (const l of summary.filter((x) => /^ {4}\S/.test(x) && /\d\s*$/.test(x)))
      expect([...l].length).toBeLessThanOrEqual(width);
  });
});
