/**
 * Workbook-scoped Names (ExcelApi 1.4) that anchor a person's table corrections: Excel moves a Name
 * when rows or columns are inserted, and leaves #REF! when its range is deleted. And the selection
 * (getSelectedRanges, 1.9, for the number of areas; getSelectedRange before), with the block of
 * non-empty cells around a single selected cell.
 */
import { cellAddress, parseRangeAddress, rangeAddress } from '../core/a1';
import { nameReference, parseNameReference, type NameTarget } from '../core/scan/corrections';
import { currentRegion } from '../core/scan/selection';
import type { HostCapabilities, NameWrite, SelectionRead } from '../workbookPort/workbookPort';
import { explainNotFound } from './scannedSheets';

const NAME_COMMENT = 'Appendix Tracker: a table correction';
/** How far around a single selected cell its region is looked for. */
const REGION_ROWS_UP = 300;
const REGION_ROWS_DOWN = 3000;
const REGION_COLS = 60;

/**
 * 2 syncs: which Names exist, then delete and add. A Name on a sheet whose id is known refers to a
 * range of that sheet found by id (a sheet renamed since the scan is still the one named).
 */
export async function writeNames(context: Excel.RequestContext, set: NameWrite[], remove: string[]): Promise<void> {
  const names = context.workbook.names;
  const items = [...set.map((s) => s.name), ...remove].map((n) => names.getItemOrNullObject(n));
  await context.sync();
  for (const item of items) if (!item.isNullObject) item.delete();
  for (const s of set) {
    const reference = s.sheetId
      ? context.workbook.worksheets.getItem(s.sheetId).getRange(s.address)
      : nameReference(s.sheet, s.address);
    names.add(s.name, reference, NAME_COMMENT);
  }
  try {
    await context.sync();
  } catch (e) {
    const refs = set.flatMap((s) => (s.sheetId ? [{ id: s.sheetId, name: s.sheet }] : []));
    throw await explainNotFound(context, e, refs);
  }
}

/** 1 sync. */
export async function resolveNames(context: Excel.RequestContext, list: string[]): Promise<Record<string, NameTarget>> {
  const items = list.map((n) => {
    const item = context.workbook.names.getItemOrNullObject(n);
    item.load('value');
    return item;
  });
  await context.sync();
  const out: Record<string, NameTarget> = {};
  list.forEach((n, i) => {
    const item = items[i]!;
    const where = item.isNullObject ? null : parseNameReference(String(item.value));
    out[n] = where
      ? { sheet: where.sheet, address: rangeAddress(where.box.top, where.box.left, where.box.bottom, where.box.right) }
      : null;
  });
  return out;
}

/** 1 sync for a range, 2 for a single cell (the cells around it are read to find its region). */
export async function readSelection(context: Excel.RequestContext, caps: HostCapabilities): Promise<SelectionRead> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load('name,id');
  let address: string;
  let areas: number;
  if (caps.multiAreaRanges) {
    const sel = context.workbook.getSelectedRanges();
    sel.load('address,areaCount');
    await context.sync();
    address = sel.address;
    areas = sel.areaCount;
  } else {
    const sel = context.workbook.getSelectedRange();
    sel.load('address');
    try {
      await context.sync();
    } catch {
      // Before 1.9 a selection of several areas cannot be read as one range.
      return { sheet: ws.name, sheetId: ws.id, address: '', areas: 2 };
    }
    address = sel.address;
    areas = 1;
  }
  const first = address.split(',')[0]!.replace(/^.*!/, '');
  const box = parseRangeAddress(first);
  const info: SelectionRead = { sheet: ws.name, sheetId: ws.id, address: first, areas };
  if (!box || areas !== 1 || box.top !== box.bottom || box.left !== box.right) return info;
  const top = Math.max(0, box.top - REGION_ROWS_UP);
  const left = Math.max(0, box.left - REGION_COLS);
  const bottom = Math.min(box.top + REGION_ROWS_DOWN, 1_048_575);
  const right = Math.min(box.left + REGION_COLS, 16_383);
  const window = ws.getRange(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  window.load('values');
  await context.sync();
  const values = window.values;
  const filled = (r: number, c: number) => {
    const v = values[r - top]?.[c - left];
    return v !== '' && v !== null && v !== undefined;
  };
  return { ...info, region: currentRegion(filled, box.top, box.left, { top, left, bottom, right }) };
}
