import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { reportSchema } from '../../src/core/report/schema';
import { seedPath } from '../helpers/seeds';
import { corruptPartWorkbook, oddFiles, truncatedWorkbook } from '../helpers/oddFiles';
import { captureIo as io } from '../helpers/cliIo';

describe('appendix-tracker scan, on files that are not what their name says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-cli-kinds-'));

  it('refuses each kind with its own message in Vietnamese and English, exit 2, and still scans the rest of the batch', async () => {
    const files = await oddFiles();
    const paths = files.map(({ name, bytes }, i) => {
      // Named as a workbook: the content decides, not the name.
      const path = join(dir, `${i}-${name.replace(/\.[^.]+$/, '')}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const before = paths.map((p) => readFileSync(p));
    const seed = seedPath('001', 'xlsx');
    for (const lang of ['vi', 'en'] as const) {
      const { io: x, out, err } = io();
      const argv = ['scan', ...paths, seed, '--json', '--as-of', '2026-05-01', '--lang', lang];
      expect(await main(argv, x)).toBe(2);
      const report = reportSchema.parse(JSON.parse(out.join('\n')));
      expect(report.files.map((f) => f.error?.code ?? null)).toEqual([...files.map((f) => f.code), null]);
      expect(report.files.at(-1)!.tables[0]!.counts.tasks).toBe(39);
      expect(err).toHaveLength(files.length);
      for (const [i, line] of err.entries()) {
        expect(line.startsWith('appendix-tracker: ')).toBe(true);
        expect(line).toContain(paths[i]);
        expect(line).not.toContain('\n');
        expect(line).toBe(`appendix-tracker: ${report.files[i]!.error!.message}`);
      }
      const xls = err[files.findIndex((f) => f.code === 'xls-file')]!;
      expect(xls).toContain(
        lang === 'vi' ? 'Tệp > Lưu thành > Sổ làm việc Excel (.xlsx)' : 'File > Save As > Excel Workbook',
      );
    }
    paths.forEach((p, i) => expect(readFileSync(p).equals(before[i]!)).toBe(true));
  });

  it('says a truncated workbook and one with a corrupt part are damaged, with the cause on a second line', async () => {
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, await truncatedWorkbook());
    const corrupt = join(dir, 'corrupt.xlsx');
    writeFileSync(corrupt, await corruptPartWorkbook());
    const vi = io();
    expect(await main(['scan', cut, corrupt, seedPath('000', 'tsv')], vi.io)).toBe(2);
    expect(vi.err).toHaveLength(2);
    expect(vi.err[0]).toMatch(/^appendix-tracker: Tệp “.*cut\.xlsx” bị hỏng hoặc không đầy đủ.*\nChi tiết: .+$/);
    expect(vi.err[1]).toMatch(/corrupt\.xlsx” bị hỏng.*\nChi tiết: .*(invalid|incorrect)/);
    expect(vi.out.join('\n')).toContain('Nhiệm vụ: 32');
    const en = io();
    expect(await main(['scan', corrupt, '--lang', 'en', '--json'], en.io)).toBe(2);
    const report = reportSchema.parse(JSON.parse(en.out.join('\n')));
    expect(report.files[0]!.error).toMatchObject({ code: 'damaged-file' });
    expect(report.files[0]!.error!.message).toMatch(/is damaged or incomplete.*\nDetails: /);
  });

  it('reads a workbook named .csv and text named .xlsx as what they are', async () => {
    const asCsv = join(dir, 'phu-luc.csv');
    writeFileSync(asCsv, readFileSync(seedPath('001', 'xlsx')));
    const asXlsx = join(dir, 'bang.xlsx');
    writeFileSync(asXlsx, readFileSync(seedPath('000', 'tsv')));
    const { io: x, out } = io();
    expect(await main(['scan', asCsv, asXlsx, '--json', '--as-of', '2026-05-01'], x)).toBe(0);
    const report = reportSchema.parse(JSON.parse(out.join('\n')));
    expect(report.files.map((f) => f.tables[0]?.counts.tasks)).toEqual([39, 32]);
  });
});
