/**
 * Files of every kind a person may hand the reader instead of an .xlsx, built in memory: Office Open
 * XML documents that are not workbooks (zip, by JSZip), OpenDocument files, compound files (OLE2, by
 * SheetJS's `cfb` package: an independent writer for the reader in src/files/kind/cfbDirectory.ts),
 * a PDF header, web pages and XML spreadsheets, and workbooks cut short or with a corrupt part.
 */
import * as CFB from 'cfb';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

async function zip(parts: Record<string, string>, stored: string[] = []): Promise<Uint8Array> {
  const z = new JSZip();
  // OpenDocument's mimetype comes first and is stored, not compressed.
  for (const name of stored) z.file(name, parts[name]!, { compression: 'STORE' });
  for (const [name, text] of Object.entries(parts)) if (!stored.includes(name)) z.file(name, text);
  return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

function cfb(streams: Record<string, Uint8Array>): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(streams)) CFB.utils.cfb_add(c, name, bytes);
  return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
}

/** A BIFF8 beginning-of-file record (type 0x0809, workbook globals), as a .xls stream starts. */
const BIFF_BOF = new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...new Array(12).fill(0)]);

const text = (s: string) => new TextEncoder().encode(s);

export async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']);
  for (let i = 1; i <= 40; i++) ws.addRow([i, `Nhiệm vụ số ${i} về cải cách hành chính`, 'Sở Nội vụ', 'Quý IV/2026']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every kind the reader refuses, with the code it must give. */
export async function oddFiles(): Promise<{ name: string; code: string; bytes: Uint8Array }[]> {
  return [
    {
      name: 'van-ban.docx',
      code: 'word-file',
      bytes: await zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' }),
    },
    {
      name: 'trinh-chieu.pptx',
      code: 'powerpoint-file',
      bytes: await zip({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<p:presentation/>' }),
    },
    {
      name: 'bang-tinh.ods',
      code: 'ods-file',
      bytes: await zip(
        { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' },
        ['mimetype'],
      ),
    },
    {
      name: 'van-ban.odt',
      code: 'opendocument-file',
      bytes: await zip(
        { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' },
        ['mimetype'],
      ),
    },
    { name: 'nen.zip', code: 'zip-without-workbook', bytes: await zip({ 'ghi-chu.txt': 'không có bảng tính' }) },
    {
      name: 'nhi-phan.xlsb',
      code: 'xlsb-file',
      bytes: await zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.bin': '\u0083\u0001\u0000' }),
    },
    {
      name: 'cu.xls',
      code: 'xls-file',
      bytes: cfb({ Workbook: BIFF_BOF, '\u0005SummaryInformation': new Uint8Array(64) }),
    },
    { name: 'excel95.xls', code: 'xls-file', bytes: cfb({ Book: BIFF_BOF }) },
    {
      name: 'mat-khau.xlsx',
      code: 'encrypted-file',
      bytes: cfb({
        EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(200).fill(7)]),
        EncryptedPackage: new Uint8Array(4096).fill(0x5a),
        '\u0006DataSpaces/Version': new Uint8Array(76),
      }),
    },
    {
      name: 'cu.doc',
      code: 'word-file',
      bytes: cfb({ WordDocument: new Uint8Array(512), '1Table': new Uint8Array(64) }),
    },
    { name: 'khac.ole', code: 'not-a-workbook', bytes: cfb({ Contents: new Uint8Array(100) }) },
    {
      name: 'phu-luc.pdf',
      code: 'pdf-file',
      bytes: text('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    },
    {
      name: 'hinh.png',
      code: 'not-a-workbook',
      bytes: new Uint8Array([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0,
        0,
        0,
        0x0d,
        0x49,
        0x48,
        0x44,
        0x52,
        ...new Array(64).fill(0),
      ]),
    },
    {
      name: 'xuat-tu-web.xls',
      code: 'html-file',
      bytes: text(
        '\ufeff<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>STT</td></tr></table></body></html>',
      ),
    },
    {
      name: 'xml2003.xls',
      code: 'xml-spreadsheet',
      bytes: text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>',
      ),
    },
  ];
}

/** A real workbook cut at half its length (a download that did not finish). */
export async function truncatedWorkbook(): Promise<Uint8Array> {
  const bytes = await workbookBytes();
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** A real workbook whose worksheet part's compressed data is overwritten with garbage (the zip's directory intact). */
export async function corruptPartWorkbook(): Promise<Uint8Array> {
  const bytes = (await workbookBytes()).slice();
  const name = text('xl/worksheets/sheet1.xml');
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 3 || bytes[i + 3] !== 4) continue;
    const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
    const extra = bytes[i + 28]! | (bytes[i + 29]! << 8);
    if (nameLength !== name.length || !name.every((b, k) => bytes[i + 30 + k] === b)) continue;
    const data = i + 30 + nameLength + extra;
    for (let k = 0; k < 64; k++) bytes[data + k] = 0xff;
    return bytes;
  }
  throw new Error('no sheet part in the workbook');
}
