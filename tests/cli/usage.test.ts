import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { COMMON_OPTIONS, SCAN_OPTIONS } from '../../src/cli/args';
import { outputMessage } from '../../src/cli/cliText';
import type { OutputProblem } from '../../src/cli/outputTarget';
import { packageVersion } from '../../src/cli/packageVersion';
import { captureIo } from '../helpers/cliIo';
import { seedPath } from '../helpers/seeds';

const POINTER = {
  vi: 'Xem cách dùng: appendix-tracker --help',
  en: 'For the usage: appendix-tracker --help --lang en',
};

type Lang = 'vi' | 'en';

/** Runs the command line (in English: `--lang en` typed last, after the bad argument); it must stop with exit 2 and print nothing on stdout. */
async function refused(argv: string[], lang: Lang): Promise<string[]> {
  const { io, out, err } = captureIo();
  expect(await main(lang === 'en' ? [...argv, '--lang', 'en'] : argv, io)).toBe(2);
  expect(out).toEqual([]);
  return err;
}

const dir = mkdtempSync(join(tmpdir(), 'at-usage-'));
const input = seedPath('000', 'tsv');

describe('usage errors: one line in the user’s language, then where the usage is', () => {
  it.each<[string, string[], string, string]>([
    ['an unknown option', ['scan', input, '--bogus'], 'không có tùy chọn “--bogus”', 'unknown option “--bogus”'],
    ['an unknown short option', ['scan', input, '-x'], 'không có tùy chọn “-x”', 'unknown option “-x”'],
    [
      'an option without its value, last',
      ['scan', input, '--as-of'],
      'tùy chọn “--as-of” cần một giá trị đi kèm',
      'option “--as-of” needs a value',
    ],
    [
      'an option without its value, before another option',
      ['scan', input, '--out', '--force'],
      'tùy chọn “--out” cần một giá trị đi kèm',
      'option “--out” needs a value',
    ],
    [
      'a switch given a value',
      ['scan', input, '--json=yes'],
      'tùy chọn “--json” không nhận giá trị',
      'option “--json” takes no value',
    ],
    [
      'an unknown command',
      ['frobnicate', input],
      'không có lệnh “frobnicate”; các lệnh: scan',
      'unknown command “frobnicate”; the commands are: scan',
    ],
    ['no command', [], 'chưa nêu lệnh; các lệnh: scan', 'no command given; the commands are: scan'],
    ['no file', ['scan'], 'lệnh scan cần ít nhất một tệp', 'scan needs at least one file'],
    [
      'a day that does not exist',
      ['scan', input, '--as-of', '31/02/2026'],
      '--as-of cần một ngày có thật, dạng NGÀY/THÁNG/NĂM (01/05/2026) hoặc NĂM-THÁNG-NGÀY (2026-05-01); nhận “31/02/2026”',
      '--as-of needs a real date, as DD/MM/YYYY (01/05/2026) or YYYY-MM-DD (2026-05-01); got “31/02/2026”',
    ],
    [
      'a date in another form',
      ['scan', input, '--as-of', '2026/05/01'],
      '--as-of cần một ngày có thật, dạng NGÀY/THÁNG/NĂM (01/05/2026) hoặc NĂM-THÁNG-NGÀY (2026-05-01); nhận “2026/05/01”',
      '--as-of needs a real date, as DD/MM/YYYY (01/05/2026) or YYYY-MM-DD (2026-05-01); got “2026/05/01”',
    ],
    [
      'a bad number',
      ['scan', input, '--due-soon-days', 'abc'],
      '--due-soon-days cần một số nguyên từ 0 đến 365; nhận “abc”',
      '--due-soon-days needs a whole number from 0 to 365; got “abc”',
    ],
    [
      'a number out of range',
      ['scan', input, '--due-soon-days', '400'],
      '--due-soon-days cần một số nguyên từ 0 đến 365; nhận “400”',
      '--due-soon-days needs a whole number from 0 to 365; got “400”',
    ],
    [
      '--pretty without --json',
      ['scan', input, '--pretty'],
      '--pretty chỉ dùng kèm --json',
      '--pretty applies to --json only',
    ],
    [
      '--force without --out',
      ['scan', input, '--force'],
      '--force chỉ dùng kèm --out',
      '--force applies to --out only',
    ],
    [
      'a bad --table range',
      ['scan', input, '--table', 'PL!A1:'],
      "vùng “PL!A1:” không hợp lệ: cần dạng Trang!A5:H80 (tên trang có dấu cách: 'Trang 1'!A5:H80)",
      "range “PL!A1:” is not valid: expected Sheet!A5:H80 ('My sheet'!A5:H80 for a name with spaces)",
    ],
    [
      'a bad --map field',
      ['scan', input, '--map', 'boss=D'],
      'không có trường “boss”; các trường: no, task, output, deadline, lead, coordinating, authority, leader, status, completedOn, note',
      'unknown field “boss”; the fields are: no, task, output, deadline, lead, coordinating, authority, leader, status, completedOn, note',
    ],
    [
      'a bad --map column',
      ['scan', input, '--map', 'lead=4'],
      '“lead=4”: cột phải là chữ cái (A–XFD) hoặc “-” (không có cột)',
      '“lead=4”: a column is letters (A–XFD) or “-” (no such column)',
    ],
    [
      'a bad --header-row',
      ['scan', input, '--header-row', 'x'],
      '--header-row cần một số dòng (0 = không có dòng tiêu đề), nhận “x”',
      '--header-row needs a row number (0 = no header row), got “x”',
    ],
  ])('%s', async (_, argv, vi, en) => {
    expect(await refused(argv, 'vi')).toEqual([`appendix-tracker: ${vi}`, POINTER.vi]);
    expect(await refused(argv, 'en')).toEqual([`appendix-tracker: ${en}`, POINTER.en]);
  });

  it('takes the language from --lang wherever it stands, in either spelling', async () => {
    const bad = ['scan', input, '--bogus'];
    for (const argv of [
      ['--lang', 'en', ...bad],
      ['--lang=en', ...bad],
      [...bad, '--lang=en'],
    ]) {
      const { io, err } = captureIo();
      expect(await main(argv, io)).toBe(2);
      expect(err).toEqual(['appendix-tracker: unknown option “--bogus”', POINTER.en]);
    }
  });

  it('says a language it does not know in Vietnamese, naming the two it has', async () => {
    expect(await refused(['scan', input, '--lang', 'fr'], 'vi')).toEqual([
      'appendix-tracker: --lang chỉ có thể là vi hoặc en; nhận “fr”',
      POINTER.vi,
    ]);
  });
});

describe('the files an option names: what is wrong with the file, in the user’s language', () => {
  const notJson = join(dir, 'hong.json');
  writeFileSync(notJson, '{ "Sở Nội vụ": ');
  const array = join(dir, 'mang.json');
  writeFileSync(array, '["Sở Nội vụ"]');
  const missing = join(dir, 'khong-co.json');

  it.each<[string, string[], RegExp, RegExp]>([
    [
      '--leaders not found',
      ['--leaders', missing],
      /^appendix-tracker: --leaders: Không tìm thấy tệp “.*khong-co\.json”\.$/,
      /^appendix-tracker: --leaders: File “.*khong-co\.json” not found\.$/,
    ],
    [
      '--leaders not JSON',
      ['--leaders', notJson],
      /^appendix-tracker: --leaders “.*hong\.json” không phải JSON hợp lệ\nChi tiết: SyntaxError: /,
      /^appendix-tracker: --leaders “.*hong\.json” is not valid JSON\nDetails: SyntaxError: /,
    ],
    [
      '--leaders not an object of names',
      ['--leaders', array],
      /^appendix-tracker: --leaders “.*mang\.json”: cần một đối tượng JSON dạng \{"cơ quan chủ trì": "lãnh đạo chỉ đạo"\}/,
      /^appendix-tracker: --leaders “.*mang\.json”: expected a JSON object of "lead agency": "leader" strings$/,
    ],
    [
      '--config a folder',
      ['--config', dir],
      /^appendix-tracker: --config: “.*” là một thư mục, không phải tệp\.$/,
      /^appendix-tracker: --config: “.*” is a folder, not a file\.$/,
    ],
    [
      '--config not JSON',
      ['--config', notJson],
      /^appendix-tracker: --config “.*hong\.json” không phải JSON hợp lệ\nChi tiết: /,
      /^appendix-tracker: --config “.*hong\.json” is not valid JSON\nDetails: /,
    ],
  ])('%s', async (_, flags, vi, en) => {
    for (const [lang, re] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const err = await refused(['scan', input, ...flags], lang);
      // One message (the file, not the words typed, is wrong: no pointer to --help).
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(re);
    }
  });

  it('says what in a config fails its schema in the user’s language (zod’s own words in it)', async () => {
    const config = join(dir, 'sai.json');
    writeFileSync(config, JSON.stringify({ dueSoonDays: 'bảy' }));
    expect((await refused(['scan', input, '--config', config], 'vi'))[0]).toMatch(
      /^appendix-tracker: tệp cấu hình “.*sai\.json” không hợp lệ: dueSoonDays: Đầu vào không hợp lệ: mong đợi số/,
    );
    expect((await refused(['scan', input, '--config', config], 'en'))[0]).toMatch(
      /^appendix-tracker: config “.*sai\.json” is not valid: dueSoonDays: Invalid input: expected number/,
    );
  });
});

describe('a folder where a file is wanted', () => {
  const folder = join(dir, 'thu-muc');
  mkdirSync(folder);

  it('as a FILE to scan: that file’s error, in the user’s language, the others scanned', async () => {
    for (const [lang, line] of [
      ['vi', `appendix-tracker: “${folder}” là một thư mục, không phải tệp.`],
      ['en', `appendix-tracker: “${folder}” is a folder, not a file.`],
    ] as const) {
      const { io, out, err } = captureIo();
      expect(await main(['scan', folder, input, '--json', '--lang', lang], io)).toBe(2);
      expect(err).toEqual([line]);
      const report = JSON.parse(out.join('\n'));
      expect(report.files[0].error.code).toBe('is-folder');
      expect(report.files[1].tables).toHaveLength(1);
    }
  });

  it('as --out (any name, . included): a folder, not a file, before any file is read', async () => {
    for (const target of [folder, '.', `${folder}/`]) {
      const name = target.replace(/\/+$/, '');
      expect(await refused(['scan', input, '--out', target], 'vi')).toEqual([
        `appendix-tracker: --out “${target}” là một thư mục, không phải tệp: hãy nêu tên tệp báo cáo, ví dụ ${name}/bao-cao.xlsx`,
      ]);
      expect(await refused(['scan', input, '--out', target], 'en')).toEqual([
        `appendix-tracker: --out “${target}” is a folder, not a file: name the report file, e.g. ${name}/report.xlsx`,
      ]);
    }
  });
});

describe('file-write errors, in the user’s language', () => {
  it('a report name that is not .xlsx', async () => {
    const target = join(dir, 'bao-cao.csv');
    expect(await refused(['scan', input, '--out', target], 'vi')).toEqual([
      `appendix-tracker: --out “${target}”: báo cáo là một sổ làm việc Excel, tên tệp phải có đuôi .xlsx (ví dụ bao-cao.xlsx)`,
    ]);
    expect(await refused(['scan', input, '--out', target], 'en')).toEqual([
      `appendix-tracker: --out “${target}”: the report is an Excel workbook, its file name needs to end in .xlsx (e.g. report.xlsx)`,
    ]);
  });

  it('an existing report without --force, and a missing folder', async () => {
    const old = join(dir, 'cu.xlsx');
    writeFileSync(old, 'old');
    expect((await refused(['scan', input, '--out', old], 'vi'))[0]).toContain('đã có: báo cáo không ghi đè tệp có sẵn');
    expect((await refused(['scan', input, '--out', old], 'en'))[0]).toContain('already exists: the report does not');
    expect(readFileSync(old, 'utf8')).toBe('old');
    const deep = join(dir, 'khong-co', 'r.xlsx');
    expect((await refused(['scan', input, '--out', deep], 'vi'))[0]).toContain('hãy tạo nó trước');
    expect((await refused(['scan', input, '--out', deep], 'en'))[0]).toContain('create it first');
  });

  // Each kind's words (the read-only ones cannot be made as root, which the tests may run as; a failed
  // write needs a failing disk): a sentence in each language, naming the target, never the same twice.
  it.each<OutputProblem>([
    { kind: 'out-is-input', out: 'a.xlsx', input: 'A.xlsx' },
    { kind: 'out-exists', out: 'a.xlsx' },
    { kind: 'out-is-folder', out: 'a' },
    { kind: 'not-xlsx', out: 'a.csv' },
    { kind: 'missing-folder', out: 'x/a.xlsx', folder: 'x' },
    { kind: 'folder-read-only', out: 'x/a.xlsx', folder: 'x' },
    { kind: 'out-read-only', out: 'a.xlsx' },
    { kind: 'write-failed', out: 'a.xlsx', cause: 'ENOSPC: no space left on device' },
  ])('$kind', (p) => {
    const vi = outputMessage('vi', p);
    const en = outputMessage('en', p);
    expect(vi).toContain(`“${p.out}”`);
    expect(en).toContain(`“${p.out}”`);
    expect(vi).not.toBe(en);
    // Vietnamese words, with their diacritics; English without any.
    expect(vi).toMatch(/[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/);
    expect(en.replace(/“[^”]*”/g, '')).toMatch(/^[\x20-\x7e\n–]*$/);
    if (p.kind === 'write-failed') {
      expect(vi).toMatch(/\nChi tiết: ENOSPC/);
      expect(en).toMatch(/\nDetails: ENOSPC/);
    }
  });
});

describe('--version and --help', () => {
  const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
    .version;

  it.each([[['-v']], [['--version']], [['scan', '-v']], [['--version', '--lang', 'en']]])(
    '%j prints the package version',
    async (argv) => {
      const { io, out, err } = captureIo();
      expect(await main(argv, io)).toBe(0);
      expect(out).toEqual([`appendix-tracker ${version}`]);
      expect(err).toEqual([]);
    },
  );

  it('reads the version from the package.json above it, not from the code', () => {
    const root = mkdtempSync(join(tmpdir(), 'at-version-'));
    const deep = join(root, 'dist', 'src', 'cli');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'appendix-tracker', version: '9.8.7' }));
    // Another package's package.json on the way up is passed over.
    writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ name: 'other', version: '1.0.0' }));
    expect(packageVersion(deep)).toBe('9.8.7');
    expect(() => packageVersion(mkdtempSync(join(tmpdir(), 'at-none-')))).toThrow(/package\.json/);
  });

  async function help(argv: string[], columns?: number): Promise<string> {
    const { io, out, err } = captureIo();
    expect(await main(argv, { ...io, columns })).toBe(0);
    expect(err).toEqual([]);
    return out.join('\n');
  }

  it('is Vietnamese by default, English with --lang en (before or after), whatever else is typed', async () => {
    for (const argv of [['--help'], ['-h'], ['scan', '--help'], ['scan', '--bogus', '-h']]) {
      const vi = await help(argv);
      expect(vi).toMatch(/^appendix-tracker: kiểm tra và theo dõi các phụ lục nhiệm vụ/);
      expect(vi).toContain('Cách dùng: appendix-tracker scan TỆP... [tùy chọn]');
      expect(vi).toContain('Tùy chọn chung:');
      expect(vi).not.toContain('Usage');
    }
    for (const argv of [
      ['--lang', 'en', '--help'],
      ['--help', '--lang', 'en'],
      ['-h', '--lang=en'],
    ]) {
      const en = await help(argv);
      expect(en).toMatch(/^appendix-tracker: checks and tracks appendix/);
      expect(en).toContain('Usage: appendix-tracker scan FILE... [options]');
      expect(en).toContain('Common options:');
      expect(en).not.toMatch(/Cách dùng|tùy chọn/);
    }
  });

  it('lists every option there is, and only those, in both languages', async () => {
    const names = Object.entries({ ...SCAN_OPTIONS, ...COMMON_OPTIONS }).map(([name]) => `--${name}`);
    for (const lang of ['vi', 'en']) {
      const text = await help(['--help', '--lang', lang]);
      const listed = [...new Set([...text.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]))];
      expect(listed.sort()).toEqual([...names].sort());
    }
  });

  it('fits the terminal’s width (100 columns when it says none), wrapping between words', async () => {
    for (const [columns, max] of [
      [undefined, 100],
      [72, 72],
    ] as const) {
      for (const lang of ['vi', 'en']) {
        const lines = (await help(['--help', '--lang', lang], columns)).split('\n');
        expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(max);
      }
    }
  });
});
