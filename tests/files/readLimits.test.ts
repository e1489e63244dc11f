/**
 * Bounded reading: cells that hold nothing cost nothing (a value in XFD1048576, a line of 16,384 commas,
 * a merge over most of a sheet), and a file over a read limit is refused with the limit named.
 */
import { readWorkbookBuffer, FileReadError } from '../../src/files/readWorkbook';
import { readDelimitedText } from '../../src/files/readDelimited';
import { openZipBuffer } from '../../src/files/xlsx/zipPackage';
import { readXlsx } from '../../src/files/xlsx/readXlsx';
import { mergeAt } from '../../src/core/grid';
import { READ_LIMITS, ReadMeter, TooLargeError } from '../../src/core/readLimits';
import { scanGrid } from '../helpers/scan';
import { rawXlsx, rowsXml, SMALL_TABLE } from '../helpers/rawXlsx';

const FAR = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>lạc</t></is></c></row>';

async function tooLarge(bytes: Uint8Array): Promise<FileReadError> {
  const e = await readWorkbookBuffer(bytes, 'lon.xlsx').then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FileReadError);
  return e as FileReadError;
}

describe('sparse reading', () => {
  it('reads a table and one value in XFD1048576 as the cells that exist', async () => {
    const grid = await readWorkbookBuffer(await rawXlsx(rowsXml(SMALL_TABLE) + FAR), 'xa.xlsx');
    const sheet = grid.sheets[0]!;
    expect(sheet.rows).toHaveLength(1048576);
    expect(sheet.rows[1048575]![16383]!.text).toBe('lạc');
    expect(Object.keys(sheet.rows[1048575]!)).toEqual(['16383']); // one cell, not 16,384
    expect(sheet.rows[5]).toHaveLength(0); // empty rows are the one shared empty row
    const report = scanGrid(grid);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.tasks.map((t) => t.lead)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Văn phòng UBND tỉnh',
      'Sở Nội vụ',
    ]);
    expect(report.tables[0]!.range).toBe('A1:D4');
  });

  it('reads a CSV line of 16,384 columns holding two values as two cells', () => {
    const line = `STT${','.repeat(16382)},cuối`;
    const sheet = readDelimitedText(`${line}\n`, 'csv');
    expect(sheet.rows[0]).toHaveLength(16384);
    expect(Object.keys(sheet.rows[0]!)).toEqual(['0', '16383']);
  });

  it('applies a merge by its area: 900,000 covered cells are looked up, never made', async () => {
    const bytes = await rawXlsx(rowsXml(SMALL_TABLE), {
      after: '<mergeCells><mergeCell ref="F1:N100000"/></mergeCells>',
    });
    const sheet = (await readWorkbookBuffer(bytes, 'gop.xlsx')).sheets[0]!;
    expect(sheet.rows).toHaveLength(4);
    expect(mergeAt(sheet, 99999, 13)).toEqual({ top: 0, left: 5, bottom: 99999, right: 13 });
    expect(mergeAt(sheet, 100000, 13)).toBeUndefined();
    expect(mergeAt(sheet, 5, 4)).toBeUndefined();
  });

  it('empties the covered cells of a merge that a producer filled, keeping the top-left value', async () => {
    const bytes = await rawXlsx(
      rowsXml([
        ['Gộp', 'Gộp', 'x'],
        ['Gộp', '', ''],
      ]),
      {
        after: '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
      },
    );
    const rows = (await readWorkbookBuffer(bytes, 'gop.xlsx')).sheets[0]!.rows;
    expect(rows[0]![0]!.text).toBe('Gộp');
    expect(rows[0]![1]).toBeUndefined();
    expect(rows[0]![2]!.text).toBe('x');
    expect(rows).toHaveLength(1);
  });
});

describe('read limits', () => {
  it('refuses a merge over A20:XFD1048576 by its merged area, in one line in each language', async () => {
    const e = await tooLarge(
      await rawXlsx(rowsXml(SMALL_TABLE), { after: '<mergeCells><mergeCell ref="A20:XFD1048576"/></mergeCells>' }),
    );
    expect(e.code).toBe('too-large');
    expect(e.messageIn('vi')).toBe(
      'Không đọc tệp “lon.xlsx”: quá lớn để đọc: các vùng gộp ô phủ hơn 1.000.000 ô (trang tính “Phụ lục”). Hãy xóa các ô, dòng, cột thừa hoặc chuyển bảng phụ lục sang một tệp riêng.',
    );
    expect(e.messageIn('en')).toBe(
      'Did not read “lon.xlsx”: too large to read: its merged areas cover more than 1,000,000 cells (sheet “Phụ lục”). Delete the unused cells, rows and columns, or move the appendix table to a file of its own.',
    );
    expect(e.messageIn('vi')).not.toContain('\n');
  });

  it('refuses a package whose parts declare more than the size limit before inflating any', async () => {
    const bytes = await rawXlsx(rowsXml(SMALL_TABLE));
    const pkg = await openZipBuffer(bytes);
    const inflated: string[] = [];
    const watched = {
      ...pkg,
      names: pkg.names,
      find: pkg.find.bind(pkg),
      size: pkg.size.bind(pkg),
      close: pkg.close.bind(pkg),
    };
    watched.text = async (n: string) => (inflated.push(n), pkg.text(n));
    watched.stream = async (n: string) => (inflated.push(n), pkg.stream(n));
    const small = new ReadMeter({ ...READ_LIMITS, size: 500 });
    await expect(readXlsx(watched, small)).rejects.toMatchObject({ limit: 'size', max: 500 });
    // Only the small parts that say where the workbook is were read.
    expect(inflated.some((n) => n.includes('worksheets'))).toBe(false);
    pkg.close();
  });

  it('counts cells across sheets and stops at the limit', () => {
    const meter = new ReadMeter({ ...READ_LIMITS, cells: 3 });
    expect(() => readDelimitedText('a,b\nc,d\n', 'x', ',', meter)).toThrow(TooLargeError);
  });

  it('refuses a row of more than 16,384 columns (Excel cannot hold it either)', () => {
    expect(() => readDelimitedText(`${','.repeat(16384)}x\n`, 'rong')).toThrow(
      expect.objectContaining({ limit: 'columns', max: 16384 }),
    );
  });

  it('bounds the cells read from column A on (values far right on many rows)', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    );
    const e = await tooLarge(await rawXlsx(rows.join('')));
    expect(e.messageIn('en')).toContain('its rows span more than 20,000,000 cells');
  });

  it('refuses a row number past 1,048,576', async () => {
    const e = await tooLarge(
      await rawXlsx('<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'),
    );
    expect(e.messageIn('vi')).toContain('hơn 1.048.576 dòng');
  });
});

describe('a used range far larger than the content', () => {
  it('is said at the far corner of the used range, as a warning of the sheet', async () => {
    const bytes = await rawXlsx(rowsXml(SMALL_TABLE), { before: '<dimension ref="A1:Z1048576"/>' });
    const table = scanGrid(await readWorkbookBuffer(bytes, 'du.xlsx')).tables[0]!;
    const issue = table.issues.find((i) => i.code === 'used-range-oversized')!;
    expect(issue).toMatchObject({ severity: 'warning', row: 1048576, column: 'Z' });
    expect(issue.params).toEqual({ sheet: 'Phụ lục', used: 'A1:Z1048576', content: 'A1:D4' });
  });

  it('counts formatted empty cells, and is quiet when the used range is the content', async () => {
    const styled = await rawXlsx(rowsXml(SMALL_TABLE) + '<row r="200000"><c r="J200000" s="0"/></row>');
    const quiet = await rawXlsx(rowsXml(SMALL_TABLE), { before: '<dimension ref="A1:D4"/>' });
    expect(scanGrid(await readWorkbookBuffer(styled, 's.xlsx')).tables[0]!.issues.map((i) => i.code)).toContain(
      'used-range-oversized',
    );
    expect(scanGrid(await readWorkbookBuffer(quiet, 'q.xlsx')).tables[0]!.issues.map((i) => i.code)).not.toContain(
      'used-range-oversized',
    );
  });
});
