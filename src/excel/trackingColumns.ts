/**
 * "Thêm cột theo dõi": a status column with a dropdown list and a completion-date column, right of a
 * table that lacks them, only when the person asks, and only where those cells are empty.
 */
import { columnIndex, columnLetter } from '../core/a1';
import { DATE_FORMAT } from '../core/plans/sheetStyle';
import { HostError } from '../workbookPort/hostError';
import type { HostCapabilities, TrackingColumnsRequest } from '../workbookPort/workbookPort';

export async function addTrackingColumns(
  context: Excel.RequestContext,
  request: TrackingColumnsRequest,
  caps: HostCapabilities,
): Promise<{ status: string; completedOn: string }> {
  const status = columnLetter(columnIndex(request.afterColumn) + 1);
  const done = columnLetter(columnIndex(request.afterColumn) + 2);
  const ws = context.workbook.worksheets.getItem(request.sheet);
  const address = `${status}${request.headerRow}:${done}${request.lastRow}`;
  const target = ws.getRange(address);
  target.load('values');
  // A rule the person put on those cells (a dropdown of their own) is theirs too: never replaced.
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a navigation property, its `type` loaded on the next line
  const validation = caps.dataValidation ? target.dataValidation : null;
  validation?.load('type');
  await context.sync();
  const used =
    target.values.some((row) => row.some((v) => v !== '' && v !== null)) ||
    (validation !== null && validation.type !== 'None');
  if (used)
    throw new HostError(
      'columns-not-empty',
      `${request.sheet}!${status}${request.headerRow}:${done}${request.lastRow}`,
    );
  const header = ws.getRange(`${status}${request.headerRow}:${done}${request.headerRow}`);
  header.numberFormat = [['@', '@']];
  header.values = [[request.headers.status, request.headers.completedOn]];
  header.format.font.bold = true;
  header.format.wrapText = true;
  if (request.lastRow > request.headerRow) {
    const statusCells = ws.getRange(`${status}${request.headerRow + 1}:${status}${request.lastRow}`);
    if (caps.dataValidation) {
      statusCells.dataValidation.rule = { list: { inCellDropDown: true, source: request.statusOptions.join(',') } };
    }
    const dateCells = ws.getRange(`${done}${request.headerRow + 1}:${done}${request.lastRow}`);
    dateCells.numberFormat = Array.from({ length: request.lastRow - request.headerRow }, () => [DATE_FORMAT]);
  }
  await context.sync();
  return { status, completedOn: done };
}
