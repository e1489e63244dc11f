import ExcelJS from 'exceljs';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedPath } from '../helpers/seeds';
import { captureIo as io } from '../helpers/cliIo';

/** chmod does not stop root: the read-only cases are skipped when the tests run as root. */
const asRoot = process.getuid?.() === 0;
const unlessRoot = asRoot ? it.skip : it;

describe('--out never replaces an input, nor a file without --force, and fails before reading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-out-'));
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, readFileSync(seedPath('002', 'xlsx')));
  const original = readFileSync(input);

  async function refused(argv: string[], re: RegExp, lang: 'vi' | 'en' = 'vi') {
    const { io: x, out, err } = io();
    expect(await main(['scan', ...argv, '--lang', lang], x)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain('\n');
    expect(err[0]).toMatch(re);
    // Refused before any file was read: no summary, no report.
    expect(out).toEqual([]);
    expect(readFileSync(input).equals(original)).toBe(true);
    return err[0]!;
  }

  it.each([
    ['the same path', () => input],
    ['another spelling (./x/../in.xlsx)', () => join(dir, 'x', '..', 'in.xlsx')],
    ['another letter case', () => join(dir, 'IN.XLSX')],
    [
      'a symbolic link to it',
      () => {
        const l = join(dir, 'link.xlsx');
        symlinkSync(input, l);
        return l;
      },
    ],
    [
      'a path through a linked folder',
      () => {
        const d = join(dir, 'folder-link');
        symlinkSync(dir, d);
        return join(d, 'in.xlsx');
      },
    ],
    [
      'a hard link to it',
      () => {
        const h = join(dir, 'hard.xlsx');
        linkSync(input, h);
        return h;
      },
    ],
  ])('refuses %s, with --force too, in both languages', async (_, target) => {
    const out = target();
    const vi = await refused([input, '--out', out, '--force'], /là tệp đang được quét/);
    expect(vi).toContain(`“${out}”`);
    await refused([input, '--out', out, '--force'], /is a file being scanned .*give another name/, 'en');
  });

  it('refuses an existing target unless --force, which replaces it', async () => {
    const target = join(dir, 'old-report.xlsx');
    writeFileSync(target, 'the old report');
    const vi = io();
    expect(await main(['scan', input, '--out', target], vi.io)).toBe(2);
    expect(vi.err).toEqual([
      `appendix-tracker: --out “${target}” đã có: báo cáo không ghi đè tệp có sẵn; hãy đặt tên khác hoặc thêm --force để thay thế`,
    ]);
    expect(vi.out).toEqual([]);
    const en = io();
    expect(await main(['scan', input, '--out', target, '--lang', 'en'], en.io)).toBe(2);
    expect(en.err[0]).toMatch(/already exists: .* add --force to replace it$/);
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    const forced = io();
    expect(await main(['scan', input, '--out', target, '--force'], forced.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Vấn đề', 'Tổng hợp']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says a missing folder, or a folder as the target, in one line before any file is read', async () => {
    const missing = join(dir, 'no-such-folder', 'r.xlsx');
    // The input does not exist either: a read would have said so first.
    const gone = join(dir, 'not-there.xlsx');
    expect(await refused([gone, '--out', missing], /không có thư mục “.*no-such-folder”; hãy tạo nó trước$/)).toContain(
      missing,
    );
    await refused([gone, '--out', missing], /there is no folder “.*no-such-folder”; create it first$/, 'en');
    const folder = join(dir, 'a-folder.xlsx');
    mkdirSync(folder);
    await refused([gone, '--out', folder, '--force'], /is a folder, not a file: name the report file, e\.g\. /, 'en');
    await refused([gone, '--out', folder, '--force'], /là một thư mục, không phải tệp: hãy nêu tên tệp báo cáo/);
  });

  unlessRoot(
    'says a read-only folder and (with --force) a read-only target in one line before any file is read',
    async () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      try {
        await refused([join(dir, 'not-there.xlsx'), '--out', join(locked, 'r.xlsx')], /không có quyền ghi vào thư mục/);
      } finally {
        chmodSync(locked, 0o755);
      }
      const readOnly = join(dir, 'read-only.xlsx');
      writeFileSync(readOnly, 'keep');
      chmodSync(readOnly, 0o444);
      await refused([join(dir, 'not-there.xlsx'), '--out', readOnly, '--force'], /is read-only/, 'en');
      expect(readFileSync(readOnly, 'utf8')).toBe('keep');
    },
  );

  it('--force without --out is a usage error', async () => {
    const { io: x, err } = io();
    expect(await main(['scan', input, '--force'], x)).toBe(2);
    expect(err).toEqual(['appendix-tracker: --force chỉ dùng kèm --out', 'Xem cách dùng: appendix-tracker --help']);
  });
});
