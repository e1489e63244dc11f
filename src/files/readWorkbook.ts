/**
 * Workbook files → the engine's grid. What a file is comes from its content, not its name
 * (src/files/kind: an .xlsx named .csv is read as a workbook, a .docx named .xlsx refused as a Word
 * document). .xlsx/.xlsm are streamed part by part (src/files/xlsx: zlib inflate and a SAX parse, no
 * whole-workbook model); text (.csv/.tsv/.txt, or under any other name) goes through csv-parse. Merged
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
import type { FileHandle } from 'node:fs/promises';
import { openZipBuffer, openZipFile, type ZipPackage } from './xlsx/zipPackage';
import type { DefinedNameEntry } from './xlsx/workbookPart';
import { READ_LIMITS, ReadMeter, TooLargeError, type ReadLimits } from '../core/readLimits';
import { NotAWorkbookError } from './xlsx/readXlsx';
import { bytesSource, type ByteSource } from './kind/byteSource';
import { sniffFile, type FileKind } from './kind/fileKind';

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

async function readPackage(
  open: () => Promise<ZipPackage>,
  fileName: string,
  limits: Readonly<ReadLimits>,
): Promise<XlsxContents> {
  // The cause stays on the error (Error.cause) and in its message's “Details:” line.
  let pkg: ZipPackage;
  try {
    pkg = await open();
  } catch (e) {
    throw FileReadError.fromFailure(fileName, e);
  }
  try {
    return await readXlsx(pkg, new ReadMeter(limits));
  } catch (e) {
    // No workbook part where the package's relationships point (the names looked like one).
    if (e instanceof NotAWorkbookError) throw FileReadError.of('zip-without-workbook', fileName, {}, e);
    throw FileReadError.fromFailure(fileName, e);
  } finally {
    pkg.close();
  }
}

/**
 * The delimiter by the name where it says one (.tsv and .txt: tab; .csv: comma or semicolon, found
 * by csv-parse's caller), else by the text: tab when its first lines hold more tabs than commas and
 * semicolons (a text file under another name, such as a .csv renamed .xlsx).
 */
function delimiterOf(text: string, ext: string): '\t' | undefined {
  if (ext === 'csv') return undefined;
  if (ext === 'tsv' || ext === 'txt') return '\t';
  const head = text.slice(0, 4096);
  const count = (re: RegExp) => head.match(re)?.length ?? 0;
  return count(/\t/g) > count(/[,;]/g) ? '\t' : undefined;
}

function textInput(bytes: Uint8Array, fileName: string, limits: Readonly<ReadLimits>): WorkbookInput {
  let sheet: SheetGrid;
  const meter = new ReadMeter(limits);
  let text = '';
  try {
    meter.bytes(bytes.byteLength);
    const decoded = decodeTextBytes(bytes);
    text = decoded.text;
    // A file in TCVN3 or VNI: split into cells as it is, each cell then converted (and marked).
    sheet = sheetInEncoding(
      readDelimitedText(text, baseName(fileName), delimiterOf(text, extension(fileName)), meter),
      decoded.legacy,
    );
  } catch (e) {
    if (e instanceof TooLargeError) throw FileReadError.fromFailure(fileName, e);
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

/** What the file is by its content (its name is not asked): a workbook, text, or its own refusal. */
async function kindOf(source: ByteSource, fileName: string): Promise<'xlsx' | 'text'> {
  let kind: FileKind;
  try {
    kind = await sniffFile(source);
  } catch (e) {
    throw FileReadError.fromFailure(fileName, e);
  }
  if (kind !== 'xlsx' && kind !== 'text') throw FileReadError.of(kind, fileName);
  return kind;
}

async function readBufferInput(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  withSettings: boolean,
): Promise<WorkbookInput> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw FileReadError.of('empty-file', fileName);
  if ((await kindOf(bytesSource(bytes), fileName)) === 'text') return textInput(bytes, fileName, READ_LIMITS);
  return inputFrom(await readPackage(() => openZipBuffer(bytes), fileName, READ_LIMITS), withSettings);
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrid> {
  return (await readBufferInput(data, fileName, false)).grid;
}

/** A file on disk: what it is from its first bytes and directory, then a workbook read in place, part by part, or a text file whole. */
async function readFileInput(
  path: string,
  withSettings: boolean,
  limits: Readonly<ReadLimits> = READ_LIMITS,
): Promise<WorkbookInput> {
  const { open, readFile } = await import('node:fs/promises');
  let kind: 'xlsx' | 'text';
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const s = await handle.stat();
    if (s.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (s.size === 0) throw FileReadError.of('empty-file', path);
    kind = await kindOf(fileSource(handle, s.size), path);
  } catch (e) {
    throw e instanceof FileReadError ? e : FileReadError.fromFileSystem(path, e);
  } finally {
    await handle?.close();
  }
  if (kind === 'xlsx') return inputFrom(await readPackage(() => openZipFile(path), path, limits), withSettings);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw FileReadError.fromFileSystem(path, e);
  }
  return textInput(bytes, path, limits);
}

/** A ByteSource over an open file (reads only the places asked for). */
function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, offset);
      return buffer.subarray(0, bytesRead);
    },
  };
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
