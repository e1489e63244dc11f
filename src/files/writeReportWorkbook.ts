/**
 * The scan report as a workbook for reading and printing: normalised tasks (an Excel table with real
 * dates), issues, and the summaries by lead agency and by leader.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/issueMessages';
import { deadlineKindLabel, fieldLabel, severityLabel, stateLabel, summaryHeaders } from '../core/i18n/labels';
import type { Report, SummaryRow, TableReport } from '../core/report/schema';
import { mergeSummaryRows } from '../core/summarize/mergeSummaryRows';
import { completionRate, COUNT_COLUMNS, emptySummaryRow } from '../core/summarize/summaryRow';
import { isoToDate } from '../core/isoDate';

const T = {
  vi: { tasks: 'Nhiệm vụ', issues: 'Vấn đề', byLead: 'Theo chủ trì', byLeader: 'Theo lãnh đạo', file: 'Tệp', sheet: 'Trang tính', table: 'Bảng', kind: 'Loại thời hạn', start: 'Bắt đầu', due: 'Hạn', state: 'Trạng thái', rows: 'Dòng', section: 'Mục', cell: 'Ô', severity: 'Mức độ', code: 'Mã', message: 'Nội dung', total: 'Tổng cộng', all: 'Tổng hợp chung' },
  en: { tasks: 'Tasks', issues: 'Issues', byLead: 'By lead agency', byLeader: 'By leader', file: 'File', sheet: 'Sheet', table: 'Table', kind: 'Deadline kind', start: 'Start', due: 'Due', state: 'State', rows: 'Rows', section: 'Section', cell: 'Cell', severity: 'Severity', code: 'Code', message: 'Message', total: 'Total', all: 'All tables' },
};

function printSetup(ws: ExcelJS.Worksheet, repeatRow: number | null): void {
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: repeatRow ? `${repeatRow}:${repeatRow}` : undefined };
  ws.headerFooter = { oddHeader: `&L&A`, oddFooter: '&C&P / &N' };
}

function tableLabel(path: string, t: TableReport): string {
  return [path, t.sheet, t.title].filter(Boolean).join(' · ');
}

function rowsText(rows: number[]): string {
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

function addTasksSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const t = T[lang];
  const ws = wb.addWorksheet(t.tasks, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [t.file, t.sheet, t.table, fieldLabel(lang, 'no'), fieldLabel(lang, 'task'), fieldLabel(lang, 'output'), fieldLabel(lang, 'lead'), fieldLabel(lang, 'coordinating'), fieldLabel(lang, 'leader'), fieldLabel(lang, 'deadline'), t.kind, t.start, t.due, t.state, fieldLabel(lang, 'status'), t.rows, t.section];
  const rows: unknown[][] = [];
  for (const f of report.files) for (const tb of f.tables) for (const k of tb.tasks) {
    rows.push([f.path, tb.sheet, tb.title ?? '', k.no, k.task, k.output, k.lead, k.coordinating.join('; '), k.leader ?? '', k.deadline.text, deadlineKindLabel(lang, k.deadline.kind), k.deadline.start ? isoToDate(k.deadline.start) : null, k.deadline.due ? isoToDate(k.deadline.due) : null, stateLabel(lang, k.state), k.status ?? '', rowsText(k.rows), k.section ?? '']);
  }
  if (rows.length === 0) rows.push(headers.map(() => ''));
  ws.addTable({ name: 'NhiemVu', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: headers.map((name) => ({ name, filterButton: true })), rows });
  const widths = [18, 14, 24, 7, 60, 30, 26, 30, 26, 18, 14, 12, 12, 22, 18, 8, 30];
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.getColumn(12).numFmt = 'dd/mm/yyyy';
  ws.getColumn(13).numFmt = 'dd/mm/yyyy';
  printSetup(ws, 1);
}

function addIssuesSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const t = T[lang];
  const ws = wb.addWorksheet(t.issues, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows: unknown[][] = [];
  const fills: (string | null)[] = [];
  for (const f of report.files) {
    if (f.error) { rows.push([f.path, '', '', '', severityLabel(lang, 'error'), f.error.code, f.error.message]); fills.push('FFF8D7DA'); }
    for (const tb of f.tables) for (const i of tb.issues) {
      rows.push([f.path, tb.sheet, `${i.column ?? ''}${i.row}`, i.no ?? '', severityLabel(lang, i.severity), i.code, i.message]);
      fills.push(i.severity === 'error' ? 'FFF8D7DA' : i.severity === 'warning' ? 'FFFFF3CD' : null);
    }
  }
  if (rows.length === 0) { rows.push(['', '', '', '', '', '', '']); fills.push(null); }
  ws.addTable({ name: 'VanDe', ref: 'A1', headerRow: true, style: { theme: 'TableStyleLight9', showRowStripes: false }, columns: [t.file, t.sheet, t.cell, fieldLabel(lang, 'no'), t.severity, t.code, t.message].map((name) => ({ name, filterButton: true })), rows });
  fills.forEach((argb, i) => {
    if (argb) ws.getRow(i + 2).eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } }; });
  });
  [18, 14, 8, 8, 10, 24, 90].forEach((w, i) => { ws.getColumn(i + 1).width = w; ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' }; });
  printSetup(ws, 1);
}

function addSummaryBlock(ws: ExcelJS.Worksheet, heading: string, first: string, rows: SummaryRow[], lang: Lang): void {
  const h = summaryHeaders(lang);
  const head = ws.addRow([heading]);
  head.font = { bold: true, size: 12 };
  const header = ws.addRow([first, h.total, h.doneOnTime, h.doneLate, h.openOnTrack, h.openOverdue, h.openDueSoon, h.noDeadline, h.unknown, h.completionRate]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; c.border = { bottom: { style: 'thin' } }; });
  const total = emptySummaryRow('', T[lang].total);
  for (const r of rows) {
    const line = ws.addRow([r.label, r.total, r.doneOnTime, r.doneLate, r.openOnTrack, r.openOverdue, r.openDueSoon, r.noDeadline, r.unknown, completionRate(r)]);
    line.getCell(10).numFmt = '0%';
    total.total += r.total;
    for (const c of COUNT_COLUMNS) total[c] += r[c];
  }
  const sum = ws.addRow([total.label, total.total, total.doneOnTime, total.doneLate, total.openOnTrack, total.openOverdue, total.openDueSoon, total.noDeadline, total.unknown, completionRate(total)]);
  sum.font = { bold: true };
  sum.getCell(10).numFmt = '0%';
  ws.addRow([]);
}

function addSummarySheet(wb: ExcelJS.Workbook, report: Report, lang: Lang, which: 'byLead' | 'byLeader'): void {
  const t = T[lang];
  const ws = wb.addWorksheet(which === 'byLead' ? t.byLead : t.byLeader);
  const first = fieldLabel(lang, which === 'byLead' ? 'lead' : 'leader');
  const tables = report.files.flatMap((f) => f.tables.map((tb) => ({ f, tb })));
  if (tables.length > 1) addSummaryBlock(ws, t.all, first, mergeSummaryRows(tables.map(({ tb }) => tb.summary[which])), lang);
  for (const { f, tb } of tables) addSummaryBlock(ws, tableLabel(f.path, tb), first, tb.summary[which], lang);
  ws.getColumn(1).width = 48;
  ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  for (let c = 2; c <= 10; c++) ws.getColumn(c).width = 13;
  printSetup(ws, null);
}

export async function writeReportWorkbook(report: Report, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Appendix Tracker';
  addTasksSheet(wb, report, lang);
  addIssuesSheet(wb, report, lang);
  addSummarySheet(wb, report, lang, 'byLead');
  addSummarySheet(wb, report, lang, 'byLeader');
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
