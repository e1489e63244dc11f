import ExcelJS from 'exceljs';
import { readWorkbookBuffer, readWorkbookFile, FileReadError } from '../../src/files/readWorkbook';
import { mergeAt } from '../../src/core/grid';
import { readDelimitedText, unclosedQuoteLine } from '../../src/files/readDelimited';
import { seedPath } from '../helpers/seeds';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/seeds';
import { readFileSync } from 'node:fs';

describe('ExcelJS → grid', () => {
  it('reads a seed workbook as a person has it in Excel', async () => {
    const grid = await readWorkbookFile(seedPath('003', 'xlsx'));
    const sheet = grid.sheets[0]!;
    expect(sheet.name).toBe('Phụ lục');
    expect(sheet.rows).toHaveLength(111);
    expect(sheet.rows[4]!.map((c) => c.text)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Kết quả/Sản phẩm',
      'Thời hạn',
      'Cơ quan chủ trì',
      'Cơ quan, đơn vị phối hợp',
      'Thẩm quyền',
    ]);
    expect(sheet.rows[5]![0]).toMatchObject({ value: 1, text: '1', bold: true });
  });

  it('reads merges, dates, formulas, errors, rich text, booleans and huge cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T');
    ws.getCell('A1').value = 'Gộp';
    ws.mergeCells('A1:C2');
    ws.getCell('A3').value = new Date(Date.UTC(2026, 11, 31));
    ws.getCell('B3').value = 46022;
    ws.getCell('B3').numFmt = 'dd/mm/yyyy';
    ws.getCell('C3').value = { formula: 'B3+1', result: 46023 };
    ws.getCell('D3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('A4').value = { richText: [{ text: 'Sở ' }, { text: 'Tài chính', font: { bold: true } }] };
    ws.getCell('B4').value = true;
    ws.getCell('C4').value = 'x'.repeat(40000);
    ws.getCell('D4').value = '- Sở Y tế';
    const grid = await readWorkbookBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 't.xlsx');
    const rows = grid.sheets[0]!.rows;
    expect(rows[0]![0]).toMatchObject({ value: 'Gộp' });
    expect(grid.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect(mergeAt(grid.sheets[0]!, 1, 2)).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(rows[1]).toHaveLength(0); // the merge's covered cells hold nothing
    expect(rows[2]![0]).toMatchObject({ date: '2026-12-31', text: '31/12/2026' });
    expect(rows[2]![1]).toMatchObject({ value: 46022, date: '2025-12-31' });
    expect(rows[2]![2]).toMatchObject({ value: 46023, formula: true });
    expect(rows[2]![3]).toMatchObject({ value: '#N/A', error: true });
    expect(rows[3]![0]!.text).toBe('Sở Tài chính');
    expect(rows[3]![1]).toMatchObject({ value: true, text: 'TRUE' });
    expect(rows[3]![2]!.text).toHaveLength(40000);
    expect(rows[3]![3]!.text).toBe('- Sở Y tế');
  });

  it.each([
    ['book.xls', '\u0000\u0001\u0002\u0003garbage', 'not-a-workbook', /không phải bảng tính Excel/],
    ['book.pdf', '%PDF-1.4\n', 'pdf-file', /là tệp PDF/],
    ['book.xlsx', 'PK\u0003\u0004garbage', 'damaged-file', /bị hỏng hoặc không đầy đủ/],
    ['book.xlsx', '', 'empty-file', /trống/],
  ])('%s with bad bytes → %s', async (name, bytes, code, re) => {
    const p = readWorkbookBuffer(new TextEncoder().encode(bytes), name);
    await expect(p).rejects.toBeInstanceOf(FileReadError);
    await expect(p).rejects.toMatchObject({ code });
    const e = (await p.catch((x) => x)) as FileReadError;
    expect(e.messageVi).toMatch(re);
    expect(e.messageEn).toContain(name);
  });
});

describe('CSV and TSV', () => {
  it('reads a CSV with BOM and ";" delimiter as text', () => {
    const sheet = readDelimitedText('\ufeffSTT;Nhiệm vụ;Thời hạn\n1;"Việc; có dấu chấm phẩy";Quý IV/2026\n', 'a');
    expect(sheet.rows[0]!.map((c) => c.text)).toEqual(['STT', 'Nhiệm vụ', 'Thời hạn']);
    expect(sheet.rows[1]!.map((c) => c.value)).toEqual(['1', 'Việc; có dấu chấm phẩy', 'Quý IV/2026']);
  });
  it.each([
    ['a,b\n1,"x\n2,y\n', 2],
    ['a,"b ""c"""\n1,"x\ny"\n3,"z\n', 4],
    ['a,b\n1,"x ""y"""\n', null],
  ])('finds the line where a quote that is never closed opens: %j → %p', (text, line) => {
    expect(unclosedQuoteLine(text)).toBe(line);
  });
  it('keeps one row per TSV line', async () => {
    const file = join(FIXTURES, 'family', '01-dongthap-kh617-cds-doanh-nghiep.tsv');
    const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;
    const grid = await readWorkbookFile(file);
    expect(grid.sheets[0]!.rows).toHaveLength(lines);
  });
  it.each([
    ['with a byte-order mark, little-endian', 'utf16le', true],
    ['without a byte-order mark, little-endian', 'utf16le', false],
    ['with a byte-order mark, big-endian', 'utf16be', true],
  ])('reads UTF-16 text (Excel\'s "Unicode Text") %s', async (_name, order, bom) => {
    const text = 'STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n1\tXây dựng kế hoạch\tSở Tài chính\tQuý IV/2026\n';
    let bytes = Buffer.from(text, 'utf16le');
    if (order === 'utf16be') bytes = Buffer.from(bytes).swap16();
    const mark = order === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const data = new Uint8Array([...(bom ? mark : []), ...bytes]);
    const sheet = (await readWorkbookBuffer(data, 'unicode.txt')).sheets[0]!;
    expect(sheet.rows[0]!.map((c) => c.text)).toEqual(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']);
    expect(sheet.rows[1]![2]!.text).toBe('Sở Tài chính');
  });
  it('decodes Windows-1258 bytes that are not UTF-8', async () => {
    const grid = await readWorkbookBuffer(new Uint8Array([0x53, 0xf4, 0x09, 0x41]), 'x.csv');
    expect(grid.sheets[0]!.rows[0]!.length).toBeGreaterThan(0);
  });
});
