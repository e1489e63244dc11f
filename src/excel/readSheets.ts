/**
 * Read every worksheet into the engine's grid, in chunks. Syncs: one for the sheet list, one for
 * every sheet's used range and merged areas together, then one per chunk, never one per row. The font
 * of each cell comes with its bold flag in the same chunk (ExcelApi 1.9): text in a legacy Vietnamese
 * font (.VnTime, VNI-Times) is read into Unicode; without the API, or for cells whose font was lost,
 * by content alone. Font names cost bytes in every response, so they are asked for in a sheet's first
 * chunk and, only when it shows a legacy font, in the rest: an ordinary sheet reads in as many syncs as
 * without them.
 */
import { parseRangeAddress, rangeAddress } from '../core/a1';
import { applyMerges, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { normalizeCell } from '../core/cellValue';
import type { LegacyFont } from '../core/text/legacyEncodings/fonts';
import type { HostCapabilities, ReadProgress } from '../workbookPort/workbookPort';
import { ChunkSizer, isPayloadTooLarge, payloadBytes, utf8Length } from './chunking';

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

interface SheetShape {
  name: string;
  rows: number;
  columns: number;
  merges: MergeInfo[];
  /** False when the host has no merged-area API (ExcelApi < 1.13). */
  mergesKnown: boolean;
}

/** Sync 1 and 2: sheet names, used ranges and merged areas. */
async function readShapes(context: Excel.RequestContext, caps: HostCapabilities): Promise<SheetShape[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const probes = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (caps.mergedAreas) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { name: ws.name, used, merged };
  });
  await context.sync();
  return probes.map(({ name, used, merged }) => ({
    name,
    // Read from A1 so that grid indexes are sheet addresses.
    rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
    columns: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
    mergesKnown: merged !== null,
  }));
}

/** Chunks of one sheet: one sync each. */
async function readSheetCells(
  context: Excel.RequestContext,
  shape: SheetShape,
  caps: HostCapabilities,
  { cellInFont, convertByContent, legacyFont }: LegacyRules,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(shape.name);
  const rows: Cell[][] = [];
  const sizer = new ChunkSizer(shape.columns);
  const fonts = new Map<string, LegacyFont | null>();
  const fontOf = (name: unknown): LegacyFont | null => {
    if (typeof name !== 'string' || !name) return null;
    let font = fonts.get(name);
    if (font === undefined) fonts.set(name, (font = legacyFont(name)));
    return font;
  };
  let wantNames = caps.cellProperties;
  let start = 0;
  while (start < shape.rows) {
    const count = sizer.nextRows(shape.rows - start);
    const range = ws.getRange(rangeAddress(start, 0, start + count - 1, shape.columns - 1));
    range.load('values,text,numberFormat,valueTypes');
    const askedNames = wantNames;
    const props = caps.cellProperties
      ? range.getCellProperties({ format: { font: askedNames ? { bold: true, name: true } : { bold: true } } })
      : null;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of rows, sized to the web's payload limit
      await context.sync();
    } catch (e) {
      // Longer cells further down than the chunk was sized for: the same rows again, in smaller chunks.
      if (isPayloadTooLarge(e) && sizer.refused(count * shape.columns)) continue;
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
      const cells: Cell[] = [];
      let last = -1;
      const vr = values[r] ?? [];
      for (let c = 0; c < shape.columns; c++) {
        const font = cellProps?.[r]?.[c]?.format?.font;
        const legacy = fontOf(font?.name);
        if (askedNames && typeof font?.name === 'string') {
          nameBytes += utf8Length(font.name) + 10; // ,"name":"…"
          if (legacy) sawLegacyFont = true;
        }
        const cell = cellInFont(
          officeCell(
            vr[c],
            String(texts[r]?.[c] ?? ''),
            String(formats[r]?.[c] ?? ''),
            String(types[r]?.[c] ?? ''),
            font?.bold === true,
          ),
          legacy,
        );
        cells.push(cell);
        if (cell.text) last = c;
      }
      cells.length = last + 1;
      rows[start + r] = cells;
    }
    wantNames = askedNames && sawLegacyFont;
    // The rate the next chunk is sized by: without the names when it will not ask for them.
    sizer.record(
      payloadBytes(values) +
        payloadBytes(texts) +
        payloadBytes(formats) +
        payloadBytes(types) +
        (cellProps ? payloadBytes(cellProps) - (askedNames && !wantNames ? nameBytes : 0) : 0),
      count * shape.columns,
    );
    start += count;
    onProgress?.({ sheet: shape.name, done: start, total: shape.rows });
  }
  convertByContent(rows);
  return { name: shape.name, rows: applyMerges(rows, shape.merges), mergesKnown: shape.mergesKnown };
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookGrid> {
  const rules = loadLegacyRules();
  const shapes = await readShapes(context, caps);
  const legacy = await rules;
  const sheets: SheetGrid[] = [];
  for (const shape of shapes) {
    sheets.push(
      shape.rows === 0
        ? { name: shape.name, rows: [] }
        : await readSheetCells(context, shape, caps, legacy, onProgress),
    );
  }
  return { sheets };
}
