/**
 * "Thêm cột theo dõi": a status column with a dropdown list and a completion-date column, right of a
 * table that lacks them, only when the person asks, and only where those cells are empty. The sheet is
 * found by id; the table's anchored rows are read with the target cells (no extra sync) and a table that
 * moved since the scan (rows inserted or deleted above it) is refused rather than written beside the wrong rows.
 */
import { columnIndex, columnLetter } from '../core/a1';
import { queueDateCells, queueHeaderCells, queueStatusDropdown } from './trackingCells';
import { HostError } from '../workbookPort/hostError';
import { anchorsOn, scannedSheet, sheetGone } from '../workbookPort/scanTarget';
import type {
  HostCapabilities,
  ScanTarget,
  TrackingColumnsRequest,
  TrackingColumnsResult,
} from '../workbookPort/workbookPort';
import { officeCode } from './officeErrors';
import { queueAnchors, verifyAnchors } from './scannedSheets';

export async function addTrackingColumns(
  context: Excel.RequestContext,
  request: TrackingColumnsRequest,
  caps: HostCapabilities,
  target: ScanTarget,
): Promise<TrackingColumnsResult> {
  const status = columnLetter(columnIndex(request.afterColumn) + 1);
  const done = columnLetter(columnIndex(request.afterColumn) + 2);
  const ref = scannedSheet(target, request.sheet);
  const ws = context.workbook.worksheets.getItem(ref.id);
  ws.load('name');
  const address = `${status}${request.headerRow}:${done}${request.lastRow}`;
  const cells = ws.getRange(address);
  cells.load('values');
  // A rule the person put on those cells (a dropdown of their own) is theirs too: never replaced.
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a navigation property, its `type` loaded on the next line
  const validation = caps.dataValidation ? cells.dataValidation : null;
  validation?.load('type');
  const checks = queueAnchors(context, target, anchorsOn(target, request.sheet));
  try {
    await context.sync();
  } catch (e) {
    // The one sheet this batch looks up is the scanned one: not found means deleted since the scan.
    throw officeCode(e) === 'ItemNotFound' ? sheetGone(request.sheet) : e;
  }
  verifyAnchors(checks);
  const used =
    cells.values.some((row) => row.some((v) => v !== '' && v !== null)) ||
    (validation !== null && validation.type !== 'None');
  if (used) throw new HostError('columns-not-empty', `${ws.name}!${address}`, ws.name);
  queueHeaderCells(ws.getRange(`${status}${request.headerRow}:${done}${request.headerRow}`), [
    request.headers.status,
    request.headers.completedOn,
  ]);
  if (request.lastRow > request.headerRow) {
    if (caps.dataValidation)
      queueStatusDropdown(
        ws.getRange(`${status}${request.headerRow + 1}:${status}${request.lastRow}`),
        request.statusOptions,
      );
    queueDateCells(
      ws.getRange(`${done}${request.headerRow + 1}:${done}${request.lastRow}`),
      request.lastRow - request.headerRow,
    );
  }
  await context.sync();
  return { status, completedOn: done, seen: [{ id: ref.id, name: ws.name }] };
}
