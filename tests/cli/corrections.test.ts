import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { reportSchema, type TableReport } from '../../src/core/report/schema';
import { SETTINGS_SHEET } from '../../src/excelJsPort/excelJsWorkbookPort';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { captureIo as io } from '../helpers/cliIo';

/** A table the engine finds (sheet PL, header on row 1: STT, task, lead, deadline). */
const APPENDIX = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
  ['1', 'Xây dựng kế hoạch chuyển đổi số của ngành', 'Sở Khoa học và Công nghệ', 'Quý II/2026'],
  ['2', 'Rà soát hiện trạng hạ tầng số tại các xã', 'Sở Tài chính', 'Tháng 6/2026'],
  ['3', 'Tổ chức hội nghị sơ kết công tác chuyển đổi số', 'Sở Nội vụ', 'Tháng 9/2026'],
];
/** A table nobody would recognise, under a title row, on a sheet whose name needs quotes. */
const ODD = [
  ['Lịch việc của tổ'],
  [],
  ['Số', 'Việc', 'Ai làm', 'Khi nào'],
  ['a', 'Họp tổ', 'Tổ 1', 'Thứ hai'],
  ['b', 'Báo cáo tuần', 'Tổ 2', 'Thứ sáu'],
];

async function workbook(stored?: object): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('PL').addRows(APPENDIX);
  wb.addWorksheet("Tổ's sheet").addRows(ODD);
  if (stored) wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' }).getCell('A1').value = JSON.stringify(stored);
  return wb;
}

const dir = mkdtempSync(join(tmpdir(), 'at-corr-'));

async function writeBook(name: string, stored?: object): Promise<string> {
  const path = join(dir, name);
  await (await workbook(stored)).xlsx.writeFile(path);
  return path;
}

/** A workbook as Excel saves it after the add-in stored settings: a webextension part with the setting. */
async function writeBookWithWebExtension(name: string, stored: object): Promise<string> {
  const zip = await JSZip.loadAsync((await (await workbook()).xlsx.writeBuffer()) as ArrayBuffer);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // Office keeps every setting JSON-encoded; the add-in's value is itself a JSON string.
  const value = esc(JSON.stringify(JSON.stringify(stored)));
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5E3A2B7C-0000-4000-8000-000000000001}">
<we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>
<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="${SETTINGS_KEY}" value="${value}"/></we:properties>
<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

async function run(argv: string[]) {
  const { io: x, out, err } = io();
  const code = await main(['scan', ...argv, '--json', '--as-of', '2026-05-01'], x);
  const report = out.length ? reportSchema.parse(JSON.parse(out.join('\n'))) : null;
  return { code, err, report };
}

const table = (tables: TableReport[] | undefined, sheet: string) => tables?.find((t) => t.sheet === sheet);

describe('appendix-tracker scan: corrections', () => {
  let book: string;
  beforeAll(async () => {
    book = await writeBook('phu-luc-a.xlsx');
  });

  it('finds the plain table and misses the odd one with no corrections', async () => {
    const { code, report } = await run([book]);
    expect(code).toBe(0);
    const tables = report!.files[0]!.tables;
    expect(tables.map((t) => t.sheet)).toEqual(['PL']);
    expect(tables[0]!.columns.lead).toBe('C');
  });

  it('--table takes a range as a table, with --header-row and --map for it', async () => {
    const { code, report } = await run([
      book,
      '--table',
      "'Tổ''s sheet'!A3:D5",
      '--header-row',
      '3',
      '--map',
      'task=B,lead=C,deadline=D',
    ]);
    expect(code).toBe(0);
    const t = table(report!.files[0]!.tables, "Tổ's sheet")!;
    expect(t.foundBy).toBe('user');
    expect(t.range).toBe('A3:D5');
    expect(t.columns).toMatchObject({ task: 'B', lead: 'C', deadline: 'D' });
    expect(t.tasks.map((k) => k.lead)).toEqual(['Tổ 1', 'Tổ 2']);
    // The found table is left as it was: the --map belongs to the --table before it.
    expect(table(report!.files[0]!.tables, 'PL')!.columns.lead).toBe('C');
  });

  it('--header-row before any --table is the default of every --table; 0 means no header row', async () => {
    const given = await run([
      book,
      '--header-row',
      '3',
      '--table',
      "'Tổ''s sheet'!A1:D5",
      '--map',
      'task=B,lead=C,deadline=D',
    ]);
    const t = table(given.report!.files[0]!.tables, "Tổ's sheet")!;
    expect(t.headerHeight).toBe(1);
    expect(t.headerCells!.map((c) => c.text)).toEqual(['Số', 'Việc', 'Ai làm', 'Khi nào']);
    expect(t.tasks).toHaveLength(2);
    const none = await run([
      book,
      '--table',
      "'Tổ''s sheet'!A4:D5",
      '--header-row',
      '0',
      '--map',
      'task=B,lead=C,deadline=D',
    ]);
    const h = table(none.report!.files[0]!.tables, "Tổ's sheet")!;
    expect(h.headerHeight).toBe(0);
    expect(h.headerRow).toBe(4);
    expect(h.tasks.map((k) => k.lead)).toEqual(['Tổ 1', 'Tổ 2']);
  });

  it('--map before any --table re-points every table found; field labels work in either language', async () => {
    for (const map of ['deadline=C,lead=D', 'Thời hạn=C,Cơ quan chủ trì=D', 'deadline=C,lead agency=D']) {
      const { code, report } = await run([book, '--map', map]);
      expect(code).toBe(0);
      const t = table(report!.files[0]!.tables, 'PL')!;
      expect(t.columns).toMatchObject({ lead: 'D', deadline: 'C' });
      expect(t.reasons!.lead).toEqual([{ kind: 'user' }]);
    }
    const none = await run([book, '--map', 'deadline=-']);
    expect(table(none.report!.files[0]!.tables, 'PL')!.columns.deadline).toBeUndefined();
  });

  it('--ignore drops a recognised table', async () => {
    const { code, report } = await run([book, '--ignore', 'PL!B2']);
    expect(code).toBe(0);
    expect(report!.files[0]!.tables).toEqual([]);
  });

  it('--config holds corrections per file by name or glob, and run-wide settings', async () => {
    const other = await writeBook('khac.xlsx');
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        dueSoonDays: 30,
        files: {
          'phu-luc-*.xlsx': {
            tables: [{ range: "'Tổ''s sheet'!A3:D5", headerRow: 3, map: { task: 'B', lead: 'C', deadline: 'D' } }],
            ignore: ['PL!A1:D4'],
          },
          '**/khac.xlsx': { map: { lead: 'D', deadline: 'C' } },
        },
      }),
    );
    const { code, report } = await run([book, other, '--config', config]);
    expect(code).toBe(0);
    expect(report!.dueSoonDays).toBe(30);
    const [a, b] = report!.files;
    expect(a!.tables.map((t) => t.sheet)).toEqual(["Tổ's sheet"]);
    expect(a!.tables[0]!.tasks).toHaveLength(2);
    expect(b!.tables.map((t) => t.sheet)).toEqual(['PL']);
    expect(b!.tables[0]!.columns).toMatchObject({ lead: 'D', deadline: 'C' });
  });

  const storedLeadD = {
    version: 1,
    columnOverrides: [{ sheet: 'PL', headerRow: 1, field: 'lead', column: 'D' }],
    leaderByLead: { 'Sở Tài chính': 'Phó Chủ tịch B' },
  };

  it('reads the corrections the playground stored in its very hidden sheet, and does not scan that sheet', async () => {
    const path = await writeBook('playground.xlsx', storedLeadD);
    const { code, report } = await run([path]);
    expect(code).toBe(0);
    const tables = report!.files[0]!.tables;
    expect(tables.map((t) => t.sheet)).toEqual(['PL']);
    expect(tables[0]!.columns.lead).toBe('D');
  });

  it('follows a stored table correction to where its workbook Name points now (rows inserted above it)', async () => {
    // The add-in took "Tổ's sheet"!A3:D5 as a table and kept it on a Name; two rows were then inserted
    // above it, so the Name now says A5:D7 while the settings still hold the old address.
    const wb = await workbook({
      version: 2,
      tableCorrections: [
        {
          name: 'AppendixTracker_T1',
          sheet: "Tổ's sheet",
          range: 'A3:D5',
          action: 'table',
          headerOffset: 0,
          columns: [
            { field: 'task', offset: 1 },
            { field: 'lead', offset: 2 },
          ],
        },
      ],
    });
    wb.getWorksheet("Tổ's sheet")!.spliceRows(1, 0, ['Ghi chú'], []);
    wb.definedNames.add("'Tổ''s sheet'!$A$5:$D$7", 'AppendixTracker_T1');
    const path = join(dir, 'named.xlsx');
    await wb.xlsx.writeFile(path);
    const { code, report } = await run([path]);
    expect(code).toBe(0);
    const own = report!.files[0]!.tables.find((t) => t.sheet === "Tổ's sheet")!;
    expect(own.range).toBe('A5:D7');
    expect(own.columns).toMatchObject({ task: 'B', lead: 'C' });
    expect(own.tasks.map((t) => t.lead)).toEqual(['Tổ 1', 'Tổ 2']);
  });

  it('reads the corrections Excel stored in Workbook.settings (the webextension part)', async () => {
    const path = await writeBookWithWebExtension('excel.xlsx', storedLeadD);
    const { code, report } = await run([path]);
    expect(code).toBe(0);
    const t = report!.files[0]!.tables[0]!;
    expect(t.columns.lead).toBe('D');
  });

  it('takes the stored leader mapping when the table has no leader column', async () => {
    const path = await writeBook('leaders.xlsx', { version: 1, leaderByLead: { 'Sở Tài chính': 'Phó Chủ tịch B' } });
    const { report } = await run([path]);
    const task = report!.files[0]!.tables[0]!.tasks.find((k) => k.lead === 'Sở Tài chính')!;
    expect(task.leader).toBe('Phó Chủ tịch B');
  });

  it('flags win over the config, which wins over the stored corrections', async () => {
    const path = await writeBook('precedence.xlsx', storedLeadD);
    const config = join(dir, 'precedence.json');
    writeFileSync(
      config,
      JSON.stringify({ files: { 'precedence.xlsx': { map: { lead: 'B' }, ignore: ["'Tổ''s sheet'!A1:D5"] } } }),
    );
    const lead = async (argv: string[]) => {
      const { code, report } = await run([path, ...argv]);
      expect(code).toBe(0);
      return report!.files[0]!.tables;
    };
    expect(table(await lead([]), 'PL')!.columns.lead).toBe('D');
    expect(table(await lead(['--config', config]), 'PL')!.columns.lead).toBe('B');
    expect(table(await lead(['--config', config, '--map', 'lead=C']), 'PL')!.columns.lead).toBe('C');
    // A flag's table replaces the config's dismissal of the same range.
    const tables = await lead(['--config', config, '--table', "'Tổ''s sheet'!A3:D5", '--map', 'lead=C']);
    expect(table(tables, "Tổ's sheet")!.foundBy).toBe('user');
  });

  describe('errors: exit 2, one line naming the file and the problem, the other files still scanned', () => {
    it.each([
      ['an unknown sheet', ['--table', 'Nope!A1:D5'], /phu-luc-a\.xlsx: không có trang tính “Nope”/],
      [
        'a column outside a given table',
        ['--table', 'PL!A1:D4', '--map', 'lead=F'],
        /cột F \(lead\) nằm ngoài bảng PL!A1:D4/,
      ],
      [
        'a column outside a found table',
        ['--map', 'lead=K'],
        /phu-luc-a\.xlsx: cột K \(lead\) nằm ngoài bảng PL!A1:D4/,
      ],
      ['a header row outside the table', ['--table', 'PL!A2:D4', '--header-row', '1'], /dòng tiêu đề 1 nằm ngoài bảng/],
    ])('%s', async (_, flags, re) => {
      const { code, err, report } = await run([book, ...flags]);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(re);
      expect(report!.files[0]!.error!.code).toBe('bad-correction');
    });

    it('an unknown sheet in one file leaves the others scanned', async () => {
      const config = join(dir, 'one-file.json');
      writeFileSync(config, JSON.stringify({ files: { 'phu-luc-a.xlsx': { ignore: ['Nope!A1:B2'] } } }));
      const other = await writeBook('khac2.xlsx');
      const { code, err, report } = await run([book, other, '--config', config, '--lang', 'en']);
      expect(code).toBe(2);
      expect(err).toEqual(["appendix-tracker: phu-luc-a.xlsx: no sheet named “Nope” (sheets: “PL”, “Tổ's sheet”)"]);
      expect(report!.files[0]!.error!.code).toBe('bad-correction');
      expect(report!.files[1]!.tables).toHaveLength(1);
    });

    it.each([
      ['a bad range', ['--table', 'PL!A1:'], /vùng “PL!A1:” không hợp lệ/],
      ['a range without a sheet', ['--ignore', 'A1:B2'], /vùng “A1:B2” không hợp lệ/],
      ['a one-row table', ['--table', 'PL!A1:D1'], /quá nhỏ/],
      ['an unknown field', ['--map', 'boss=D'], /không có trường “boss”/],
      ['a bad column', ['--map', 'lead=4'], /“lead=4”: cột phải là chữ cái/],
      ['a map without =', ['--map', 'lead'], /“lead” không phải dạng trường=CỘT/],
      ['a bad header row', ['--header-row', 'x'], /--header-row/],
    ])(
      'flags: %s (no file scanned: they apply to every file; a usage error, so the usage is pointed to)',
      async (_, flags, re) => {
        const { code, err, report } = await run([book, ...flags]);
        expect(code).toBe(2);
        expect(err).toHaveLength(2);
        expect(err[0]).toMatch(re);
        expect(err[1]).toBe('Xem cách dùng: appendix-tracker --help');
        expect(report).toBeNull();
      },
    );

    it('speaks English with --lang en', async () => {
      const { err } = await run([book, '--map', 'boss=D', '--lang', 'en']);
      expect(err[0]).toMatch(/^appendix-tracker: unknown field “boss”; the fields are: no, task/);
    });

    it('a config that fails its schema stops the run with one line naming it', async () => {
      const config = join(dir, 'bad.json');
      writeFileSync(config, JSON.stringify({ asOf: '1/5/2026', files: {} }));
      const { code, err, report } = await run([book, '--config', config]);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/tệp cấu hình “.*bad\.json” không hợp lệ: asOf/);
      expect(report).toBeNull();
      writeFileSync(config, '{ not json');
      expect((await run([book, '--config', config])).err[0]).toMatch(/bad\.json/);
    });

    it('a config entry that fails its schema is the error of the files it names only', async () => {
      const config = join(dir, 'bad-entry.json');
      writeFileSync(
        config,
        JSON.stringify({
          files: { 'phu-luc-a.xlsx': { tables: [{ range: 'PL!A1:D4', map: { boss: 'D' } }] }, 'x.xlsx': { nap: {} } },
        }),
      );
      const other = await writeBook('khac3.xlsx');
      const { code, err, report } = await run([book, other, '--config', config, '--lang', 'en']);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(
        /phu-luc-a\.xlsx: config “.*bad-entry\.json”, entry “phu-luc-a\.xlsx”: unknown field “boss”/,
      );
      expect(report!.files[1]!.tables).toHaveLength(1);
    });
  });
});
