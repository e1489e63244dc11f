/**
 * The merge's tracking columns of a table (the reporting cycle, src/core/merge): the tracking-columns
 * action's status and completion date (trackingColumnsPlan.ts: the same headers and status choices),
 * plus the result text, the reporting agency and the report date. Each is the table's own column where
 * it has one (its mapped status / completion column; a result column by its words; a column the add-in
 * wrote before, by its header in either language, anywhere on the header row), else a new column right
 * of the table, in the first columns whose cells from the header row to the table's last row are all
 * empty. Its own module, so the pane's first load (which has the tracking-columns action) does not
 * carry the reporting cycle's words.
 */
import { columnIndex, columnLetter, parseRangeAddress } from '../a1';
import { cellAt, type SheetGrid } from '../grid';
import type { Lang } from '../i18n/lang';
import {
  isReportingHeader,
  isResultHeader,
  REPORTING_FIELDS,
  reportingHeader,
  type ReportingField,
} from '../i18n/reportingLabels';
import type { ScannedTable } from '../report/schema';
import { STATUS_CHOICES } from './trackingColumnsPlan';

export interface ReportingColumn {
  field: ReportingField;
  /** Column letters. */
  column: string;
  header: string;
  /** True when the table has it already (nothing to add). */
  existing: boolean;
}

export interface ReportingColumnsPlan {
  sheet: string;
  /** 1-based rows: the header row and the table's last row. */
  headerRow: number;
  lastRow: number;
  columns: ReportingColumn[];
  statusOptions: string[];
}

function mappedField(table: ScannedTable, letters: string): string | null {
  for (const [f, l] of Object.entries(table.columns)) if (l === letters) return f;
  return null;
}

/** The table's own result column: the add-in's result header, or result words on a column mapped to no field. */
export function resultColumnOf(table: ScannedTable): string | null {
  for (const { column, text } of table.headerCells ?? []) {
    const field = mappedField(table, column);
    if (isReportingHeader(text, 'result') && field !== 'status') return column;
    if (field === null && isResultHeader(text)) return column;
  }
  return null;
}

export function reportingColumnsPlan(table: ScannedTable, sheet: SheetGrid, lang: Lang): ReportingColumnsPlan | null {
  const box = parseRangeAddress(table.range);
  if (!box) return null;
  const headerRow = table.headerRow;
  const header = sheet.rows[headerRow - 1] ?? [];
  const onHeaderRow = (field: ReportingField): string | null => {
    for (let c = 0; c < header.length; c++)
      if (header[c] && isReportingHeader(header[c]!.text, field)) return columnLetter(c);
    return null;
  };
  const own: Record<ReportingField, string | null> = {
    status: table.columns.status ?? null,
    completedOn: table.columns.completedOn ?? null,
    result: resultColumnOf(table) ?? onHeaderRow('result'),
    reportingAgency: onHeaderRow('reportingAgency'),
    reportDate: onHeaderRow('reportDate'),
  };
  const taken = new Set(Object.values(own).filter((c): c is string => c !== null));
  const isFree = (c: number) => {
    if (taken.has(columnLetter(c))) return false;
    for (let r = headerRow - 1; r <= box.bottom; r++) if (cellAt(sheet, r, c).text) return false;
    return true;
  };
  let next = box.right + 1;
  const columns = REPORTING_FIELDS.map((field): ReportingColumn => {
    const mine = own[field];
    if (mine) return { field, column: mine, header: header[columnIndex(mine)]?.text ?? '', existing: true };
    while (!isFree(next)) next++;
    return { field, column: columnLetter(next++), header: reportingHeader(lang, field), existing: false };
  });
  return { sheet: table.sheet, headerRow, lastRow: box.bottom + 1, columns, statusOptions: [...STATUS_CHOICES] };
}
