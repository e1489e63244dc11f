/**
 * An appendix typed in .VnTime / .VnTimeH (TCVN3) and one typed in VNI-Times, built here with ExcelJS,
 * read exactly like their Unicode twin (same tasks, leads, deadlines, the same findings but one) by every
 * reader: the command line's streamed reader, the playground's ExcelJS port and the Office adapter (the
 * fake). The one more finding says what was converted.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookGrid } from '../../src/core/grid';
import { encodeLegacy } from '../../src/core/text/legacyEncodings/convert';
import type { LegacyEncoding } from '../../src/core/text/legacyEncodings/encoding';
import { fileWithMessages } from '../../src/core/scan/buildReport';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { ExcelJsWorkbookPort } from '../../src/excelJsPort/excelJsWorkbookPort';
import { readWorkbookBuffer } from '../../src/files/readWorkbook';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { fakeWorkbookFromXlsx } from '../fakeExcel/fromXlsx';
import { newWorkbook, sheetFromRows } from '../fakeExcel/model';
import { FakeRange } from '../fakeExcel/objects';
import { settings } from '../helpers/scan';

const S = settings({ asOf: '2026-05-01' });

/** [text, upper-case font?]: the title block and the header in the upper-case font, the body not. */
const ROWS: [string | number, boolean][][] = [
  [['Ủy ban nhân dân tỉnh Hải Dương', true]],
  [['Phụ lục', true]],
  [['Danh mục nhiệm vụ triển khai Kế hoạch chuyển đổi số năm 2026', true]],
  [['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)', false]],
  [
    ['STT', true],
    ['Nhiệm vụ', true],
    ['Cơ quan chủ trì', true],
    ['Cơ quan phối hợp', true],
    ['Thời hạn', true],
  ],
  [
    [1, false],
    ['Xây dựng kế hoạch chuyển đổi số của tỉnh', false],
    ['Sở Khoa học và Công nghệ', false],
    ['Các sở, ban, ngành', false],
    ['Quý IV/2026', false],
  ],
  [
    [2, false],
    ['Rà soát, đánh giá thủ tục hành chính', false],
    ['Sở Nội vụ', false],
    ['Văn phòng UBND tỉnh', false],
    ['Tháng 6/2026', false],
  ],
  [
    [3, false],
    ['Bảo đảm kinh phí thực hiện các nhiệm vụ', false],
    ['Sở Tài chính', false],
    ['Các sở, ban, ngành', false],
    ['Thường xuyên', false],
  ],
  [
    [4, false],
    ['Đầu tư hạ tầng số cho các trường học', false],
    ['Sở Giáo dục và Đào tạo', false],
    ['Sở Tài chính', false],
    ['30/04/2026', false],
  ],
  [
    [5, false],
    ['Tổ chức tập huấn về an toàn thông tin', false],
    ['Sở Y tế', false],
    ['Công an tỉnh', false],
    ['Tháng 12/2026', false],
  ],
];

type Kind = 'unicode' | LegacyEncoding;

/** The appendix as a workbook: in Unicode (Times New Roman), or typed in TCVN3 or VNI with their fonts. */
async function workbook(kind: Kind): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL');
  ROWS.forEach((row, r) =>
    row.forEach(([v, upper], c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v === 'number' || kind === 'unicode') {
        cell.value = typeof v === 'string' && upper ? v.toUpperCase() : v;
        cell.font = { name: 'Times New Roman', bold: upper };
        return;
      }
      const tcvn3Upper = kind === 'tcvn3' && upper;
      const text = kind === 'vni' && upper ? v.toUpperCase() : v;
      cell.value = encodeLegacy(text, kind, { upperFont: tcvn3Upper })!;
      expect(cell.value).not.toBeNull();
      const font = kind === 'tcvn3' ? (upper ? '.VnTimeH' : '.VnTime') : 'VNI-Times';
      cell.font = { name: font, bold: upper };
    }),
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const dir = mkdtempSync(join(tmpdir(), 'legacy-xlsx-'));

const READERS: Record<string, (bytes: Uint8Array, kind: Kind) => Promise<WorkbookGrid>> = {
  'the command line (streamed .xlsx)': (bytes) => readWorkbookBuffer(bytes, 'pl.xlsx'),
  'the playground (ExcelJS port)': async (bytes) => {
    const port = await ExcelJsWorkbookPort.fromBytes(bytes.slice().buffer as ArrayBuffer, 'pl.xlsx');
    return (await port.readWorkbook()).grid;
  },
  'Excel (the Office adapter, through the fake)': async (bytes, kind) => {
    const path = join(dir, `${kind}.xlsx`);
    writeFileSync(path, bytes);
    const read = await new OfficeWorkbookPort(new FakeExcelHost(await fakeWorkbookFromXlsx(path))).readWorkbook();
    return read.grid;
  },
};

const scan = (grid: WorkbookGrid) => fileWithMessages(scanWorkbook(grid, 'pl.xlsx', S), 'vi');

describe.each(Object.entries(READERS))('an appendix typed in a legacy encoding, read by %s', (_name, read) => {
  it.each(['tcvn3', 'vni'] as const)('%s reads exactly as its Unicode twin, with one finding more', async (enc) => {
    const twin = scan(await read(await workbook('unicode'), 'unicode'));
    const file = scan(await read(await workbook(enc), enc));
    expect(twin.tables).toHaveLength(1);
    expect(file.tables).toHaveLength(1);
    const [t, f] = [twin.tables[0]!, file.tables[0]!];
    expect(f.tasks).toEqual(t.tasks);
    expect(f.tasks.map((x) => [x.no, x.lead, x.deadline.due])).toEqual([
      ['1', 'Sở Khoa học và Công nghệ', '2026-12-31'],
      ['2', 'Sở Nội vụ', '2026-06-30'],
      ['3', 'Sở Tài chính', null],
      ['4', 'Sở Giáo dục và Đào tạo', '2026-04-30'],
      ['5', 'Sở Y tế', '2026-12-31'],
    ]);
    expect({ ...f, issues: [] }).toEqual({ ...t, issues: [] });
    const legacy = f.issues.filter((i) => i.code === 'legacy-encoding');
    expect(f.issues.filter((i) => i.code !== 'legacy-encoding')).toEqual(t.issues);
    expect(t.issues.some((i) => i.code === 'legacy-encoding')).toBe(false);
    // Every text cell but the ones the encoding writes as in Unicode ("STT", "Quý IV/2026" …).
    expect(legacy).toEqual([
      expect.objectContaining({
        severity: 'info',
        row: 1,
        column: 'A',
        params: { encoding: enc, count: expect.any(Number), sheet: 'PL', cell: 'A1' },
      }),
    ]);
    expect(legacy[0]!.params.count).toBeGreaterThanOrEqual(20);
    expect(legacy[0]!.message).toContain(enc === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI');
  });
});

describe('rich text in a legacy font (the .xlsx readers)', () => {
  it('reads each run in its own font: an upper-case letter typed in .VnTimeH inside a .VnTime cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = {
      richText: [
        { text: encodeLegacy('ứ', 'tcvn3')!, font: { name: '.VnTimeH' } },
        { text: encodeLegacy('ng dụng công nghệ thông tin', 'tcvn3')!, font: { name: '.VnTime' } },
      ],
    };
    ws.getCell('A1').font = { name: '.VnTime' };
    ws.getCell('A2').value = encodeLegacy('Sở Tài chính', 'tcvn3')!;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    for (const read of [READERS['the command line (streamed .xlsx)']!, READERS['the playground (ExcelJS port)']!]) {
      const rows = (await read(bytes, 'tcvn3')).sheets[0]!.rows;
      expect(rows[0]![0]).toMatchObject({ text: 'Ứng dụng công nghệ thông tin', legacy: 'tcvn3' });
      // A cell without a legacy font, its font lost: left as it is (one cell is no evidence).
      expect(rows[1]![0]!.legacy).toBeUndefined();
    }
  });
});

describe('Excel: font names cost no extra sync', () => {
  it('reads the legacy workbook in as many syncs as its Unicode twin, the names in the same chunk reads', async () => {
    const syncs: number[] = [];
    for (const kind of ['unicode', 'tcvn3'] as const) {
      const path = join(dir, `syncs-${kind}.xlsx`);
      writeFileSync(path, await workbook(kind));
      const host = new FakeExcelHost(await fakeWorkbookFromXlsx(path));
      await new OfficeWorkbookPort(host).readWorkbook();
      syncs.push(host.syncs.length);
    }
    expect(syncs).toEqual([3, 3]);
  });

  it('asks for font names in the first chunk of a sheet, and in the rest only when it showed a legacy font', async () => {
    const asked: boolean[][] = [];
    const spy = jest.spyOn(FakeRange.prototype, 'getCellProperties');
    for (const font of [undefined, '.VnTime']) {
      const model = newWorkbook();
      const rows = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
      for (let i = 1; i <= 1500; i++) rows.push([String(i), `Việc số ${i}`, 'Sở Y tế', 'Quý IV/2026']);
      const sheet = sheetFromRows(model, 'PL', rows);
      if (font) for (const cell of sheet.cells.values()) cell.fontName = font;
      spy.mockClear();
      await new OfficeWorkbookPort(new FakeExcelHost(model)).readWorkbook();
      asked.push(spy.mock.calls.map(([spec]) => spec.format?.font?.name === true));
    }
    spy.mockRestore();
    const [ordinary, legacy] = asked as [boolean[], boolean[]];
    expect(ordinary.length).toBeGreaterThan(1);
    expect(ordinary).toEqual([true, ...ordinary.slice(1).map(() => false)]);
    expect(legacy.every(Boolean)).toBe(true);
  });
});

describe('Excel without the font API (ExcelApi below 1.9)', () => {
  it('reads a TCVN3 sheet by its content', async () => {
    const path = join(dir, 'old-host.xlsx');
    writeFileSync(path, await workbook('tcvn3'));
    const host = new FakeExcelHost(await fakeWorkbookFromXlsx(path), '1.4');
    const file = scan((await new OfficeWorkbookPort(host).readWorkbook()).grid);
    expect(file.tables[0]!.tasks.map((t) => t.lead)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
    ]);
    expect(file.tables[0]!.issues.some((i) => i.code === 'legacy-encoding')).toBe(true);
  });
});
