/**
 * The scan report as a workbook for reading and printing: normalised tasks (an Excel table with real
 * dates), issues, and the summaries by lead agency and by leader.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/lang';
import { fieldLabel, severityLabel } from '../core/i18n/labels';
import type { Report } from '../core/report/schema';
import { taskSheetPlan } from '../core/plans/taskSheetPlan';
import { summarySheetPlan } from '../core/plans/summarySheetPlan';
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

function addTasksSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(reportWorkbookText(lang).tasks, { views: [{ state: 'frozen', ySplit: 1 }] });
  addPlanTable(ws, 'NhiemVu', taskSheetPlan(report.files, lang, true));
  printSetup(ws, 1);
}

function addIssuesSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const t = reportWorkbookText(lang);
  const ws = wb.addWorksheet(t.issues, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows: unknown[][] = [];
  const fills: (string | null)[] = [];
  for (const f of report.files) {
    if (f.error) {
      rows.push([f.path, '', '', '', severityLabel(lang, 'error'), f.error.code, f.error.message]);
      fills.push('FFF8D7DA');
    }
    for (const tb of f.tables)
      for (const i of tb.issues) {
        rows.push([
          f.path,
          tb.sheet,
          `${i.column ?? ''}${i.row}`,
          i.no ?? '',
          severityLabel(lang, i.severity),
          i.code,
          i.message,
        ]);
        fills.push(i.severity === 'error' ? 'FFF8D7DA' : i.severity === 'warning' ? 'FFFFF3CD' : null);
      }
  }
  if (rows.length === 0) {
    rows.push(['', '', '', '', '', '', '']);
    fills.push(null);
  }
  ws.addTable({
    name: 'VanDe',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: false },
    columns: [t.file, t.sheet, t.cell, fieldLabel(lang, 'no'), t.severity, t.code, t.message].map((name) => ({
      name,
      filterButton: true,
    })),
    rows,
  });
  fills.forEach((argb, i) => {
    if (argb)
      ws.getRow(i + 2).eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
      });
  });
  [18, 14, 8, 8, 10, 24, 90].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  printSetup(ws, 1);
}

function addSummarySheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(reportWorkbookText(lang).summary);
  addSummaryBlocks(ws, summarySheetPlan(report.files, lang, report.asOf, report.dueSoonDays));
  printSetup(ws, null);
}

export async function writeReportWorkbook(report: Report, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Appendix Tracker';
  addTasksSheet(wb, report, lang);
  addIssuesSheet(wb, report, lang);
  addSummarySheet(wb, report, lang);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
