/**
 * The scan report as a workbook for reading and printing: normalised tasks (an Excel table with real
 * dates), issues, and the summaries by lead agency and by leader. Written with ExcelJS's streaming
 * writer, sheet after sheet and row after row, into a temporary file next to the target that is
 * renamed over it at the end: a failure never leaves a half-written report under the asked-for name.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/lang';
import type { ScannedReport } from '../core/report/schema';
import { taskSheetPlan } from '../core/plans/taskSheetPlan';
import { summarySheetPlan } from '../core/plans/summarySheetPlan';
import { issueSheetPlan } from '../core/plans/issueSheetPlan';
import { ISSUE_TABLE_STYLE } from '../core/plans/sheetStyle';
import { reportWorkbookText } from './fileText';
import { streamPlanTable, streamSummaryBlocks } from './renderPlanStream';
import { StreamedTables } from './streamedTables';
import { writeInPlace, type WriteOptions } from './fileInPlace';

/** The report's table names, the same in every language (a person's formulas and PivotTables use them). */
export const REPORT_TABLES = { tasks: 'NhiemVu', issues: 'VanDe' } as const;

/**
 * Options of the streaming writer, as measured on 200,000 tasks and 63,000 issues (the writer alone,
 * 2 cores): inline strings, deflate level 3 — 2.1–3.4 s, 18.9 MB. Shared strings: 3.9–4.2 s and
 * 470 MB more at the peak (every text held in ExcelJS's map until the end) for 18.2 MB. Level 6
 * (the default): 4.3–5.5 s for 17.1 MB, zlib being then the slowest stage that the rows wait for.
 * Level 1: no faster, 22.9 MB.
 */
const WRITER_OPTIONS = { useStyles: true, useSharedStrings: false, zip: { zlib: { level: 3 } } };

/** Landscape A4 fitted to the page width, the header row on every page, sheet name and page numbers. */
function printOptions(repeatRow: number | null): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: repeatRow ? `${repeatRow}:${repeatRow}` : undefined,
      // The streaming writer fills these in with defaults; the report has always left them to Excel.
      margins: undefined,
      horizontalDpi: undefined,
      verticalDpi: undefined,
      scale: undefined,
    },
    headerFooter: { oddHeader: `&L&A`, oddFooter: '&C&P / &N' },
  };
}

const FROZEN_HEADER: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] };

async function writeSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, report: ScannedReport, lang: Lang) {
  const text = reportWorkbookText(lang);
  const tables = new StreamedTables(wb);
  // One sheet at a time: a sheet opened early would buffer its rows until the zip reaches it.
  const tasks = wb.addWorksheet(text.tasks, { ...FROZEN_HEADER, ...printOptions(1) });
  await streamPlanTable(tables, tasks, REPORT_TABLES.tasks, taskSheetPlan(report.files, lang, true));
  const issues = wb.addWorksheet(text.issues, { ...FROZEN_HEADER, ...printOptions(1) });
  await streamPlanTable(tables, issues, REPORT_TABLES.issues, issueSheetPlan(report.files, lang), {
    style: ISSUE_TABLE_STYLE,
    stripes: false,
  });
  const summary = wb.addWorksheet(text.summary, printOptions(null));
  streamSummaryBlocks(summary, summarySheetPlan(report.files, lang, report.asOf, report.dueSoonDays));
  await wb.commit();
  tables.assertWritten();
}

/** Writes the report workbook to `path` (through a temporary file beside it, put in place at the end). */
export async function writeReportWorkbookFile(
  report: ScannedReport,
  lang: Lang,
  path: string,
  { replace = false }: WriteOptions = {},
): Promise<void> {
  await writeInPlace(path, { replace }, async (stream) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ ...WRITER_OPTIONS, stream });
    wb.creator = 'Appendix Tracker';
    await writeSheets(wb, report, lang);
  });
}
