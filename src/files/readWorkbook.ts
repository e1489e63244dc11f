/**
 * Workbook files → the engine's grid. .xlsx/.xlsm through ExcelJS; .csv/.tsv/.txt through csv-parse.
 * Merged areas keep their value in the top-left cell only (as Office.js reports them); dates become
 * ISO dates; formulas give their cached result; error values their text. Inputs are never written.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../core/grid';
import { gridFromExcelJs } from './excelJsGrid';
import { FileReadError } from './fileReadError';
import { decodeText, readDelimitedText } from './readDelimited';

export { FileReadError };

function extension(name: string): string {
  return /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrid> {
  const ext = extension(fileName);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw FileReadError.of('empty-file', fileName);
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const text = decodeText(bytes);
    return { sheets: [readDelimitedText(text, baseName(fileName), ext === 'csv' ? undefined : '\t')] };
  }
  if (ext !== 'xlsx' && ext !== 'xlsm') throw FileReadError.of('unsupported-type', fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw FileReadError.of('unreadable', fileName);
  }
  return gridFromExcelJs(wb);
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const { readFile } = await import('node:fs/promises');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw FileReadError.of(code === 'ENOENT' || code === 'EISDIR' ? 'not-found' : 'unreadable', path);
  }
  return readWorkbookBuffer(bytes, path);
}
