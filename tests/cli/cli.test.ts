import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { reportSchema } from '../../src/core/report/schema';
import { seedPath } from '../helpers/seeds';
import { rawXlsx, rowsXml, SMALL_TABLE } from '../helpers/rawXlsx';
import { oddFiles } from '../helpers/oddFiles';
import { captureIo as io } from '../helpers/cliIo';

describe('appendix-tracker scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-cli-'));

  it('prints the contract JSON, valid against the schema, and never writes to its input', async () => {
    const file = seedPath('001', 'xlsx');
    const before = readFileSync(file);
    const { io: x, out } = io();
    expect(await main(['scan', file, '--json', '--as-of', '2026-05-01'], x)).toBe(0);
    const report = reportSchema.parse(JSON.parse(out.join('\n')));
    expect(report.asOf).toBe('2026-05-01');
    expect(report.files[0]!.tables[0]!.counts.tasks).toBe(39);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('uses today as the default as-of date and prints a readable summary in English', async () => {
    const { io: x, out } = io();
    expect(await main(['scan', seedPath('000', 'tsv'), '--lang', 'en'], x)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('As of 01/05/2026');
    expect(text).toContain('By lead agency');
    expect(text).toContain('Tasks: 32');
  });

  it('writes a report workbook with tasks, issues and both summaries', async () => {
    const outFile = join(dir, 'report.xlsx');
    const { io: x } = io();
    expect(await main(['scan', seedPath('002', 'xlsx'), seedPath('003', 'xlsx'), '--out', outFile], x)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Vấn đề', 'Tổng hợp']);
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    expect(tasks.rowCount).toBe(1 + 37 + 75);
    const due = tasks.getRow(2).getCell(13).value;
    expect(due).toBeInstanceOf(Date);
    const byLead = wb.getWorksheet('Tổng hợp')!;
    expect(byLead.getRow(4).getCell(1).value).toBe('Theo cơ quan chủ trì (tất cả các bảng)');
    // "Tổng cộng" of the combined block counts every task once.
    let total: unknown = null;
    byLead.eachRow((row) => {
      if (total === null && row.getCell(2).value === 'Tổng cộng') total = row.getCell(3).value;
    });
    expect(total).toBe(112);
    // Agency text starting with "-" stays text.
    const coord = tasks.getColumn(8).values.find((v) => typeof v === 'string' && v.startsWith('-'));
    if (coord !== undefined) expect(typeof coord).toBe('string');
  });

  it('never reads its own task sheet back as an appendix (a report, or a workbook after Tổng hợp)', async () => {
    const outFile = join(dir, 'report-again.xlsx');
    expect(await main(['scan', seedPath('002', 'xlsx'), '--out', outFile], io().io)).toBe(0);
    for (const lang of ['vi', 'en']) {
      const again = join(dir, `report-${lang}.xlsx`);
      expect(await main(['scan', seedPath('002', 'xlsx'), '--lang', lang, '--out', again], io().io)).toBe(0);
      const { io: x, out } = io();
      expect(await main(['scan', again, '--json'], x)).toBe(0);
      expect(JSON.parse(out.join('\n')).files[0].tables).toEqual([]);
    }
  });

  it('exits 2 with a one-line message for an unreadable file, and still reports the others', async () => {
    const bad = join(dir, 'broken.xlsx');
    writeFileSync(bad, new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]));
    const { io: x, out, err } = io();
    expect(await main(['scan', bad, seedPath('000', 'tsv'), '--json'], x)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/broken\.xlsx/);
    expect(err[0]).not.toMatch(/\n\s+at /);
    const report = reportSchema.parse(JSON.parse(out.join('\n')));
    expect(report.files[0]!.error!.code).toBe('not-a-workbook');
    expect(report.files[1]!.tables).toHaveLength(1);
  });

  it('refuses a file over a read limit in one line naming the limit (exit 2), and scans the others', async () => {
    const bomb = join(dir, 'gop.xlsx');
    writeFileSync(
      bomb,
      await rawXlsx(rowsXml(SMALL_TABLE), { after: '<mergeCells><mergeCell ref="A20:XFD1048576"/></mergeCells>' }),
    );
    const before = readFileSync(bomb);
    for (const lang of ['vi', 'en'] as const) {
      const { io: x, out, err } = io();
      expect(await main(['scan', bomb, seedPath('000', 'tsv'), '--json', '--lang', lang], x)).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(
        lang === 'vi' ? 'vùng gộp ô phủ hơn 1.000.000 ô' : 'merged areas cover more than 1,000,000 cells',
      );
      const report = reportSchema.parse(JSON.parse(out.join('\n')));
      expect(report.files[0]!.error!.code).toBe('too-large');
      expect(report.files[1]!.tables).toHaveLength(1);
    }
    expect(readFileSync(bomb).equals(before)).toBe(true);
    // Past the limits on request: the merge is applied by its area, the table read.
    const { io: x, out } = io();
    expect(await main(['scan', bomb, '--json', '--no-limits'], x)).toBe(0);
    expect(JSON.parse(out.join('\n')).files[0].tables[0].counts.tasks).toBe(3);
  });

  it('takes --as-of as Vietnamese documents write it (01/05/2026, 1/5/2026) as well as 2026-05-01', async () => {
    const file = seedPath('001', 'xlsx');
    const asOfOf = async (typed: string) => {
      const { io: x, out } = io();
      expect(await main(['scan', file, '--json', '--as-of', typed], x)).toBe(0);
      return (JSON.parse(out.join('\n')) as { asOf: string }).asOf;
    };
    expect(await asOfOf('01/05/2026')).toBe('2026-05-01');
    expect(await asOfOf('1/5/2026')).toBe('2026-05-01');
    expect(await asOfOf('2026-05-01')).toBe('2026-05-01');
  });

  it('never writes the report over a workbook it scans (the same path written another way included)', async () => {
    const input = join(dir, 'Phu-luc.xlsx');
    writeFileSync(input, readFileSync(seedPath('002', 'xlsx')));
    const before = readFileSync(input);
    for (const out of [input, join(dir, '.', 'phu-luc.XLSX')]) {
      const { io: x, err } = io();
      expect(await main(['scan', seedPath('003', 'xlsx'), input, '--out', out], x)).toBe(2);
      expect(err.join('\n')).toMatch(/là tệp đang được quét/);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("reports a CSV with a quote never closed as that file's error, in the user's language, and scans the others", async () => {
    const bad = join(dir, 'ngoac.csv');
    writeFileSync(bad, 'STT,Nhiệm vụ,Cơ quan chủ trì\n1,"Việc chưa đóng ngoặc,Sở Y tế\n2,Việc hai,Sở Nội vụ\n');
    const vi = io();
    expect(await main(['scan', bad, seedPath('001', 'xlsx'), '--json', '--as-of', '2026-05-01'], vi.io)).toBe(2);
    expect(vi.err.join('\n')).toContain('ngoac.csv”: một dấu ngoặc kép (") mở mà không đóng (dòng 2)');
    const report = reportSchema.parse(JSON.parse(vi.out.join('\n')));
    expect(report.files[0]!.error).toMatchObject({ code: 'bad-text' });
    expect(report.files[1]!.tables[0]!.counts.tasks).toBe(39);
    const en = io();
    expect(await main(['scan', bad, '--lang', 'en', '--as-of', '2026-05-01'], en.io)).toBe(2);
    expect(en.err.join('\n')).toContain('a quote (") is opened and never closed (line 2)');
  });

  it('reports missing and unsupported files by name', async () => {
    const old = join(dir, 'cu.xls');
    writeFileSync(old, (await oddFiles()).find((f) => f.code === 'xls-file')!.bytes);
    const { io: x, err } = io();
    expect(await main(['scan', join(dir, 'nope.xlsx'), old], x)).toBe(2);
    expect(err[0]).toContain('Không tìm thấy tệp');
    expect(err[1]).toContain('.xlsx');
    expect(existsSync(old)).toBe(true);
  });

  it('takes a lead → leader mapping for tables without a leader column', async () => {
    const map = join(dir, 'leaders.json');
    writeFileSync(map, JSON.stringify({ 'Sở Nội vụ': 'Phó Chủ tịch A' }));
    const { io: x, out } = io();
    expect(await main(['scan', seedPath('000', 'tsv'), '--json', '--leaders', map], x)).toBe(0);
    const t = JSON.parse(out.join('\n')).files[0].tables[0];
    const noivu = t.tasks.filter((k: { lead: string }) => k.lead === 'Sở Nội vụ');
    expect(
      noivu.every(
        (k: { leader: string; leaderSource: string }) => k.leader === 'Phó Chủ tịch A' && k.leaderSource === 'mapping',
      ),
    ).toBe(true);
    expect(t.summary.byLeader[t.summary.byLeader.length - 1].label).toBe('(chưa xác định)');
  });
});
