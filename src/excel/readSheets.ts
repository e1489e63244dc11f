/**
 * Read every worksheet into the engine's grid, in chunks. Syncs: one for the sheet list, one for
 * every sheet's used range and merged areas together, then one per chunk, never one per row.
 */
import { parseRangeAddress, rangeAddress } from '../core/a1';
import { finishRows, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { normalizeCell } from '../core/cellValue';
import type { HostCapabilities, ReadProgress } from '../workbookPort/workbookPort';
import { ChunkSizer, isPayloadTooLarge, payloadBytes } from './chunking';
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

interface SheetShape {
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
  sheets.load('items/name');
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
    return { name: ws.name, used, all, merged };
  });
  await context.sync();
  return probes.map(({ name, used, all, merged }) => ({
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

/** Chunks of one sheet: one sync each. */
async function readSheetCells(
  context: Excel.RequestContext,
  shape: SheetShape,
  caps: HostCapabilities,
  meter: ReadMeter,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(shape.name);
  const rows: Cell[][] = [];
  const sizer = new ChunkSizer(shape.columns);
  let start = 0;
  while (start < shape.rows) {
    const count = sizer.nextRows(shape.rows - start);
    const range = ws.getRange(rangeAddress(start, 0, start + count - 1, shape.columns - 1));
    range.load('values,text,numberFormat,valueTypes');
    const props = caps.cellProperties ? range.getCellProperties({ format: { font: { bold: true } } }) : null;
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
    const bolds = props?.value;
    sizer.record(
      payloadBytes(values) +
        payloadBytes(texts) +
        payloadBytes(formats) +
        payloadBytes(types) +
        (bolds ? payloadBytes(bolds) : 0),
      count * shape.columns,
    );
    for (let r = 0; r < count; r++) {
      // Only the cells that hold something are kept (empty ones stay holes).
      const cells: Cell[] = [];
      const vr = values[r] ?? [];
      for (let c = 0; c < shape.columns; c++) {
        const text = String(texts[r]?.[c] ?? '');
        if (text === '' && (vr[c] === '' || vr[c] === null || vr[c] === undefined)) continue;
        const cell = officeCell(
          vr[c],
          text,
          String(formats[r]?.[c] ?? ''),
          String(types[r]?.[c] ?? ''),
          bolds?.[r]?.[c]?.format?.font?.bold === true,
        );
        if (!cell.text) continue;
        meter.cell(start + r, c, shape.name);
        cells[c] = cell;
      }
      rows[start + r] = cells;
    }
    start += count;
    onProgress?.({ sheet: shape.name, done: start, total: shape.rows });
  }
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
 * The read limits before any cell is read: Excel hands over every cell of the used range (from A1), so
 * the span limit bounds rows × columns of each sheet as read, and the merged areas are counted.
 */
function checkShapes(shapes: SheetShape[], meter: ReadMeter): void {
  for (const shape of shapes) {
    if (shape.rows > meter.limits.rows) throw new TooLargeError('rows', meter.limits.rows, shape.name);
    for (const m of shape.merges) meter.merged(m.top, m.left, m.bottom, m.right, shape.name);
    meter.span(shape.rows * shape.columns, shape.name);
  }
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookGrid> {
  const shapes = await readShapes(context, caps);
  const meter = new ReadMeter();
  checkShapes(shapes, meter);
  const sheets: SheetGrid[] = [];
  for (const shape of shapes) {
    sheets.push(
      shape.rows === 0 ? { name: shape.name, rows: [] } : await readSheetCells(context, shape, caps, meter, onProgress),
    );
  }
  return { sheets };
}
