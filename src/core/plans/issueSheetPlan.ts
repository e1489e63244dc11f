/**
 * The report workbook's Issues sheet: one row per finding (and one per file that could not be read),
 * with the cell it points at and a fill by severity.
 */
import { issueMessage } from '../i18n/issueMessages';
import type { Lang } from '../i18n/lang';
import { fieldLabel, issueSheetWords, severityLabel } from '../i18n/labels';
import type { ScannedFile } from '../report/schema';
import { cellText, type PlanCell, type PlanColumn, type TablePlan } from './sheetPlan';
import { SEVERITY_FILLS } from './sheetStyle';

export interface IssueSheetPlan extends TablePlan {
  /** Each row's fill ("#RRGGBB"), null for none. */
  rowFills: (string | null)[];
}

export function issueSheetPlan(files: ScannedFile[], lang: Lang): IssueSheetPlan {
  const w = issueSheetWords(lang);
  const text = (header: string, width: number): PlanColumn => ({ header, kind: 'text', width });
  const columns = [
    text(w.file, 18),
    text(w.sheet, 14),
    text(w.cell, 8),
    text(fieldLabel(lang, 'no'), 8),
    text(w.severity, 10),
    text(w.code, 24),
    text(w.message, 90),
  ];
  const rows: PlanCell[][] = [];
  const rowFills: (string | null)[] = [];
  for (const f of files) {
    if (f.error) {
      rows.push([f.path, '', '', '', severityLabel(lang, 'error'), f.error.code, f.error.message]);
      rowFills.push(SEVERITY_FILLS.error ?? null);
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
          cellText(issueMessage(i, lang)),
        ]);
        rowFills.push(SEVERITY_FILLS[i.severity] ?? null);
      }
  }
  return { columns, rows, rowFills };
}
