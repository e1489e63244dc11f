/**
 * Workbook files → the engine's grid. .xlsx/.xlsm are streamed part by part (src/files/xlsx: zlib
 * inflate and a SAX parse, no whole-workbook model); .csv/.tsv/.txt go through csv-parse. Merged
 * areas keep their value in the top-left cell only (as Office.js reports them); dates become ISO
 * dates; formulas give their cached result; error values their text. Inputs are never written.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { FileReadError } from './fileReadError';
import { decodeTextBytes, readDelimitedText, sheetInEncoding, unclosedQuoteLine } from './readDelimited';
import { SETTINGS_SHEET, storedSettingsFrom } from './storedSettingsFile';
import type { StoredSettings } from '../workbookPort/storedSettings';
import { parseNameReference, type NameTarget } from '../core/scan/corrections';
import { rangeAddress } from '../core/a1';
import { readXlsx, type XlsxContents } from './xlsx/readXlsx';
import { openZipBuffer, openZipFile, type ZipPackage } from './xlsx/zipPackage';
import type { DefinedNameEntry } from './xlsx/workbookPart';
import { READ_LIMITS, ReadMeter, TooLargeError, type ReadLimits } from '../core/readLimits';

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

/** "'A'!$A$1:$B$2,'A'!$D$1" → its areas (commas inside quoted sheet names do not split). */
function areasOf(formula: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  out.push(formula.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The workbook-scoped defined names → where each points now (null for #REF! or a name of several areas). */
function definedNameTargets(names: DefinedNameEntry[]): Record<string, NameTarget> {
  const out: Record<string, NameTarget> = {};
  for (const { name, localSheetId, formula } of names) {
    if (localSheetId !== undefined || name.startsWith('_xlnm.')) continue;
    const areas = areasOf(formula);
    const ref = areas.length === 1 ? parseNameReference(areas[0]!) : null;
    out[name] = ref
      ? { sheet: ref.sheet, address: rangeAddress(ref.box.top, ref.box.left, ref.box.bottom, ref.box.right) }
      : null;
  }
  return out;
}

/** The add-in's own settings sheet is not the person's: it is read as settings, not scanned. */
function isSettingsSheet(s: XlsxContents['sheets'][number]): boolean {
  return s.grid.name === SETTINGS_SHEET && s.state === 'veryHidden';
}

function inputFrom(contents: XlsxContents, withSettings: boolean): WorkbookInput {
  const sheets: SheetGrid[] = contents.sheets.filter((s) => !withSettings || !isSettingsSheet(s)).map((s) => s.grid);
  if (!withSettings) return { grid: { sheets }, stored: null, names: {} };
  const settingsA1 = contents.sheets.find((s) => s.grid.name === SETTINGS_SHEET)?.grid.rows[0]?.[0]?.value;
  return {
    grid: { sheets },
    stored: storedSettingsFrom(contents.webExtensions, settingsA1),
    names: definedNameTargets(contents.definedNames),
  };
}

/** What a reader threw → this file's error: too large (which limit), or unreadable with the cause kept. */
function readFailure(e: unknown, fileName: string): FileReadError {
  if (e instanceof FileReadError) return e;
  if (e instanceof TooLargeError)
    return FileReadError.of('too-large', fileName, { limit: e.limit, max: e.max, sheet: e.sheet }, e);
  return FileReadError.of('unreadable', fileName, {}, e);
}

async function readPackage(
  open: () => Promise<ZipPackage>,
  fileName: string,
  limits: Readonly<ReadLimits>,
): Promise<XlsxContents> {
  let pkg: ZipPackage;
  // The cause stays on the error (Error.cause) for whoever needs more than the person's message.
  try {
    pkg = await open();
  } catch (e) {
    throw FileReadError.of('unreadable', fileName, {}, e);
  }
  try {
    return await readXlsx(pkg, new ReadMeter(limits));
  } catch (e) {
    throw readFailure(e, fileName);
  } finally {
    pkg.close();
  }
}

function textInput(bytes: Uint8Array, fileName: string, ext: string, limits: Readonly<ReadLimits>): WorkbookInput {
  let sheet: SheetGrid;
  const meter = new ReadMeter(limits);
  let text = '';
  try {
    meter.bytes(bytes.byteLength);
    const decoded = decodeTextBytes(bytes);
    text = decoded.text;
    // A file in TCVN3 or VNI: split into cells as it is, each cell then converted (and marked).
    sheet = sheetInEncoding(
      readDelimitedText(text, baseName(fileName), ext === 'csv' ? undefined : '\t', meter),
      decoded.legacy,
    );
  } catch (e) {
    if (e instanceof TooLargeError) throw readFailure(e, fileName);
    // csv-parse says why (CSV_QUOTE_NOT_CLOSED …): this file's error, not the run's; the line is where
    // the quote opened.
    const { code, lines } = e as { code?: unknown; lines?: unknown };
    const reason = typeof code === 'string' ? code : undefined;
    const opened = reason === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : null;
    const line = opened ?? (typeof lines === 'number' ? lines : undefined);
    throw FileReadError.of('bad-text', fileName, { reason, line }, e);
  }
  return { grid: { sheets: [sheet] }, stored: null, names: {} };
}

const TEXT_TYPES = new Set(['csv', 'tsv', 'txt']);
const WORKBOOK_TYPES = new Set(['xlsx', 'xlsm']);

function checkType(fileName: string): string {
  const ext = extension(fileName);
  if (!TEXT_TYPES.has(ext) && !WORKBOOK_TYPES.has(ext)) throw FileReadError.of('unsupported-type', fileName);
  return ext;
}

async function readBufferInput(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  withSettings: boolean,
): Promise<WorkbookInput> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw FileReadError.of('empty-file', fileName);
  const ext = checkType(fileName);
  if (TEXT_TYPES.has(ext)) return textInput(bytes, fileName, ext, READ_LIMITS);
  return inputFrom(await readPackage(() => openZipBuffer(bytes), fileName, READ_LIMITS), withSettings);
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrid> {
  return (await readBufferInput(data, fileName, false)).grid;
}

function fileError(e: unknown, path: string): FileReadError {
  const code = (e as NodeJS.ErrnoException).code;
  return FileReadError.of(code === 'ENOENT' || code === 'EISDIR' ? 'not-found' : 'unreadable', path);
}

/** A file on disk: a workbook is read in place, part by part; a text file whole. */
async function readFileInput(
  path: string,
  withSettings: boolean,
  limits: Readonly<ReadLimits> = READ_LIMITS,
): Promise<WorkbookInput> {
  const { readFile, stat } = await import('node:fs/promises');
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = s.size;
  } catch (e) {
    throw fileError(e, path);
  }
  if (size === 0) throw FileReadError.of('empty-file', path);
  const ext = checkType(path);
  if (WORKBOOK_TYPES.has(ext)) return inputFrom(await readPackage(() => openZipFile(path), path, limits), withSettings);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileError(e, path);
  }
  return textInput(bytes, path, ext, limits);
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return (await readFileInput(path, false)).grid;
}

/** The grid (without the add-in's own settings sheet) and the corrections the add-in stored in the file. */
export async function readWorkbookFileWithSettings(
  path: string,
  limits: Readonly<ReadLimits> = READ_LIMITS,
): Promise<WorkbookInput> {
  return readFileInput(path, true, limits);
}
