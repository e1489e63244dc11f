/**
 * What split and merge need in the pane, loaded only when the person asks for one of them (its own
 * chunk, "taskpane-reporting": ExcelJS, JSZip and the reporting engine stay out of the first load).
 */
import type { ScanSettings } from '../../core/scan/scanOptions';
import type { ReturnedInput } from '../../core/merge/returnedFile';
import { scanWorkbook } from '../../core/scan/scanWorkbook';
import { gridFromExcelJs } from '../../files/excelJsGrid';
import { workbookFromBytes } from '../../excelJsPort/workbookFromBytes';

export { splitPlan } from '../../core/split/splitPlan';
export { safeFileStem } from '../../core/split/fileName';
export { splitWorkbookBytes, splitWorkbooksZip } from '../../files/splitWorkbook';
export { mergeReports } from '../../core/merge/mergeReports';
export { mergePlan } from '../../core/merge/mergePlan';
export { confirmMatch } from '../../core/merge/matchTasks';
export { applyRequest, undoRequest } from '../../core/merge/guardedWrites';
export { REPORTING_STRINGS } from './reportingStrings';

/** A returned workbook picked by the person → what the merge reads: its grid (marker sheet included) and how to scan it. */
export async function returnedFromBytes(
  bytes: ArrayBuffer,
  name: string,
  modified: string | null,
  settings: ScanSettings,
): Promise<ReturnedInput> {
  const grid = gridFromExcelJs(await workbookFromBytes(bytes, name));
  return { name, grid, scan: (g) => scanWorkbook(g, name, settings), modified };
}

export type ReturnedInputOf = ReturnedInput;
