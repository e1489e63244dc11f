/**
 * The scan report as a workbook for reading and printing: normalised tasks (an Excel table with real
 * dates), issues, and the summaries by lead agency and by leader.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/lang';
import type { ScannedReport } from '../core/report/schema';
import { taskSheetPlan } from '../core/plans/taskSheetPlan';
import { summarySheetPlan } from '../core/plans/summarySheetPlan';
import { issueSheetPlan } from '../core/plans/issueSheetPlan';
import { ISSUE_TABLE_STYLE } from '../core/plans/sheetStyle';
import { reportWorkbookText } from './fileText';
import { addPlanTable, addSummaryBlocks } from './renderPlanExcelJS';

function printSetup(ws: ExcelJS.Worksheet, repeatRow: number | null): void {
  ws.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: repeatRow ? `${repeatRow}:${repeatRow}` : undefined,
  };
  ws.headerFooter = { oddHeader: `&L&A`, oddFooter: '&C&P / &N' };
}

function addTasksSheet(wb: ExcelJS.Workbook, report: ScannedReport, lang: Lang): void {
  const ws = wb.addWorksheet(reportWorkbookText(lang).tasks, { views: [{ state: 'frozen', ySplit: 1 }] });
  addPlanTable(ws, 'NhiemVu', taskSheetPlan(report.files, lang, true));
  printSetup(ws, 1);
}

function addIssuesSheet(wb: ExcelJS.Workbook, report: ScannedReport, lang: Lang): void {
  const ws = wb.addWorksheet(reportWorkbookText(lang).issues, { views: [{ state: 'frozen', ySplit: 1 }] });
  addPlanTable(ws, 'VanDe', issueSheetPlan(report.files, lang), { style: ISSUE_TABLE_STYLE, stripes: false });
  printSetup(ws, 1);
}

function addSummarySheet(wb: ExcelJS.Workbook, report: ScannedReport, lang: Lang): void {
  const ws = wb.addWorksheet(reportWorkbookText(lang).summary);
  addSummaryBlocks(ws, summarySheetPlan(report.files, lang, report.asOf, report.dueSoonDays));
  printSetup(ws, null);
}

export async function writeReportWorkbook(report: ScannedReport, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Appendix Tracker';
  addTasksSheet(wb, report, lang);
  addIssuesSheet(wb, report, lang);
  addSummarySheet(wb, report, lang);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
