/**
 * What a file is, told by its content, never its name: the first bytes, then for a zip its part names
 * (and OpenDocument's `mimetype`), for a compound file (OLE2) its stream names. Pure; the command line
 * (src/files/readWorkbook.ts) and the browser (src/excelJsPort/openWorkbookBytes.ts) both decide with it.
 */
import { isCfb, readCfbNames } from './cfbDirectory';
import type { ByteSource } from './byteSource';
import { readZipDirectory } from './zipDirectory';
import { utf16Encoding } from './utf16';

/** The kinds that are refused, each with its own message (src/files/fileText.ts). */
export type RefusedKind =
  | 'word-file'
  | 'powerpoint-file'
  | 'ods-file'
  | 'opendocument-file'
  | 'zip-without-workbook'
  | 'xlsb-file'
  | 'xls-file'
  | 'encrypted-file'
  | 'pdf-file'
  | 'html-file'
  | 'xml-spreadsheet'
  | 'not-a-workbook';

/** `xlsx`: an Office Open XML workbook (.xlsx/.xlsm); `text`: delimited text (.csv, .tsv, .txt). */
export type FileKind = 'xlsx' | 'text' | RefusedKind;

/** How many first bytes `sniffHead` looks at. */
export const HEAD_BYTES = 4096;

export type HeadKind = 'zip' | 'cfb' | 'pdf' | 'html-file' | 'xml-spreadsheet' | 'text' | 'not-a-workbook';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Local file header, empty archive, spanned archive: every way a zip starts. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

/** The head as lower-case ASCII with the zero bytes of UTF-16 dropped, for the markup signatures. */
function asciiOf(head: Uint8Array): string {
  let s = '';
  for (let i = 0; i < head.length && s.length < 1024; i++) if (head[i] !== 0) s += String.fromCharCode(head[i]!);
  return s.toLowerCase();
}

/**
 * Text is what has no zero byte (UTF-16 aside) and few control characters: tab, line breaks, form
 * feed and the DOS end-of-file mark are text's own, and the legacy Vietnamese encodings put a few
 * letters among the other controls (VN1/TCVN3 and VNI capitals), so up to 1 in 10 is allowed.
 */
function isText(head: Uint8Array): boolean {
  if (utf16Encoding(head)) return true;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) controls++;
  }
  return controls * 10 <= head.length;
}

/** What the first bytes say. */
export function sniffHead(head: Uint8Array): HeadKind {
  if (ZIP_SIGNATURES.some((s) => startsWith(head, s))) return 'zip';
  if (isCfb(head)) return 'cfb';
  const ascii = asciiOf(head);
  // "%PDF-" may follow some bytes of junk (up to 1024, the PDF reference says).
  if (ascii.startsWith('%pdf-') || (ascii.includes('%pdf-') && !isText(head.subarray(0, 64)))) return 'pdf';
  if (!isText(head)) return 'not-a-workbook';
  const markup = ascii.replace(/^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, '').trimStart();
  if (markup.startsWith('<')) {
    if (ascii.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
    if (/^<(!doctype html|html|head|body|table|meta)\b/.test(markup) || /^<\?xml[^>]*>\s*<html\b/.test(markup))
      return 'html-file';
  }
  return 'text';
}

/** What a zip is, from its part names and OpenDocument's stored `mimetype`. */
export function zipKind(names: readonly string[], mimetype: string | null): FileKind {
  const lower = names.map((n) => n.replace(/^\/+/, '').toLowerCase());
  const has = (test: (n: string) => boolean) => lower.some(test);
  const mime = mimetype?.trim().toLowerCase() ?? '';
  if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods-file';
  if (mime.startsWith('application/vnd.oasis.opendocument.')) return 'opendocument-file';
  if (has((n) => /^xl\/workbook\d*\.bin$/.test(n))) return 'xlsb-file';
  // The workbook part is where the package's relationships say; Excel and every other producer
  // put it at xl/workbook.xml, a few elsewhere under the same name (not inside a Word or PowerPoint
  // package, whose own parts say what it is).
  if (has((n) => /^xl\/workbook\d*\.xml$/.test(n))) return 'xlsx';
  if (has((n) => n.startsWith('word/'))) return 'word-file';
  if (has((n) => n.startsWith('ppt/'))) return 'powerpoint-file';
  if (has((n) => /(^|\/)workbook\d*\.xml$/.test(n))) return 'xlsx';
  // An OpenDocument file whose mimetype was compressed (against the standard): which kind is unknown.
  if (has((n) => n === 'content.xml') && has((n) => n === 'meta-inf/manifest.xml')) return 'opendocument-file';
  return 'zip-without-workbook';
}

/** What a compound file (OLE2) is, from its stream names. */
export function cfbKind(names: readonly string[]): FileKind {
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  // An .xlsx (or .docx) saved with a password: the package, encrypted, in a compound file ([MS-OFFCRYPTO]).
  if (has('EncryptionInfo') && has('EncryptedPackage')) return 'encrypted-file';
  // BIFF8 (Excel 97-2003) keeps its records in "Workbook", BIFF5 (Excel 5/95) in "Book".
  if (has('Workbook') || has('Book')) return 'xls-file';
  if (has('WordDocument')) return 'word-file';
  if (has('PowerPoint Document')) return 'powerpoint-file';
  return 'not-a-workbook';
}

/**
 * What the file is. A zip or compound file that is cut short or damaged where its directory should
 * be throws a DamagedFileError (src/files/kind/byteSource.ts).
 */
export async function sniffFile(source: ByteSource): Promise<FileKind> {
  const head = await source.read(0, HEAD_BYTES);
  const kind = sniffHead(head);
  switch (kind) {
    case 'zip': {
      const { names, mimetype } = await readZipDirectory(source);
      return zipKind(names, mimetype);
    }
    case 'cfb':
      return cfbKind(await readCfbNames(source));
    case 'pdf':
      return 'pdf-file';
    default:
      return kind;
  }
}
