/**
 * A workbook written by hand, part by part, with the values no reader may stop on: date-formatted
 * serials outside Excel's calendar (−5, 0, 2958466, 1e12), a stored date (`t="d"`) that is no date,
 * formulas saved without their result, and deadlines that cannot be true (due before start, 2206 and
 * 1926 in a 2026 document). The cells and findings each reader must give are listed beside it.
 */
import JSZip from 'jszip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const num = (ref: string, n: number | string, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${n}</v></c>`;

/** The deadline cell of each task row (row 4 on), as written in the sheet XML. */
const DEADLINES: [number, string][] = [
  [4, num('C4', -5, 1)],
  [5, num('C5', 0, 1)],
  [6, num('C6', 2958466, 1)],
  [7, num('C7', '1000000000000', 1)],
  [8, `<c r="C8" t="d"><v>hôm qua</v></c>`],
  [9, `<c r="C9" s="1"><f>TODAY()+30</f></c>`],
  [10, str('C10', 'Từ 01/6/2026 đến 01/3/2026')],
  [11, str('C11', 'Tháng 12/2206')],
  [12, str('C12', 'Năm 1926')],
  [13, str('C13', 'Tháng 6/2026')],
  [14, num('C14', 46234, 1)],
];

/** The findings the scan must give for them (as-of 2026-05-01), by code and cell. */
export const ODD_VALUE_FINDINGS: [string, string][] = [
  ['unreadable-cell', 'C4'],
  ['unreadable-cell', 'C5'],
  ['unreadable-cell', 'C6'],
  ['unreadable-cell', 'C7'],
  ['unreadable-cell', 'C8'],
  ['unreadable-cell', 'C9'],
  ['deadline-before-start', 'C10'],
  ['implausible-deadline', 'C11'],
  ['implausible-deadline', 'C12'],
  ['unreadable-cell', 'E13'],
];

function sheetXml(): string {
  const rows = [
    `<row r="1">${str('A1', 'PHỤ LỤC')}</row>`,
    `<row r="2">${str('A2', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)')}</row>`,
    `<row r="3">${['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì', 'Ghi chú'].map((h, i) => str(`${'ABCDE'[i]}3`, h)).join('')}</row>`,
  ];
  for (const [r, deadline] of DEADLINES) {
    const n = r - 3;
    const note = r === 13 ? `<c r="E13"><f>A1&amp;"!"</f></c>` : '';
    rows.push(
      `<row r="${r}">${num(`A${r}`, n)}${str(`B${r}`, `Nhiệm vụ số ${n} về chuyển đổi số và cải cách hành chính`)}${deadline}${str(`D${r}`, 'Sở Nội vụ')}${note}</row>`,
    );
  }
  return `<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

export async function oddValuesWorkbook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="PL" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  zip.file('xl/worksheets/sheet1.xml', sheetXml());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
