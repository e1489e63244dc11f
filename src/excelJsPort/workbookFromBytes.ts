/**
 * The bytes of a file opened in the browser (the playground's file picker or drop) → an ExcelJS
 * workbook, after the same content sniffing the command line does (src/files/kind/fileKind.ts): a
 * .docx, .xls, encrypted or damaged file is refused with its own message (a FileReadError, in both
 * languages), whatever its name; a workbook under another name is opened. ExcelJS's own failures keep
 * their cause (damaged, too large for the reader, or not a valid workbook, with the reader's words).
 * A workbook over the read limits is refused (HostError 'workbook-too-large') before ExcelJS loads it.
 */
import ExcelJS from 'exceljs';
import { FileReadError } from '../files/fileReadError';
import { bytesSource } from '../files/kind/byteSource';
import { sniffFile, type FileKind } from '../files/kind/fileKind';
import { openJsZip } from '../files/xlsx/jszipPackage';
import { readXlsx } from '../files/xlsx/readXlsx';
import { ReadMeter, TooLargeError } from '../core/readLimits';
import { HostError } from '../workbookPort/hostError';

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
  await checkReadLimits(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw FileReadError.fromFailure(name, e);
  }
  return wb;
}

/**
 * The read limits, with the streamed reader the command line uses (parts inflated as streams, merges
 * never walked): ExcelJS builds every cell of a merged area and every part in memory, so a hostile file
 * must be refused before it reaches ExcelJS.
 */
async function checkReadLimits(bytes: Uint8Array): Promise<void> {
  try {
    const meter = new ReadMeter();
    await readXlsx(await openJsZip(bytes, meter), meter);
  } catch (e) {
    if (e instanceof TooLargeError) throw HostError.tooLarge(e);
    // Anything else is ExcelJS's to say (it reads some packages the streamed reader does not).
  }
}
