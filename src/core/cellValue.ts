/**
 * Raw cell values → the engine's grid cells, the one rule set both readers (ExcelJS files, Office.js)
 * use, so that a cell reads the same whichever way the workbook came in: dates (a date object or a
 * date-formatted serial) become ISO dates shown as dd/mm/yyyy; numbers keep the text the host shows
 * unless it is General or "####"; error values keep their text; booleans read TRUE/FALSE.
 */
import type { Cell } from './grid';
import { excelSerialToIso, isoToDmy, isoToExcelSerial } from './isoDate';
import { isDateNumberFormat } from './numberFormat';

export interface RawCell {
  /** The stored value (a formula's cached result): string, number, boolean, Date, null … */
  value: unknown;
  /** The text the host shows, where it reports one. */
  text?: string;
  /** The cell's number format. */
  format?: string;
  /** The host says the value is an error (#N/A, #REF! …). */
  error?: boolean;
  bold?: boolean;
  formula?: boolean;
}

function isoFromUtcDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A number as a person reads it: no float noise (0.1 + 0.2 → "0.3"). */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e10) / 1e10);
}

/** The cell with the flags the host reported (only those set, so cells stay small). */
function withFlags(cell: Cell, raw: RawCell): Cell {
  if (raw.bold) cell.bold = true;
  if (raw.formula) cell.formula = true;
  return cell;
}

export function normalizeCell(raw: RawCell): Cell {
  const { value, text = '', format = '' } = raw;
  // Text first: most cells of an appendix are text, and each cell is made once, without copies.
  if (typeof value === 'string' && value !== '' && !raw.error) return withFlags({ value, text: value }, raw);
  if (raw.error) {
    const shown = text || String(value);
    return withFlags({ value: shown, text: shown, error: true }, raw);
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    // A date no calendar day of Excel's has (an invalid Date, a year past 9999) keeps its text.
    if (Number.isNaN(year) || year < 1900 || year > 9999) {
      const shown = text || String(value);
      return withFlags({ value: shown, text: shown }, raw);
    }
    const iso = isoFromUtcDate(value);
    return withFlags({ value: isoToExcelSerial(iso), text: isoToDmy(iso), date: iso }, raw);
  }
  if (typeof value === 'number') {
    // Dates read as Vietnamese documents write them, whatever the sheet's display format; a number
    // Excel shows as "####" (column too narrow) or in General format reads as the number itself.
    if (isDateNumberFormat(format)) {
      const iso = excelSerialToIso(value);
      if (iso) return withFlags({ value, text: isoToDmy(iso), date: iso }, raw);
    }
    const shown = format === 'General' || !text || /^#+$/.test(text) ? numberText(value) : text;
    return withFlags({ value, text: shown }, raw);
  }
  if (typeof value === 'boolean') return withFlags({ value, text: text || (value ? 'TRUE' : 'FALSE') }, raw);
  return withFlags({ value: null, text: '' }, raw);
}
