import * as CFB from 'cfb';
import yazl from 'yazl';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReadError, readWorkbookBuffer, readWorkbookFile } from '../../src/files/readWorkbook';
import { bytesSource } from '../../src/files/kind/byteSource';
import { readCfbNames } from '../../src/files/kind/cfbDirectory';
import { sniffFile, sniffHead, zipKind } from '../../src/files/kind/fileKind';
import { readZipDirectory } from '../../src/files/kind/zipDirectory';
import { corruptPartWorkbook, oddFiles, truncatedWorkbook, workbookBytes } from '../helpers/oddFiles';

const dir = mkdtempSync(join(tmpdir(), 'at-kind-'));

async function failure(p: Promise<unknown>): Promise<FileReadError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FileReadError);
  return e as FileReadError;
}

describe('what a file is, by its content', () => {
  it('tells every kind it refuses, by bytes and on disk, whatever the name, each with its own message in both languages', async () => {
    const files = await oddFiles();
    const messages = new Map<string, string>();
    for (const { name, code, bytes } of files) {
      expect([name, await sniffFile(bytesSource(bytes))]).toEqual([name, code]);
      for (const asName of [name, name.replace(/\.[^.]+$/, '.xlsx')]) {
        const fromBytes = await failure(readWorkbookBuffer(bytes, asName));
        expect([asName, fromBytes.code]).toEqual([asName, code]);
        const path = join(dir, asName);
        writeFileSync(path, bytes);
        const fromDisk = await failure(readWorkbookFile(path));
        expect([asName, fromDisk.code]).toEqual([asName, code]);
        for (const m of [fromDisk.messageVi, fromDisk.messageEn]) {
          expect(m).toContain(path);
          expect(m).not.toContain('\n'); // one line: nothing failed inside a reader, the file is what it is
        }
        expect(fromDisk.messageVi).not.toBe(fromDisk.messageEn);
        messages.set(fromDisk.messageVi.split(path).join('F'), code);
      }
    }
    // One message per kind (the two Word forms, .docx and .doc, share theirs).
    const codes = new Set(files.map((f) => f.code));
    expect(new Set(messages.keys()).size).toBe(codes.size);
  });

  it('says how to save as .xlsx in Excel and LibreOffice for .xls, and how to remove a password', async () => {
    const files = await oddFiles();
    const xls = await failure(readWorkbookBuffer(files.find((f) => f.code === 'xls-file')!.bytes, 'cu.xls'));
    expect(xls.messageVi).toContain('Tệp > Lưu thành > Sổ làm việc Excel (.xlsx)');
    expect(xls.messageVi).toContain('Lưu thành… > Excel 2007-365');
    expect(xls.messageEn).toContain('File > Save As > Excel Workbook (.xlsx)');
    const locked = await failure(readWorkbookBuffer(files.find((f) => f.code === 'encrypted-file')!.bytes, 'a.xlsx'));
    expect(locked.messageVi).toContain('Tệp > Thông tin > Bảo vệ sổ làm việc');
    expect(locked.messageEn).toContain('File > Info > Protect Workbook');
    expect(locked.messageVi).toContain('Excel 2007-365');
  });

  it('reads an .xlsx named .csv as a workbook, and a .csv named .xlsx (or anything) as text', async () => {
    const xlsx = await workbookBytes();
    const asCsv = join(dir, 'that-is-a-workbook.csv');
    writeFileSync(asCsv, xlsx);
    expect((await readWorkbookFile(asCsv)).sheets[0]!.name).toBe('Phụ lục');
    expect((await readWorkbookBuffer(xlsx, 'x.csv')).sheets[0]!.rows).toHaveLength(41);
    const csv = 'STT;Nhiệm vụ;Cơ quan chủ trì\n1;Việc một;Sở Y tế\n';
    for (const name of ['that-is-text.xlsx', 'bang.dat']) {
      const path = join(dir, name);
      writeFileSync(path, csv);
      const rows = (await readWorkbookFile(path)).sheets[0]!.rows;
      expect(rows[1]!.map((c) => c.text)).toEqual(['1', 'Việc một', 'Sở Y tế']);
    }
    // Tab-separated text under a workbook's name is split on its tabs.
    const tsv = await readWorkbookBuffer(new TextEncoder().encode('STT\tNhiệm vụ, có dấu phẩy\n1\tViệc\n'), 'b.xlsx');
    expect(tsv.sheets[0]!.rows[0]!.map((c) => c.text)).toEqual(['STT', 'Nhiệm vụ, có dấu phẩy']);
  });

  it('tells text from binary: UTF-16 and legacy encodings are text, zero bytes and controls are not', () => {
    const utf16 = new Uint8Array([...new TextEncoder().encode('STT\tNhi')].flatMap((b) => [b, 0]));
    expect(sniffHead(utf16)).toBe('text');
    expect(sniffHead(new Uint8Array([0xff, 0xfe, 0x53, 0, 0x54, 0]))).toBe('text');
    // TCVN3 letters (bytes 0xA1–0xFF) and a few VN1 capitals among the controls stay text.
    expect(sniffHead(new Uint8Array([0x53, 0xb8, 0x20, 0xa9, 0x02, 0x41, 0x42, 0x43, 0x44, 0x45, 0x0a]))).toBe('text');
    expect(sniffHead(new Uint8Array([0x53, 0x00, 0x00, 0x41, 0x01, 0x02, 0x03, 0x04]))).toBe('not-a-workbook');
    expect(sniffHead(new Uint8Array([1, 2, 3, 4, 5, 6, 0x41, 0x42]))).toBe('not-a-workbook');
    expect(sniffHead(new TextEncoder().encode('  <!DOCTYPE html><html>'))).toBe('html-file');
    expect(sniffHead(new TextEncoder().encode('<b>STT</b>,Nhiệm vụ'))).toBe('text');
    expect(sniffHead(new TextEncoder().encode('Ghi chú: xem tệp %PDF-1.4 đính kèm'))).toBe('text');
  });

  it('tells zips by their parts: a workbook wins over what else is in the package', () => {
    expect(zipKind(['[Content_Types].xml', 'xl/workbook.xml', 'word/document.xml'], null)).toBe('xlsx');
    expect(zipKind(['/xl/workbook.xml'], null)).toBe('xlsx');
    expect(zipKind(['book/workbook.xml'], null)).toBe('xlsx');
    expect(zipKind(['word/document.xml', 'customXml/workbook.xml'], null)).toBe('word-file');
    expect(zipKind(['content.xml', 'META-INF/manifest.xml'], null)).toBe('opendocument-file');
    expect(zipKind(['mimetype', 'content.xml'], 'application/vnd.oasis.opendocument.spreadsheet-template')).toBe(
      'ods-file',
    );
    expect(zipKind([], null)).toBe('zip-without-workbook');
  });
});

describe('the compound-file (OLE2) directory reader', () => {
  it('reads every name of a directory spread over many sectors (written by SheetJS cfb)', async () => {
    const c = CFB.utils.cfb_new();
    const names = Array.from({ length: 40 }, (_, i) => `Stream${i}`);
    for (const n of names) CFB.utils.cfb_add(c, n, new Uint8Array(10));
    CFB.utils.cfb_add(c, 'Workbook', new Uint8Array(9 << 20));
    const bytes = new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
    const read = await readCfbNames(bytesSource(bytes));
    expect(read).toEqual(expect.arrayContaining([...names, 'Workbook']));
    expect(await sniffFile(bytesSource(bytes))).toBe('xls-file');
  });

  it('finds a directory sector whose FAT sector is reached only through the DIFAT chain (built by hand, [MS-CFB])', async () => {
    const SECTOR = 512;
    const FAT_SECTORS = 110; // one more than the header's 109 DIFAT entries
    const DIFAT_SECTOR = FAT_SECTORS;
    const DIR = 109 * 128; // its FAT entry is in the 110th FAT sector
    const bytes = new Uint8Array((DIR + 2) * SECTOR);
    const v = new DataView(bytes.buffer);
    const at = (sector: number) => (sector + 1) * SECTOR;
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    v.setUint16(0x18, 0x3e, true);
    v.setUint16(0x1a, 3, true);
    v.setUint16(0x1c, 0xfffe, true);
    v.setUint16(0x1e, 9, true);
    v.setUint16(0x20, 6, true);
    v.setUint32(0x2c, FAT_SECTORS, true);
    v.setUint32(0x30, DIR, true);
    v.setUint32(0x38, 4096, true);
    v.setUint32(0x3c, 0xfffffffe, true);
    v.setUint32(0x44, DIFAT_SECTOR, true);
    v.setUint32(0x48, 1, true);
    for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i, true);
    for (let i = 0; i < 128; i++) v.setUint32(at(DIFAT_SECTOR) + 4 * i, i === 0 ? 109 : 0xffffffff, true);
    v.setUint32(at(DIFAT_SECTOR) + 4 * 127, 0xfffffffe, true);
    for (let i = 0; i < 128; i++) v.setUint32(at(109) + 4 * i, 0xffffffff, true);
    v.setUint32(at(109) + 0, 0xfffffffe, true); // the directory is one sector
    const entry = (index: number, name: string, type: number) => {
      const base = at(DIR) + 128 * index;
      for (let k = 0; k < name.length; k++) v.setUint16(base + 2 * k, name.charCodeAt(k), true);
      v.setUint16(base + 0x40, 2 * (name.length + 1), true);
      bytes[base + 0x42] = type;
    };
    entry(0, 'Root Entry', 5);
    entry(1, 'EncryptionInfo', 2);
    entry(2, 'EncryptedPackage', 2);
    expect(await readCfbNames(bytesSource(bytes))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    expect(await sniffFile(bytesSource(bytes))).toBe('encrypted-file');
    // The DIFAT sector pointing past the end of the file: damaged, not a crash.
    v.setUint32(0x44, DIR + 50, true);
    await expect(readCfbNames(bytesSource(bytes))).rejects.toThrow(/past the end/);
  });

  it('calls a compound file cut short damaged, never a workbook or a crash', async () => {
    const bytes = (await oddFiles()).find((f) => f.code === 'xls-file')!.bytes;
    for (const cut of [100, 600, bytes.length - 600]) {
      const e = await failure(readWorkbookBuffer(bytes.slice(0, cut), 'cu.xls'));
      expect([cut, e.code]).toEqual([cut, 'damaged-file']);
      expect(e.messageVi).toMatch(/bị hỏng hoặc không đầy đủ.*\nChi tiết: /);
    }
  });
});

describe('a damaged workbook says so, and why', () => {
  it('a truncated .xlsx is damaged, with the cause on a second line, by bytes and on disk', async () => {
    const bytes = await truncatedWorkbook();
    const path = join(dir, 'cut.xlsx');
    writeFileSync(path, bytes);
    for (const e of [await failure(readWorkbookBuffer(bytes, 'cut.xlsx')), await failure(readWorkbookFile(path))]) {
      expect(e.code).toBe('damaged-file');
      expect(e.messageVi).toMatch(/^Tệp “.*cut\.xlsx” bị hỏng hoặc không đầy đủ.*\nChi tiết: .*central directory/);
      expect(e.messageEn).toMatch(/is damaged or incomplete.*\nDetails: /);
      expect(e.cause).toBeInstanceOf(Error);
    }
  });

  it('a part that does not inflate is damaged, with zlib’s words', async () => {
    const bytes = await corruptPartWorkbook();
    const path = join(dir, 'corrupt.xlsx');
    writeFileSync(path, bytes);
    for (const e of [await failure(readWorkbookBuffer(bytes, 'corrupt.xlsx')), await failure(readWorkbookFile(path))]) {
      expect(e.code).toBe('damaged-file');
      expect(e.messageEn).toMatch(/\nDetails: .*(invalid|incorrect|unexpected)/i);
    }
  });

  it('a RangeError inside a reader is "too large for the reader", never "not a valid .xlsx"', () => {
    const e = FileReadError.fromFailure('big.xlsx', new RangeError('Invalid string length'));
    expect(e.code).toBe('reader-limit');
    expect(e.messageVi).toBe(
      'Không đọc được tệp “big.xlsx”: tệp vượt quá sức chứa của trình đọc (bộ nhớ hoặc độ dài tối đa của một chuỗi).\nChi tiết: RangeError: Invalid string length',
    );
    expect(e.messageEn).toContain('\nDetails: RangeError: Invalid string length');
    const other = FileReadError.fromFailure('x.xlsx', new Error('1:5: unclosed tag: row'));
    expect(other.code).toBe('unreadable');
    expect(other.messageEn).toBe(
      'Cannot read “x.xlsx”: it is not a valid Excel workbook (.xlsx).\nDetails: 1:5: unclosed tag: row',
    );
  });

  it('reads the part names of a zip64 directory and of a zip with a comment', async () => {
    const z = new yazl.ZipFile();
    z.addBuffer(Buffer.from('<workbook/>'), 'xl/workbook.xml', { forceZip64Format: true });
    z.end({ forceZip64Format: true, comment: '' });
    const chunks: Buffer[] = [];
    for await (const c of z.outputStream) chunks.push(c as Buffer);
    const zip64 = new Uint8Array(Buffer.concat(chunks));
    expect(await readZipDirectory(bytesSource(zip64))).toEqual({ names: ['xl/workbook.xml'], mimetype: null });
    const bytes = await workbookBytes();
    const dirOf = await readZipDirectory(bytesSource(bytes));
    expect(dirOf.names).toContain('xl/workbook.xml');
    // A comment after the end record (up to 64 KiB) does not hide it.
    const withComment = new Uint8Array(bytes.length + 10);
    withComment.set(bytes);
    withComment[bytes.length - 2] = 10;
    withComment.set(new TextEncoder().encode('ghi chu 10'), bytes.length);
    expect((await readZipDirectory(bytesSource(withComment))).names).toEqual(dirOf.names);
  });
});
