/**
 * Excel reads within the same limits as the files: a sheet whose used range is huge is read by its
 * areas of content ("Go To Special"), never cell by cell over the empty part; a host without that API
 * refuses it before reading a cell; merges over the limit are refused; a used range far larger than the
 * content is said.
 */
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { regionsOf, SPARSE_READ_FROM } from '../../src/excel/readSheets';
import { HostError } from '../../src/workbookPort/hostError';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { ensureCell, newWorkbook, sheetFromRows } from '../fakeExcel/model';
import { settings } from '../helpers/scan';
import { SMALL_TABLE } from '../helpers/rawXlsx';

function withStrayValue() {
  const model = newWorkbook();
  const sheet = sheetFromRows(model, 'Phụ lục', SMALL_TABLE);
  ensureCell(sheet, 1048575, 16383).value = 'lạc';
  return model;
}

describe('reading a sheet with a value in XFD1048576', () => {
  it('reads the table and the stray cell by their areas, not the 17 billion cells between', async () => {
    const host = new FakeExcelHost(withStrayValue(), '1.13');
    const read = await new OfficeWorkbookPort(host).readWorkbook();
    const syncs = host.lastRun();
    const cellsRead = syncs.reduce((n, s) => n + s.cellsRead, 0);
    expect(cellsRead).toBeLessThan(100);
    // Sheet list, used ranges, areas of content, then one chunk per area.
    expect(syncs).toHaveLength(5);
    const sheet = read.grid.sheets[0]!;
    expect(sheet.rows[1048575]![16383]!.text).toBe('lạc');
    const tables = scanWorkbook(read.grid, 'x', settings()).tables;
    expect(tables.map((t) => [t.range, t.tasks.map((x) => x.lead)])).toEqual([
      ['A1:D4', ['Sở Khoa học và Công nghệ', 'Văn phòng UBND tỉnh', 'Sở Nội vụ']],
    ]);
  });

  it('is refused before any cell is read where the host has no "Go To Special" (ExcelApi < 1.9)', async () => {
    const host = new FakeExcelHost(withStrayValue(), '1.8');
    const e = await new OfficeWorkbookPort(host).readWorkbook().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e).toMatchObject({ code: 'workbook-too-large', exceeded: { limit: 'span', sheet: 'Phụ lục' } });
    expect(host.lastRun().every((s) => s.cellsRead === 0)).toBe(true);
  });
});

describe('merges and used ranges in Excel', () => {
  it('refuses merges over the merged-area limit before reading cells', async () => {
    const model = newWorkbook();
    const sheet = sheetFromRows(model, 'Gộp', SMALL_TABLE);
    sheet.merges.push({ top: 19, left: 0, bottom: 1048575, right: 16383 });
    const host = new FakeExcelHost(model, '1.13');
    const e = await new OfficeWorkbookPort(host).readWorkbook().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'workbook-too-large', exceeded: { limit: 'merged-area', max: 1_000_000 } });
    expect(host.lastRun().every((s) => s.cellsRead === 0)).toBe(true);
  });

  it('says where formatting stretches the used range far past the content', async () => {
    const model = newWorkbook();
    const sheet = sheetFromRows(model, 'PL', SMALL_TABLE);
    ensureCell(sheet, 299_999, 9).fill = '#FFFF00'; // a formatted, empty cell in J300000
    const read = await new OfficeWorkbookPort(new FakeExcelHost(model, '1.13')).readWorkbook();
    const table = scanWorkbook(read.grid, 'x', settings()).tables[0]!;
    const issue = table.issues.find((i) => i.code === 'used-range-oversized');
    expect(issue).toMatchObject({ row: 300000, column: 'J', params: { used: 'A1:J300000', content: 'A1:D4' } });
  });
});

describe('the boxes read around areas of content', () => {
  const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

  it('reads a table split by its empty cells as one box, and a far value as its own', () => {
    // A1:D1, A2:B2 and D2 (C2 empty), A3:D100, and XFD1048576.
    const areas = [
      box(0, 0, 0, 3),
      box(1, 0, 1, 1),
      box(1, 3, 1, 3),
      box(2, 0, 99, 3),
      box(1048575, 16383, 1048575, 16383),
    ];
    expect(regionsOf(areas)).toEqual([box(0, 0, 99, 3), box(1048575, 16383, 1048575, 16383)]);
  });

  it('keeps a value far right of a table on one of its rows apart from the table', () => {
    const areas = [box(0, 0, 4999, 8), box(4, 16383, 4, 16383)];
    expect(regionsOf(areas)).toEqual([box(0, 0, 4999, 8), box(4, 16383, 4, 16383)]);
  });

  it('is used only above SPARSE_READ_FROM cells', () => {
    expect(SPARSE_READ_FROM).toBeGreaterThanOrEqual(1_000_000);
  });
});
