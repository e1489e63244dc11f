/**
 * Read every worksheet into the engine's grid, in chunks. Syncs: one for the sheet list, one for
 * every sheet's used range and merged areas together, then one per chunk, never one per row.
 */
import { parseRangeAddress, rangeAddress } from '../core/a1';
import { applyMerges, type Cell, type MergeInfo, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { normalizeCell } from '../core/cellValue';
import type { HostCapabilities, ReadProgress, SheetRef } from '../workbookPort/workbookPort';
import { explainNotFound } from './scannedSheets';
import { ChunkSizer, isPayloadTooLarge, payloadBytes } from './chunking';

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
  /** Worksheet.id: the chunks are read by id, so a sheet renamed while it is read is still the one read. */
  id: string;
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
  sheets.load('items/name,items/id');
  await context.sync();
  const probes = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: Excel.RangeAreas | null = null;
    if (caps.mergedAreas) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { id: ws.id, name: ws.name, used, merged };
  });
  await context.sync();
  return probes.map(({ id, name, used, merged }) => ({
    id,
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
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(shape.id);
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
      const cells: Cell[] = [];
      let last = -1;
      const vr = values[r] ?? [];
      for (let c = 0; c < shape.columns; c++) {
        const cell = officeCell(
          vr[c],
          String(texts[r]?.[c] ?? ''),
          String(formats[r]?.[c] ?? ''),
          String(types[r]?.[c] ?? ''),
          bolds?.[r]?.[c]?.format?.font?.bold === true,
        );
        cells.push(cell);
        if (cell.text) last = c;
      }
      cells.length = last + 1;
      rows[start + r] = cells;
    }
    start += count;
    onProgress?.({ sheet: shape.name, done: start, total: shape.rows });
  }
  return { name: shape.name, rows: applyMerges(rows, shape.merges), mergesKnown: shape.mergesKnown };
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
): Promise<{ grid: WorkbookGrid; sheets: SheetRef[] }> {
  const shapes = await readShapes(context, caps);
  const sheets: SheetGrid[] = [];
  try {
    for (const shape of shapes) {
      sheets.push(
        shape.rows === 0 ? { name: shape.name, rows: [] } : await readSheetCells(context, shape, caps, onProgress),
      );
    }
  } catch (e) {
    // A sheet deleted while it was being read: say which.
    throw await explainNotFound(context, e, shapes);
  }
  return { grid: { sheets }, sheets: shapes.map(({ id, name }) => ({ id, name })) };
}
