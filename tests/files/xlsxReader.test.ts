/**
 * The streamed .xlsx reader (src/files/xlsx) gives the grid ExcelJS's whole-workbook model gave: on
 * every workbook fixture, on workbooks ExcelJS writes with every kind of value, and on packages
 * written the way other producers write them (prefixed elements, inline strings, phonetic runs, the
 * 1904 date system, cells without references, absolute part names, chart sheets).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridFromExcelJs } from '../../src/files/excelJsGrid';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/files/readWorkbook';
import { columnOfReference } from '../../src/files/xlsx/sheetPart';
import { resolvePartName } from '../../src/files/xlsx/relationships';
import { FIXTURES } from '../helpers/seeds';

const WORKBOOKS = ['seeds', 'family']
  .flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f)))
  .concat([join(__dirname, '../../assets/sample/phu-luc-mau.xlsx')])
  .filter((p) => /\.xlsx$/.test(p));

async function viaExcelJs(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return gridFromExcelJs(wb);
}

describe('the streamed reader reads what ExcelJS read', () => {
  it.each(WORKBOOKS.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]))('%s', async (_n, path) => {
    expect(await readWorkbookFile(path)).toEqual(await viaExcelJs(readFileSync(path)));
  });

  it('on every kind of value ExcelJS writes, shared strings or not', async () => {
    for (const useSharedStrings of [true, false]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Giá trị');
      ws.getCell('A1').value = 'Gộp';
      ws.mergeCells('A1:C2');
      ws.getCell('A3').value = new Date(Date.UTC(2026, 11, 31));
      ws.getCell('B3').value = 46022.75;
      ws.getCell('B3').numFmt = 'dd/mm/yyyy';
      ws.getCell('C3').value = { formula: 'B3+1', result: 46023 };
      ws.getCell('D3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('E3').value = { formula: 'A1', result: 'Gộp' };
      ws.getCell('F3').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
      ws.getCell('A4').value = { richText: [{ text: 'Sở ' }, { text: 'Tài chính', font: { bold: true } }] };
      ws.getCell('B4').value = true;
      ws.getCell('C4').value = 'x'.repeat(40000);
      ws.getCell('D4').value = { text: 'Cổng', hyperlink: 'https://example.gov.vn' };
      ws.getCell('E4').value = 'Đậm';
      ws.getCell('E4').font = { bold: true };
      ws.getCell('F4').value = 0.1 + 0.2;
      ws.getCell('G4').value = 1234.5;
      ws.getCell('G4').numFmt = '#,##0.00';
      ws.getCell('H9').value = 'xa';
      ws.getCell('A6').font = { bold: true }; // styled, empty
      ws.mergeCells('B7:B9');
      ws.getCell('B7').value = 'Dọc';
      wb.addWorksheet('Trống');
      wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'ẩn';
      const bytes = new Uint8Array((await wb.xlsx.writeBuffer({ useSharedStrings } as never)) as ArrayBuffer);
      expect(await readWorkbookBuffer(bytes, 't.xlsx')).toEqual(await viaExcelJs(bytes));
    }
  });
});

/** A minimal package with the given parts around a workbook of the given sheets. */
async function handWritten(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROOT_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`;

describe('packages other producers write', () => {
  it('reads prefixed elements, inline strings, phonetic runs, 1904 dates, cells without references', async () => {
    const bytes = await handWritten({
      '_rels/.rels': ROOT_RELS,
      'xl/workbook.xml': `<x:workbook xmlns:x="${NS}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Bảng" sheetId="1" r:id="rId1"/><x:sheet name="Biểu đồ" sheetId="2" r:id="rId2"/></x:sheets><x:definedNames><x:definedName name="Vung">'Bảng'!$A$1:$C$2</x:definedName></x:definedNames></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      'xl/sharedStrings.xml': `<x:sst xmlns:x="${NS}"><x:si><x:t>Nhiệm vụ</x:t></x:si><x:si><x:r><x:t xml:space="preserve">Sở </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Y tế</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ソ</x:t></x:rPh></x:si><x:si><x:t>A &amp; B &lt;c&gt;</x:t></x:si></x:sst>`,
      'xl/styles.xml': `<x:styleSheet xmlns:x="${NS}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts><x:fonts count="2"><x:font><x:sz val="11"/></x:font><x:font><x:b/><x:sz val="11"/></x:font></x:fonts><x:cellXfs count="3"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="164" fontId="0"/><x:xf numFmtId="14" fontId="1"/></x:cellXfs></x:styleSheet>`,
      'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Trong </x:t><x:r><x:t>dòng</x:t></x:r></x:is></x:c></x:row><x:row><x:c s="1"><x:v>44000</x:v></x:c><x:c r="C2" s="2"><x:v>0</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c><x:c r="E2" t="d"><x:v>2026-05-01T00:00:00</x:v></x:c><x:c r="F2" t="str"><x:f>A1</x:f><x:v><![CDATA[Nhiệm vụ]]></x:v></x:c></x:row><x:row r="3"><x:c r="A3" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells></x:worksheet>`,
      'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${NS}"/>`,
    });
    const grid = await readWorkbookBuffer(bytes, 'khac.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['Bảng']); // a chart sheet holds no cells
    const rows = grid.sheets[0]!.rows;
    expect(rows[0]!.map((c) => c.text)).toEqual(['Nhiệm vụ', 'Sở Y tế', 'Trong dòng']);
    // 44000 in the 1904 system is 2024-06-19 (1462 days after the 1900 system's 2020-06-18).
    expect(rows[1]![0]).toMatchObject({ date: '2024-06-19', text: '19/06/2024' });
    expect(rows[1]![1]).toBeUndefined(); // an empty cell is a hole
    expect(rows[1]![2]).toMatchObject({ date: '1904-01-01', bold: true });
    expect(rows[1]![3]!.text).toBe('A & B <c>');
    expect(rows[1]![4]).toMatchObject({ date: '2026-05-01' });
    expect(rows[1]![5]).toMatchObject({ text: 'Nhiệm vụ', formula: true });
    expect(rows[2]![0]).toMatchObject({ text: 'Nhiệm vụ' });
    expect(grid.sheets[0]!.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
    expect(rows).toHaveLength(3); // the merge's second row holds no text: trailing empty rows are dropped
  });

  it('keeps a date-formatted number no calendar day has as the number, marked unreadable, and never stops on it', async () => {
    const bytes = await handWritten({
      'xl/workbook.xml': `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" s="1"><v>2958466</v></c><c r="B1" s="1"><v>-5</v></c><c r="C1" s="1"><v>2958465</v></c><c r="D1" t="d"><v>10000-01-01T00:00:00</v></c><c r="E1" s="1"><v>0</v></c><c r="F1" s="1"><v>1000000000000</v></c><c r="G1" t="d"><v>hôm qua</v></c><c r="H1"><f>A1+1</f></c><c r="I1" t="str"><f>B1</f><v></v></c><c r="J1" s="2"><v>0.5</v></c></row></sheetData></worksheet>`,
      'xl/styles.xml': `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="h:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    });
    const row = (await readWorkbookBuffer(bytes, 'a.xlsx')).sheets[0]!.rows[0]!;
    expect(row[0]).toEqual({ value: 2958466, text: '2958466', unreadable: 'date-out-of-range' });
    expect(row[1]).toEqual({ value: -5, text: '-5', unreadable: 'date-out-of-range' });
    expect(row[2]).toMatchObject({ date: '9999-12-31' });
    expect(row[3]).toEqual({
      value: '10000-01-01T00:00:00',
      text: '10000-01-01T00:00:00',
      unreadable: 'date-out-of-range',
    });
    expect(row[4]).toEqual({ value: 0, text: '0', unreadable: 'date-out-of-range' });
    expect(row[5]).toEqual({ value: 1e12, text: '1000000000000', unreadable: 'date-out-of-range' });
    expect(row[6]).toEqual({ value: 'hôm qua', text: 'hôm qua', unreadable: 'not-a-date' });
    // A formula never calculated (no <v>): an unreadable cell, kept; one whose cached result is empty
    // text: an empty cell (a hole in the sparse row).
    expect(row[7]).toEqual({ value: null, text: '', formula: true, unreadable: 'no-cached-value' });
    expect(row[8]).toBeUndefined();
    // A time of day is no date out of range.
    expect(row[9]).toEqual({ value: 0.5, text: '0.5' });
  });

  it('refuses a package without a workbook part (as a Word document here), and malformed XML as unreadable with its cause', async () => {
    const noWorkbook = await handWritten({ 'word/document.xml': '<document/>' });
    await expect(readWorkbookBuffer(noWorkbook, 'a.xlsx')).rejects.toMatchObject({ code: 'word-file' });
    // The names look like a workbook, but the relationships point to a part that is not there.
    const elsewhere = await handWritten({
      'other/workbook.xml': `<workbook xmlns="${NS}"/>`,
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/nothing.xml"/></Relationships>`,
    });
    await expect(readWorkbookBuffer(elsewhere, 'c.xlsx')).rejects.toMatchObject({ code: 'zip-without-workbook' });
    const broken = await handWritten({
      'xl/workbook.xml': `<workbook xmlns="${NS}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>`,
    });
    const e = await readWorkbookBuffer(broken, 'b.xlsx').catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'unreadable' });
    expect((e as { messageEn: string }).messageEn).toMatch(/not a valid Excel workbook \(\.xlsx\)\.\nDetails: .+/);
  });
});

describe('parts of the reader', () => {
  it.each([
    ['A1', 0],
    ['z9', 25],
    ['AA10', 26],
    ['XFD1048576', 16383],
    ['12', -1],
  ])('column of %s is %d', (ref, col) => expect(columnOfReference(ref)).toBe(col));

  it.each([
    ['xl/', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/', '../sharedStrings.xml', 'xl/sharedStrings.xml'],
    ['xl/', 'worksheets\\sheet2.xml', 'xl/worksheets/sheet2.xml'],
  ])('%s + %s → %s', (dir, target, name) => expect(resolvePartName(dir, target)).toBe(name));
});
