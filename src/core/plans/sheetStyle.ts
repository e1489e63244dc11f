/**
 * How the sheets the add-in and the report workbook write look, the one set both writers
 * (src/excel over Office.js, src/files over ExcelJS) use. Colours are "#RRGGBB" as Office.js takes
 * them; ExcelJS takes ARGB, see `argb`.
 */
import type { Severity } from '../report/schema';
import type { ColumnKind } from './sheetPlan';

/** The summary blocks' header row. */
export const HEADER_FILL = '#DDEBF7';

/** The cells a split workbook asks an agency to fill (status, completion date, result). */
export const FILL_IN_FILL = '#FFF2CC';

/** The normalised task table (banded rows). */
export const TASK_TABLE_STYLE = 'TableStyleMedium2';
/** The Issues table of the report workbook (no bands: rows are filled by severity). */
export const ISSUE_TABLE_STYLE = 'TableStyleLight9';
/** The add-in's task table in a person's workbook (a free variant when the name is taken). */
export const TASK_TABLE_NAME = 'AT_NhiemVu';

/** Rows of the Issues sheet by severity; info rows stay unfilled. */
export const SEVERITY_FILLS: Partial<Record<Severity, string>> = { error: '#F8D7DA', warning: '#FFF3CD' };

/** Each column kind's number format: text stays text (never a formula), dates as Vietnamese write them. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  integer: '0',
  date: 'dd/mm/yyyy',
  percent: '0%',
};
export const DATE_FORMAT = NUMBER_FORMATS.date;

/** Font sizes of a summary sheet's title and of each block's heading. */
export const TITLE_FONT_SIZE = 13;
export const HEADING_FONT_SIZE = 12;

/** "#DDEBF7" → "FFDDEBF7" (opaque ARGB, as ExcelJS wants colours). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}
