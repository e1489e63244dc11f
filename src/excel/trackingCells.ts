/**
 * How the add-in writes the columns it adds to a person's table, the same for "Thêm cột theo dõi" and a
 * merge's reporting columns: a bold, wrapped text header; the status cells a dropdown of the choices;
 * date cells formatted as dates.
 */
import { DATE_FORMAT } from '../core/plans/sheetStyle';

/** One header row: text (never a formula), bold, wrapped. */
export function queueHeaderCells(range: Excel.Range, headers: readonly string[]): void {
  range.numberFormat = [headers.map(() => '@')];
  range.values = [[...headers]];
  range.format.font.bold = true;
  range.format.wrapText = true;
}

export function queueStatusDropdown(range: Excel.Range, options: readonly string[]): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: options.join(',') } };
}

/** A one-column range of `rows` rows formatted as dates. */
export function queueDateCells(range: Excel.Range, rows: number): void {
  range.numberFormat = Array.from({ length: rows }, () => [DATE_FORMAT]);
}
