/**
 * The scanned sheets in Excel, by id (Worksheet.id, ExcelApi 1.1): getItem(id) finds a sheet however it
 * was renamed since the scan, and never another sheet that took its old name. The checks ride on
 * syncs an operation makes anyway: the sheet list it loads, the values it reads before writing.
 */
import { anchorHolds, type RangeAnchor } from '../core/plans/anchors';
import { scannedSheet, sheetGone, tableMoved } from '../workbookPort/scanTarget';
import type { ScanTarget, SheetRef } from '../workbookPort/workbookPort';
import { officeCode } from './officeErrors';

/** Queues the load of every sheet's name and id; the caller's next sync runs it. */
export function loadSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return sheets;
}

/** The sheets as a loaded list has them. */
export function seenOf(sheets: Excel.WorksheetCollection): SheetRef[] {
  return sheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
}

/** The refs of the scanned sheets a plan names; refuses when one of them is no longer in the list. */
export function presentSheets(target: ScanTarget, names: readonly string[], seen: readonly SheetRef[]): SheetRef[] {
  const ids = new Set(seen.map((s) => s.id));
  return names.map((name) => {
    const ref = scannedSheet(target, name);
    if (!ids.has(ref.id)) throw sheetGone(name);
    return ref;
  });
}

export interface AnchorCheck {
  anchor: RangeAnchor;
  range: Excel.Range;
}

/** Queues a read of each anchor's cells on its sheet (by id); the caller's next sync runs it. */
export function queueAnchors(
  context: Excel.RequestContext,
  target: ScanTarget,
  anchors: readonly RangeAnchor[],
): AnchorCheck[] {
  return anchors.map((anchor) => {
    const range = context.workbook.worksheets.getItem(scannedSheet(target, anchor.sheet).id).getRange(anchor.address);
    range.load('values');
    return { anchor, range };
  });
}

/** Refuses, before anything is written, when an anchored row no longer holds what the scan read there. */
export function verifyAnchors(checks: readonly AnchorCheck[]): void {
  for (const { anchor, range } of checks)
    if (!anchorHolds(anchor, range.values)) throw tableMoved(anchor.sheet, anchor.address);
}

/**
 * After a sync failed with ItemNotFound: which of these sheets was deleted meanwhile (one more sync,
 * on the failure path only). Any other failure, or none of them gone, is the original error.
 */
export async function explainNotFound(
  context: Excel.RequestContext,
  error: unknown,
  refs: readonly SheetRef[],
): Promise<unknown> {
  if (officeCode(error) !== 'ItemNotFound' || refs.length === 0) return error;
  try {
    const sheets = loadSheetList(context);
    await context.sync();
    const ids = new Set(sheets.items.map((s) => s.id));
    const gone = refs.find((r) => !ids.has(r.id));
    return gone ? sheetGone(gone.name) : error;
  } catch {
    return error;
  }
}
