/**
 * The odd-file corpus (tests/fixtures/bad/): each file, how it is made, and what the person must get.
 * `npm run make:bad-corpus` writes the files, manifest.json (read by tests/files/badCorpus.test.ts) and
 * the folder's README from this one list. Every builder is deterministic.
 */
import { cfb } from './cfbWriter';
import { toTcvn3, toVni } from './legacyEncodings';
import { workbookParts, xlsxEntries, type CellSpec } from './xlsxParts';
import { zip } from './zipWriter';

/** What a reader must do with a file. Patterns are case-insensitive regular expressions, all must match. */
export type Expectation =
  /** A FileReadError: one line in Vietnamese and in English naming the file, saying what matches. */
  | { outcome: 'refused'; en?: string[]; vi?: string[] }
  /** A grid holding these texts; scanned, at least `minTasks` tasks; `check` names a further check. */
  | { outcome: 'read'; contains?: string[]; minTasks?: number; check?: CorpusCheck }
  /** Either read (as above) or refused as too large (the limits of issue 11 item 1). */
  | { outcome: 'read-or-too-large'; contains?: string[]; minTasks?: number }
  /** Either read (as above) or refused with a message that names what the file is. */
  | { outcome: 'read-or-refused'; contains?: string[]; minTasks?: number; en?: string[]; vi?: string[] };

/** Checks beyond reading, on the scan of the file (tests/files/badCorpus.test.ts implements each). */
export type CorpusCheck = 'unreadable-date' | 'range-across-year' | 'long-cell' | 'formula-without-value';

export interface CorpusFile {
  file: string;
  what: string;
  /** What the person must get (README). */
  user: string;
  expect: Expectation;
  build(): Buffer;
}

export const TOO_LARGE = { en: ['too large|limit|exceed'], vi: ['quá lớn|giới hạn|vượt'] };

/** A small appendix every readable file carries, so "read" means the table is there too. */
export const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'];
const TASKS: [number, string, string, string][] = [
  [1, 'Xây dựng kế hoạch triển khai thực hiện Nghị quyết', 'Sở Nội vụ', 'Quý IV/2026'],
  [2, 'Rà soát, sửa đổi quy chế làm việc', 'Sở Tài chính', 'Tháng 12/2026'],
  [3, 'Tổ chức hội nghị sơ kết', 'Sở Xây dựng', 'Năm 2026'],
  [4, 'Báo cáo kết quả thực hiện', 'Văn phòng UBND tỉnh', '31/12/2026'],
];
const TITLE = 'PHỤ LỤC DANH MỤC NHIỆM VỤ';

/** The appendix: title in A1, header in row 3, tasks 1–4 in rows 4–7; `deadlines` replaces task n's (1-based). */
function table(deadlines: Record<number, CellSpec> = {}): CellSpec[][] {
  return [
    [TITLE],
    [],
    HEADER,
    ...TASKS.map(([n, t, l, d]): CellSpec[] => [n, t, l, n in deadlines ? deadlines[n]! : d]),
  ];
}

const xlsx = (rows: CellSpec[][], extra: { after?: string; extraRows?: string; dimension?: string } = {}) =>
  zip(xlsxEntries([{ name: 'Phụ lục', rows, ...extra }]));

function delimited(rows: CellSpec[][], sep: string): string {
  const field = (v: CellSpec) => {
    const s = v === null ? '' : typeof v === 'object' ? '' : String(v);
    return /[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(sep)).join('\r\n') + '\r\n';
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

/**
 * The overlapping-entry zip bomb: one 4 MiB sheet part (a row of one text cell, repeated) deflated once
 * (about 4 KiB), and 80 sheets whose central-directory entries all point at it: 320 MiB of XML.
 */
function zipBomb(): Buffer {
  const SHEETS = 80;
  const row = '<row><c t="inlineStr"><is><t>Sở Nội vụ</t></is></c></row>';
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '</sheetData></worksheet>';
  const count = Math.floor((4 * 1024 * 1024 - head.length - tail.length) / Buffer.byteLength(row));
  const kernel = head + row.repeat(count) + tail;
  const names = Array.from({ length: SHEETS }, (_, i) => `Sheet${i + 1}`);
  return zip(
    workbookParts(names, (i) =>
      i === 0
        ? { name: 'xl/worksheets/sheet1.xml', data: kernel }
        : { name: `xl/worksheets/sheet${i + 1}.xml`, data: '', sameDataAs: 'xl/worksheets/sheet1.xml' },
    ),
  );
}

const CT = (main: string, part: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${part}" ContentType="${main}"/></Types>`;
const RELS = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

function docx(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: CT('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml'),
    },
    { name: '_rels/.rels', data: RELS('word/document.xml') },
    {
      name: 'word/document.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        `<w:p><w:r><w:t>${TITLE}</w:t></w:r></w:p><w:p><w:r><w:t>Cơ quan chủ trì: Sở Nội vụ</w:t></w:r></w:p></w:body></w:document>`,
    },
  ]);
}

function pptx(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: CT(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        'ppt/presentation.xml',
      ),
    },
    { name: '_rels/.rels', data: RELS('ppt/presentation.xml') },
    {
      name: 'ppt/presentation.xml',
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldIdLst/></p:presentation>',
    },
  ]);
}

function ods(): Buffer {
  const cell = (v: string | number) =>
    typeof v === 'number'
      ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
      : `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
  const rows = [HEADER, ...TASKS].map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    {
      name: 'META-INF/manifest.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
    {
      name: 'content.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
        `<office:body><office:spreadsheet><table:table table:name="Phụ lục">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`,
    },
  ]);
}

/** A BIFF8 BOF record (version 0x0600, workbook globals), then zeros: how an .xls's Workbook stream starts. */
function biffWorkbook(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x54, 0x38, 0xcd, 0x07, 0xc1, 0x80, 0x00, 0x00, 0x06, 0x03, 0x00,
    0x00,
  ]).copy(b);
  return b;
}

/** An agile EncryptionInfo (version 4.4) header and its XML, as Office writes for a password-protected .xlsx. */
function encryptionInfo(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
  return Buffer.concat([Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), Buffer.from(xml, 'utf8')]);
}

function encryptedPackage(): Buffer {
  const b = Buffer.alloc(4096);
  b.writeUInt32LE(3000, 0);
  for (let i = 8; i < b.length; i++) b[i] = (i * 131 + 7) & 0xff; // stands for ciphertext
  return b;
}

const PDF =
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\nxref\n0 4\n0000000000 65535 f \n0000000015 00000 n \n' +
  '0000000064 00000 n \n0000000121 00000 n \ntrailer << /Size 4 /Root 1 0 R >>\nstartxref\n190\n%%EOF\n';

const LONG = 32767;
/** A 32,767-character cell: prose with deadline words all through it (the deadline reader's worst case). */
function longText(): string {
  const piece = 'Hoàn thành trong Quý IV/2026 theo Kế hoạch số 12/KH-UBND, báo cáo tháng 12/2026; ';
  return piece.repeat(Math.ceil(LONG / piece.length)).slice(0, LONG);
}

const READ_TABLE = { contains: ['Cơ quan chủ trì', 'Sở Nội vụ'], minTasks: 4 };

export const CORPUS: CorpusFile[] = [
  {
    file: 'one-value-xfd1048576.xlsx',
    what: 'a workbook whose only value is in the last cell, XFD1048576 (dimension A1:XFD1048576)',
    user: 'read in a moment and in little memory (nothing is built for the empty cells), or refused as too large naming the limit; never out of memory',
    expect: { outcome: 'read-or-too-large', contains: ['cuối cùng'] },
    build: () =>
      xlsx([], {
        dimension: 'A1:XFD1048576',
        extraRows: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ô cuối cùng</t></is></c></row>',
      }),
  },
  {
    file: 'csv-16384-columns.csv',
    what: 'a CSV of one row with 16,384 columns (the last one holds a value)',
    user: 'read (one sheet, no table found) or refused as too large naming the limit; never out of memory',
    expect: { outcome: 'read-or-too-large', contains: ['cột cuối'] },
    build: () => Buffer.from(','.repeat(16383) + 'cột cuối\r\n', 'utf8'),
  },
  {
    file: 'merge-a20-xfd1048576.xlsx',
    what: 'the small appendix in A1:D7 and one merged area A20:XFD1048576',
    user: 'the appendix read (the merge applied by its area, no cell walked), or refused as too large naming the merged area; never out of memory',
    expect: { outcome: 'read-or-too-large', ...READ_TABLE },
    build: () => xlsx(table(), { after: '<mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>' }),
  },
  {
    file: 'zip-bomb.xlsx',
    what: 'a small .xlsx whose 80 sheet entries share one deflated 4 MiB part: 320 MiB of XML when inflated',
    user: 'refused as too large (uncompressed size or cell count), naming the limit, in a few seconds and little memory',
    expect: { outcome: 'refused', ...TOO_LARGE },
    build: zipBomb,
  },
  {
    file: 'date-serial-2958466.xlsx',
    what: 'the appendix with a date-formatted deadline of serial 2958466 (the day after 9999-12-31) on task 2',
    user: 'the file read; task 2 gets a warning at D5 that its deadline cannot be read, and no overdue/on-track state from it',
    expect: { outcome: 'read', ...READ_TABLE, check: 'unreadable-date' },
    build: () => xlsx(table({ 2: { n: 2958466, style: 1 } })),
  },
  {
    file: 'date-serial-minus-5.xlsx',
    what: 'the appendix with a date-formatted deadline of serial −5 on task 2',
    user: 'the file read; task 2 gets a warning at D5 (a date before 1900 cannot be true), not “overdue 46,000 days”',
    expect: { outcome: 'read', ...READ_TABLE, check: 'unreadable-date' },
    build: () => xlsx(table({ 2: { n: -5, style: 1 } })),
  },
  {
    file: 'unterminated-quote.csv',
    what: 'a CSV whose third line opens a quote that is never closed',
    user: 'refused in one line naming the line where the quote opens; the other files of the run are still scanned',
    expect: { outcome: 'refused', en: ['quote', 'line 3'], vi: ['ngoặc kép', 'dòng 3'] },
    build: () =>
      Buffer.from(
        delimited(table().slice(2, 4), ',') +
          '2,"Rà soát quy chế,Sở Tài chính,Tháng 12/2026\r\n3,Hội nghị,Sở Xây dựng,Năm 2026\r\n',
        'utf8',
      ),
  },
  {
    file: 'docx-renamed.xlsx',
    what: 'a Word document (.docx) renamed .xlsx',
    user: 'refused: “a Word document, not a workbook” (exit 2), not “no table found”',
    expect: { outcome: 'refused', en: ['word|\\.docx'], vi: ['word|\\.docx'] },
    build: docx,
  },
  {
    file: 'pptx-renamed.xlsx',
    what: 'a PowerPoint presentation (.pptx) renamed .xlsx',
    user: 'refused: “a PowerPoint presentation, not a workbook” (exit 2)',
    expect: { outcome: 'refused', en: ['powerpoint|\\.pptx'], vi: ['powerpoint|\\.pptx'] },
    build: pptx,
  },
  {
    file: 'ods-renamed.xlsx',
    what: 'an OpenDocument spreadsheet (.ods, holding the appendix) renamed .xlsx',
    user: 'refused: “an OpenDocument spreadsheet: save it as .xlsx from LibreOffice” (exit 2), or read, giving the appendix',
    expect: {
      outcome: 'read-or-refused',
      ...READ_TABLE,
      en: ['opendocument|\\.ods|libreoffice'],
      vi: ['opendocument|\\.ods|libreoffice'],
    },
    build: ods,
  },
  {
    file: 'zip-without-workbook.xlsx',
    what: 'a zip archive with a text file and an XML part but no workbook, renamed .xlsx',
    user: 'refused: “a zip archive with no workbook inside” (exit 2), not “no table found”',
    expect: { outcome: 'refused', en: ['zip|archive|no workbook'], vi: ['zip|nén|không có (sổ|bảng tính)'] },
    build: () =>
      zip([
        { name: 'readme.txt', data: 'Danh mục nhiệm vụ năm 2026\r\n' },
        { name: 'data/notes.xml', data: '<?xml version="1.0"?><notes><note>Sở Nội vụ</note></notes>' },
      ]),
  },
  {
    file: 'xls-cfb-renamed.xlsx',
    what: 'an old Excel 97–2003 workbook (a compound file with a BIFF8 Workbook stream) renamed .xlsx',
    user: 'refused: “an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx” (exit 2)',
    expect: {
      outcome: 'refused',
      en: ['\\.xls\\b|excel 97|old excel', 'save', '\\.xlsx'],
      vi: ['\\.xls\\b|excel cũ', '\\.xlsx'],
    },
    build: () => cfb([{ name: 'Workbook', data: biffWorkbook() }]),
  },
  {
    file: 'encrypted-cfb-renamed.xlsx',
    what: 'a password-protected workbook (a compound file with EncryptionInfo and EncryptedPackage)',
    user: 'refused: “protected by a password: open it in Excel, remove the password (File → Info → Protect Workbook) and save as .xlsx” (exit 2)',
    expect: { outcome: 'refused', en: ['password|encrypt', '\\.xlsx'], vi: ['mật khẩu|mã hóa|mã hoá', '\\.xlsx'] },
    build: () =>
      cfb([
        { name: 'EncryptionInfo', data: encryptionInfo() },
        { name: 'EncryptedPackage', data: encryptedPackage() },
      ]),
  },
  {
    file: 'pdf-renamed.xlsx',
    what: 'a PDF document renamed .xlsx',
    user: 'refused: “a PDF document, not a workbook” (exit 2)',
    expect: { outcome: 'refused', en: ['pdf'], vi: ['pdf'] },
    build: () => Buffer.from(PDF, 'latin1'),
  },
  ...(
    [
      ['utf16le-bom.csv', 'LE', 'with a byte-order mark, comma-separated', ',', true],
      ['utf16be-bom.csv', 'BE', 'with a byte-order mark, comma-separated', ',', true],
      [
        'utf16le-nobom.txt',
        'LE',
        'tab-separated without a byte-order mark (Excel’s “Unicode Text”, BOM stripped)',
        '\t',
        false,
      ],
      ['utf16be-nobom.csv', 'BE', 'without a byte-order mark, comma-separated', ',', false],
    ] as const
  ).map(([file, order, how, delimiter, bom]): CorpusFile => ({
    file,
    what: `the appendix as UTF-16 ${order} text ${how}`,
    user: 'read as Unicode: the appendix and its 4 tasks',
    expect: { outcome: 'read', ...READ_TABLE },
    build: () => utf16(delimited(table(), delimiter), order === 'LE' ? 'le' : 'be', bom),
  })),
  {
    file: 'tcvn3.csv',
    what: 'the appendix typed in the TCVN3 (ABC, .VnTime) encoding, comma-separated, upper-case toned letters avoided as .VnTime text has them in another font',
    user: 'read with its text converted to Unicode (and an info finding saying it was converted): the appendix and its 4 tasks',
    expect: { outcome: 'read', ...READ_TABLE },
    build: () => toTcvn3(delimited(legacyTable(), ',')),
  },
  {
    file: 'vni.csv',
    what: 'the appendix typed in the VNI (VNI-Times) encoding, comma-separated',
    user: 'read with its text converted to Unicode (and an info finding saying it was converted): the appendix and its 4 tasks',
    expect: { outcome: 'read', ...READ_TABLE },
    build: () => toVni(delimited(legacyTable(), ',')),
  },
  {
    file: 'empty.xlsx',
    what: 'an empty file (0 bytes) named .xlsx',
    user: 'refused: “the file is empty (0 bytes)”',
    expect: { outcome: 'refused', en: ['empty|0 bytes'], vi: ['trống|0 byte'] },
    build: () => Buffer.alloc(0),
  },
  {
    file: 'truncated.xlsx',
    what: 'the appendix workbook cut off after 60 % of its bytes (no central directory)',
    user: 'refused in one line: the workbook is damaged or incomplete; never a stack trace',
    expect: { outcome: 'refused' },
    build: () => {
      const whole = xlsx(table());
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
  {
    file: 'long-cell-32767.xlsx',
    what: 'the appendix whose task 1 text and deadline are each a 32,767-character cell (Excel’s limit)',
    user: 'read and scanned in linear time (well under a second for the cell); messages quote at most 300 characters of it',
    expect: { outcome: 'read', ...READ_TABLE, check: 'long-cell' },
    build: () => {
      const rows = table();
      rows[3] = [1, longText(), 'Sở Nội vụ', longText()];
      return xlsx(rows);
    },
  },
  {
    file: 'range-across-year.csv',
    what: 'the appendix with task 2 due “Từ tháng 9 đến tháng 3/2026”',
    user: 'read as September 2025 – March 2026: not due before its start, not a false overdue (as of 2026-01-15 it is on track)',
    expect: { outcome: 'read', ...READ_TABLE, check: 'range-across-year' },
    build: () => Buffer.from(delimited(table({ 2: 'Từ tháng 9 đến tháng 3/2026' }), ','), 'utf8'),
  },
  {
    file: 'formula-no-cached-value.xlsx',
    what: 'the appendix whose task 2 deadline is a formula (=EDATE(TODAY(),3)) with no cached value',
    user: 'the file read; task 2 gets a finding at D5 (its deadline cannot be read: recalculate and save in Excel), nothing invented',
    expect: { outcome: 'read', ...READ_TABLE, check: 'formula-without-value' },
    build: () => xlsx(table({ 2: { f: 'EDATE(TODAY(),3)' } })),
  },
];

/** The appendix without upper-case toned letters (TCVN3 keeps those in the .VnTimeH font, not in text). */
function legacyTable(): CellSpec[][] {
  return table().map((r, i) => (i === 0 ? ['PHU LUC DANH MUC NHIEM VU'] : r));
}
