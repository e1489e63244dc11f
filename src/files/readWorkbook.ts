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
import { readStoredSettings, SETTINGS_SHEET } from './storedSettingsFile';
import type { StoredSettings } from '../workbookPort/storedSettings';
import { parseNameReference, type NameTarget } from '../core/scan/corrections';
import { rangeAddress } from '../core/a1';

export { FileReadError };

function extension(name: string): string {
  return /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** A workbook read with the add-in's settings stored in it (null when none, or a text file). */
export interface WorkbookInput {
  grid: WorkbookGrid;
  stored: StoredSettings | null;
  /** Where each workbook-scoped Name points now (the add-in keeps its corrections on Names). */
  names: Record<string, NameTarget>;
}

/** The workbook's defined names → where each points now (null for #REF! or a name of several areas). */
function definedNameTargets(wb: ExcelJS.Workbook): Record<string, NameTarget> {
  const out: Record<string, NameTarget> = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  for (const { name, ranges } of model) {
    const ref = ranges.length === 1 ? parseNameReference(ranges[0]!) : null;
    out[name] = ref
      ? { sheet: ref.sheet, address: rangeAddress(ref.box.top, ref.box.left, ref.box.bottom, ref.box.right) }
      : null;
  }
  return out;
}

async function readInput(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  withSettings: boolean,
): Promise<WorkbookInput> {
  const ext = extension(fileName);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw FileReadError.of('empty-file', fileName);
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const text = decodeText(bytes);
    return {
      grid: { sheets: [readDelimitedText(text, baseName(fileName), ext === 'csv' ? undefined : '\t')] },
      stored: null,
      names: {},
    };
  }
  if (ext !== 'xlsx' && ext !== 'xlsm') throw FileReadError.of('unsupported-type', fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw FileReadError.of('unreadable', fileName);
  }
  if (!withSettings) return { grid: gridFromExcelJs(wb), stored: null, names: {} };
  // The add-in's settings sheet is not the person's: it is read as settings, not scanned.
  const grid = gridFromExcelJs(wb, (ws) => ws.name === SETTINGS_SHEET && ws.state === 'veryHidden');
  return { grid, stored: await readStoredSettings(wb, bytes), names: definedNameTargets(wb) };
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrid> {
  return (await readInput(data, fileName, false)).grid;
}

async function readBytes(path: string): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw FileReadError.of(code === 'ENOENT' || code === 'EISDIR' ? 'not-found' : 'unreadable', path);
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookBuffer(await readBytes(path), path);
}

/** The grid (without the add-in's own settings sheet) and the corrections the add-in stored in the file. */
export async function readWorkbookFileWithSettings(path: string): Promise<WorkbookInput> {
  return readInput(await readBytes(path), path, true);
}
