/**
 * The bytes of a file opened in the browser (the playground's file picker or drop) → an ExcelJS
 * workbook, after the same content sniffing the command line does (src/files/kind/fileKind.ts): a
 * .docx, .xls, encrypted or damaged file is refused with its own message (a FileReadError, in both
 * languages), whatever its name; a workbook under another name is opened. ExcelJS's own failures keep
 * their cause (damaged, too large for the reader, or not a valid workbook, with the reader's words).
 */
import ExcelJS from 'exceljs';
import { FileReadError } from '../files/fileReadError';
import { bytesSource } from '../files/kind/byteSource';
import { sniffFile, type FileKind } from '../files/kind/fileKind';

/** A text file (CSV, TSV): the command line reads it, the browser's workbook view does not. */
export class TextFileError extends Error {
  readonly textFile = true;
  constructor(readonly fileName: string) {
    super(`${fileName} is a text file, not a workbook`);
    this.name = 'TextFileError';
  }
}

export async function workbookFromBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw FileReadError.of('empty-file', name);
  let kind: FileKind;
  try {
    kind = await sniffFile(bytesSource(bytes));
  } catch (e) {
    throw FileReadError.fromFailure(name, e);
  }
  if (kind === 'text') throw new TextFileError(name);
  if (kind !== 'xlsx') throw FileReadError.of(kind, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw FileReadError.fromFailure(name, e);
  }
  return wb;
}
