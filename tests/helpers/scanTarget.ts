/** The target a pane would give the port after this scan: the scanned sheets' ids and the tables' anchors. */
import { tableAnchors } from '../../src/core/plans/anchors';
import type { ScannedFile } from '../../src/core/report/schema';
import type { ScanTarget, WorkbookRead } from '../../src/workbookPort/workbookPort';

export function targetOf(read: WorkbookRead, report: ScannedFile): ScanTarget {
  return { sheets: read.sheets, anchors: tableAnchors(read.grid, report.tables) };
}
