/**
 * Raw cell values → the engine's grid cells, the one rule set both readers (ExcelJS files, Office.js)
 * use, so that a cell reads the same whichever way the workbook came in: dates (a date object or a
 * date-formatted serial) become ISO dates shown as dd/mm/yyyy; numbers keep the text the host shows
 * unless it is General or "####"; error values keep their text; booleans read TRUE/FALSE. A value that
 * cannot be read (a date outside Excel's calendar, a stored date that is none, a formula saved without
 * its result) keeps its raw value as text and is marked `unreadable`, never turned into a date.
 */
import type { Cell, UnreadableReason } from './grid';
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
  /** The host stored the value as a date (.xlsx `t="d"`): a value that is no day of Excel's calendar is unreadable. */
  isDate?: boolean;
  /** The workbook counts serials in the 1904 date system. */
  date1904?: boolean;
}

/** Excel's calendar: 1900-01-01 … 9999-12-31. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
/** Days from Excel's day 0 (1899-12-30 in its reckoning after February 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** What Excel shows in a cell whose date it cannot display. */
const HASHES = '########';

/** A format that writes a day or a year (not a time alone, "h:mm", whose serial below 1 is a time of day). */
function writesDay(format: string): boolean {
  return /[dy]/i.test(format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, ''));
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

function unreadable(value: string | number | null, text: string, reason: UnreadableReason, raw: RawCell): Cell {
  return withFlags({ value, text, unreadable: reason }, raw);
}

/** A stored date Excel's calendar has no day for: kept as the stored text (or the serial it stands for). */
function unreadableDate(value: Date, raw: RawCell): Cell {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return unreadable(raw.text || HASHES, raw.text || HASHES, 'not-a-date', raw);
  if (raw.text) return unreadable(raw.text, raw.text, 'date-out-of-range', raw);
  const serial = Math.round((ms / 86400000 + UNIX_EPOCH_SERIAL - (raw.date1904 ? 1462 : 0)) * 1e10) / 1e10;
  return unreadable(serial, numberText(serial), 'date-out-of-range', raw);
}

/** A stored date written as text (.xlsx `t="d"`) that no day of the calendar matches. */
function unreadableDateText(value: string, raw: RawCell): Cell {
  // "10000-01-01", "1899-12-25T00:00:00": a day, but not one of Excel's calendar ("2026-13-45": no day).
  const m = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:T|$)/.exec(value.trim());
  const day = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  const year = m ? Number(m[1]) : NaN;
  const outside = !!day && (year < FIRST_YEAR || year > LAST_YEAR);
  return unreadable(value, value, outside ? 'date-out-of-range' : 'not-a-date', raw);
}

export function normalizeCell(raw: RawCell): Cell {
  const { value, text = '', format = '' } = raw;
  // Text first: most cells of an appendix are text, and each cell is made once, without copies.
  if (typeof value === 'string' && value !== '' && !raw.error && !raw.isDate)
    return withFlags({ value, text: value }, raw);
  if (raw.error) {
    const shown = text || String(value);
    return withFlags({ value: shown, text: shown, error: true }, raw);
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    // A date no calendar day of Excel's has (an invalid Date, a year past 9999) keeps its text.
    if (Number.isNaN(year) || year < FIRST_YEAR || year > LAST_YEAR) return unreadableDate(value, raw);
    const iso = isoFromUtcDate(value);
    return withFlags({ value: isoToExcelSerial(iso), text: isoToDmy(iso), date: iso }, raw);
  }
  if (typeof value === 'number') {
    // NaN or ∞ (ExcelJS's reading of a stored date that is none): no number and no date.
    if (!Number.isFinite(value)) return unreadable(String(value), String(value), 'not-a-number', raw);
    // Dates read as Vietnamese documents write them, whatever the sheet's display format; a number
    // Excel shows as "####" (column too narrow) or in General format reads as the number itself.
    const shown = format === 'General' || !text || /^#+$/.test(text) ? numberText(value) : text;
    if (isDateNumberFormat(format)) {
      const iso = excelSerialToIso(raw.date1904 ? value + 1462 : value);
      if (iso) return withFlags({ value, text: isoToDmy(iso), date: iso }, raw);
      // Negative, day 0, past 9999-12-31: no day of Excel's calendar (Excel shows "####").
      if (writesDay(format)) return unreadable(value, shown, 'date-out-of-range', raw);
    }
    return withFlags({ value, text: shown }, raw);
  }
  if (typeof value === 'string' && value !== '' && raw.isDate) return unreadableDateText(value, raw);
  if (typeof value === 'boolean') return withFlags({ value, text: text || (value ? 'TRUE' : 'FALSE') }, raw);
  // A formula saved without its result (written by a program, never calculated): nothing to read.
  if (raw.formula && (value === null || value === undefined)) return unreadable(null, '', 'no-cached-value', raw);
  return withFlags({ value: null, text: '' }, raw);
}
