/**
 * Read every worksheet into the engine's grid, in chunks. Syncs: one for the sheet list, one for
 * every sheet's used range and merged areas together, one more when a sheet is read by its areas of
 * content (SPARSE_READ_FROM), then one per chunk, never one per row. The font of each cell comes with
 * its bold flag in the same chunk (ExcelApi 1.9): text in a legacy Vietnamese font (.VnTime, VNI-Times)
 * is read into Unicode; without the API, or for cells whose font was lost, by content alone. Font names
 * cost bytes in every response, so they are asked for in a sheet's first chunk and, only when it shows a
 * legacy font, in the rest: an ordinary sheet reads in as many syncs as without them.
 */
import { parseRangeAddress, rangeAddress } from '../core/a1';
import { finishRows, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { normalizeCell } from '../core/cellValue';
import type { LegacyFont } from '../core/text/legacyEncodings/fonts';
import type { HostCapabilities, ReadProgress, SheetRef } from '../workbookPort/workbookPort';
import { explainNotFound } from './scannedSheets';
import { ChunkSizer, isPayloadTooLarge, payloadBytes, utf8Length } from './chunking';
import { ReadMeter, TooLargeError } from '../core/readLimits';

/** "Sheet1!A1:C2, 'My, sheet'!D4" → merged areas (0-based). */
export function parseAreas(address: string): MergeInfo[] {
  const out: MergeInfo[] = [];
  // Addresses are separated by commas outside quoted sheet names.
  const parts = address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  for (const part of parts) {
    const box = parseRangeAddress(part);
    if (box && (box.bottom > box.top || box.right > box.left)) out.push(box);
  }
  return out;
}

/** One cell from what Office returns for it. */
export function officeCell(value: unknown, text: string, format: string, type: string, bold: boolean): Cell {
  return normalizeCell({ value, text, format, error: type === 'Error', bold });
}

/**
 * The legacy-encoding rules (tables, detection), loaded on demand with the engine's chunk while the
 * first syncs run: the pane's first load does not carry them (see "Production bundle" in the README).
 */
async function loadLegacyRules() {
  const [cells, fonts] = await Promise.all([
    import(/* webpackChunkName: "taskpane-engine" */ '../core/text/legacyEncodings/legacyCells'),
    import(/* webpackChunkName: "taskpane-engine" */ '../core/text/legacyEncodings/fonts'),
  ]);
  return { cellInFont: cells.cellInFont, convertByContent: cells.convertByContent, legacyFont: fonts.legacyFont };
}
type LegacyRules = Awaited<ReturnType<typeof loadLegacyRules>>;

/** A sheet's fonts as read so far: each name's legacy font (or null), and whether to go on asking for names. */
class SheetFonts {
  private readonly known = new Map<string, LegacyFont | null>();
  /** Ask for font names in the next chunk: in the first, and after it only while they show a legacy font. */
  wantNames: boolean;

  constructor(
    readonly rules: LegacyRules,
    caps: HostCapabilities,
  ) {
    this.wantNames = caps.cellProperties;
  }

  of(name: unknown): LegacyFont | null {
    if (typeof name !== 'string' || !name) return null;
    let font = this.known.get(name);
    if (font === undefined) this.known.set(name, (font = this.rules.legacyFont(name)));
    return font;
  }
}

interface SheetShape {
  /** Worksheet.id: the chunks are read by id, so a sheet renamed while it is read is still the one read. */
  id: string;
  name: string;
  rows: number;
  columns: number;
  merges: MergeInfo[];
  /** False when the host has no merged-area API (ExcelApi < 1.13). */
  mergesKnown: boolean;
  usedRange: { rows: number; columns: number } | undefined;
}

/** Sync 1 and 2: sheet names, used ranges and merged areas. */
async function readShapes(context: Excel.RequestContext, caps: HostCapabilities): Promise<SheetShape[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const probes = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    // Excel's own used range (formatted cells too): said when it is far larger than the values.
    const all = ws.getUsedRangeOrNullObject(false);
    all.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (caps.mergedAreas) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { id: ws.id, name: ws.name, used, all, merged };
  });
  await context.sync();
  return probes.map(({ id, name, used, all, merged }) => ({
    id,
    name,
    // Read from A1 so that grid indexes are sheet addresses.
    rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
    columns: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
    mergesKnown: merged !== null,
    usedRange: all.isNullObject
      ? undefined
      : { rows: all.rowIndex + all.rowCount, columns: all.columnIndex + all.columnCount },
  }));
}

/** A 0-based box of cells to read. */
type Region = MergeInfo;

/** Chunks of one region of a sheet, one sync each, into `rows`. */
async function readRegion(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetName: string,
  region: Region,
  rows: Cell[][],
  caps: HostCapabilities,
  meter: ReadMeter,
  fonts: SheetFonts,
  progress: (rowsDone: number) => void,
): Promise<void> {
  const width = region.right - region.left + 1;
  const sizer = new ChunkSizer(width);
  let start = region.top;
  while (start <= region.bottom) {
    const count = sizer.nextRows(region.bottom - start + 1);
    const range = ws.getRange(rangeAddress(start, region.left, start + count - 1, region.right));
    range.load('values,text,numberFormat,valueTypes');
    const askedNames = fonts.wantNames;
    const props = caps.cellProperties
      ? range.getCellProperties({ format: { font: askedNames ? { bold: true, name: true } : { bold: true } } })
      : null;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of rows, sized to the web's payload limit
      await context.sync();
    } catch (e) {
      // Longer cells further down than the chunk was sized for: the same rows again, in smaller chunks.
      if (isPayloadTooLarge(e) && sizer.refused(count * width)) continue;
      throw e;
    }
    const values = range.values;
    const texts = range.text;
    const formats = range.numberFormat;
    const types = range.valueTypes;
    const cellProps = props?.value;
    let nameBytes = 0;
    let sawLegacyFont = false;
    for (let r = 0; r < count; r++) {
      // Only the cells that hold something are kept (empty ones stay holes).
      const row = start + r;
      const cells = (rows[row] ??= []);
      const vr = values[r] ?? [];
      for (let i = 0; i < width; i++) {
        const text = String(texts[r]?.[i] ?? '');
        if (text === '' && (vr[i] === '' || vr[i] === null || vr[i] === undefined)) continue;
        const font = cellProps?.[r]?.[i]?.format?.font;
        const legacy = fonts.of(font?.name);
        if (askedNames && typeof font?.name === 'string') {
          nameBytes += utf8Length(font.name) + 10; // ,"name":"…"
          if (legacy) sawLegacyFont = true;
        }
        const cell = fonts.rules.cellInFont(
          officeCell(vr[i], text, String(formats[r]?.[i] ?? ''), String(types[r]?.[i] ?? ''), font?.bold === true),
          legacy,
        );
        if (!cell.text) continue;
        meter.cell(row, region.left + i, sheetName);
        cells[region.left + i] = cell;
      }
    }
    fonts.wantNames = askedNames && sawLegacyFont;
    // The rate the next chunk is sized by: without the names when it will not ask for them.
    sizer.record(
      payloadBytes(values) +
        payloadBytes(texts) +
        payloadBytes(formats) +
        payloadBytes(types) +
        (cellProps ? payloadBytes(cellProps) - (askedNames && !fonts.wantNames ? nameBytes : 0) : 0),
      count * width,
    );
    start += count;
    progress(count);
  }
}

/** One sheet, region by region. */
async function readSheetCells(
  context: Excel.RequestContext,
  shape: SheetShape,
  regions: Region[],
  caps: HostCapabilities,
  meter: ReadMeter,
  rules: LegacyRules,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(shape.id);
  const rows: Cell[][] = [];
  const total = regions.reduce((n, g) => n + g.bottom - g.top + 1, 0);
  let done = 0;
  const fonts = new SheetFonts(rules, caps);
  for (const region of regions)
    await readRegion(context, ws, shape.name, region, rows, caps, meter, fonts, (n) => {
      done += n;
      onProgress?.({ sheet: shape.name, done, total });
    });
  rules.convertByContent(rows);
  const grid: SheetGrid = {
    name: shape.name,
    rows: finishRows(rows, shape.merges),
    merges: shape.merges,
    mergesKnown: shape.mergesKnown,
  };
  if (shape.usedRange && shape.usedRange.rows * shape.usedRange.columns > shape.rows * shape.columns)
    grid.usedRange = shape.usedRange;
  return grid;
}

/**
 * A sheet larger than this (rows × columns from A1) is read by its areas of content, not whole: Excel
 * names the cells that hold constants and formulas ("Go To Special"), and only the blocks around them
 * are read. Below it, one box from A1 costs fewer syncs.
 */
export const SPARSE_READ_FROM = 1_000_000;

/**
 * Areas → the boxes to read: an area joins a box when the box grown to hold it stays at most twice the
 * cells of what it holds (a table's rows and columns, split by its empty cells, make one box; a stray
 * value far away stays a box of its own).
 */
export function regionsOf(areas: Region[]): Region[] {
  const boxes: { box: Region; cells: number }[] = [];
  const area = (b: Region) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
  const sorted = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  for (const a of sorted) {
    const cells = area(a);
    let joined = false;
    for (const g of boxes) {
      const union = {
        top: Math.min(g.box.top, a.top),
        left: Math.min(g.box.left, a.left),
        bottom: Math.max(g.box.bottom, a.bottom),
        right: Math.max(g.box.right, a.right),
      };
      if (area(union) <= 2 * (g.cells + cells) + 64) {
        g.box = union;
        g.cells += cells;
        joined = true;
        break;
      }
    }
    if (!joined) boxes.push({ box: { ...a }, cells });
  }
  // Boxes grown into each other are read once.
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < boxes.length && !merged; i++)
      for (let j = i + 1; j < boxes.length && !merged; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) {
          boxes[i] = {
            box: {
              top: Math.min(a.top, b.top),
              left: Math.min(a.left, b.left),
              bottom: Math.max(a.bottom, b.bottom),
              right: Math.max(a.right, b.right),
            },
            cells: boxes[i]!.cells + boxes[j]!.cells,
          };
          boxes.splice(j, 1);
          merged = true;
        }
      }
  }
  return boxes.map((g) => g.box).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** "Sheet1!A1:C2, 'My, sheet'!D4" → every area, single cells included (0-based). */
function parseAllAreas(address: string): Region[] {
  const parts = address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  const out: Region[] = [];
  for (const part of parts) {
    const box = parseRangeAddress(part);
    if (box) out.push(box);
  }
  return out;
}

/**
 * What to read of each sheet: the box from A1, or, for a sheet over SPARSE_READ_FROM on a host with
 * "Go To Special" (ExcelApi 1.9), the boxes around its content (one sync for every such sheet).
 */
async function regionsToRead(
  context: Excel.RequestContext,
  shapes: SheetShape[],
  caps: HostCapabilities,
): Promise<Region[][]> {
  const whole = (s: SheetShape): Region[] =>
    s.rows === 0 ? [] : [{ top: 0, left: 0, bottom: s.rows - 1, right: s.columns - 1 }];
  const sparse = shapes.map((s) => caps.multiAreaRanges && s.rows * s.columns > SPARSE_READ_FROM);
  if (!sparse.some(Boolean)) return shapes.map(whole);
  const probes = shapes.map((s, i) => {
    if (!sparse[i]) return null;
    const all = context.workbook.worksheets.getItem(s.id).getRange();
    const constants = all.getSpecialCellsOrNullObject(Excel.SpecialCellType.constants);
    const formulas = all.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
    constants.load('address');
    formulas.load('address');
    return [constants, formulas] as const;
  });
  await context.sync();
  return shapes.map((s, i) => {
    const p = probes[i];
    if (!p) return whole(s);
    const areas = p.flatMap((a) => (a.isNullObject ? [] : parseAllAreas(a.address)));
    return regionsOf(areas);
  });
}

/**
 * The read limits before any cell is read: Excel hands over every cell of the used range (from A1), so
 * the span limit bounds rows × columns of each sheet as read, and the merged areas are counted.
 */
function checkShapes(shapes: SheetShape[], regions: Region[][], meter: ReadMeter): void {
  shapes.forEach((shape, i) => {
    if (shape.rows > meter.limits.rows) throw new TooLargeError('rows', meter.limits.rows, shape.name);
    for (const m of shape.merges) meter.merged(m.top, m.left, m.bottom, m.right, shape.name);
    for (const g of regions[i]!) meter.span((g.bottom - g.top + 1) * (g.right - g.left + 1), shape.name);
  });
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
): Promise<{ grid: WorkbookGrid; sheets: SheetRef[] }> {
  const rulesLoading = loadLegacyRules();
  const shapes = await readShapes(context, caps);
  const regions = await regionsToRead(context, shapes, caps);
  const meter = new ReadMeter();
  checkShapes(shapes, regions, meter);
  const rules = await rulesLoading;
  const sheets: SheetGrid[] = [];
  try {
    for (const [i, shape] of shapes.entries()) {
      sheets.push(
        regions[i]!.length === 0
          ? { name: shape.name, rows: [] }
          : await readSheetCells(context, shape, regions[i]!, caps, meter, rules, onProgress),
      );
    }
  } catch (e) {
    // A sheet deleted while it was being read: say which.
    throw await explainNotFound(context, e, shapes);
  }
  return { grid: { sheets }, sheets: shapes.map(({ id, name }) => ({ id, name })) };
}
