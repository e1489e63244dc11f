/**
 * Calendar dates as ISO "YYYY-MM-DD" strings: the engine's one date representation. Plain strings
 * compare correctly with < and >, serialise as-is into the report, and carry no time zone.
 */
// Per-function entry points: the package index would load all of date-fns at start-up under Node.
import { addDays } from 'date-fns/addDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { isValid } from 'date-fns/isValid';

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local-time Date at midnight for an ISO date (date-fns works on local dates). */
export function isoToDate(iso: IsoDate): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * A Date at UTC midnight for an ISO date: what ExcelJS needs, since it turns a Date into a serial by its
 * UTC time (a local midnight east of UTC, as in Vietnam, would land on the previous day).
 */
export function isoToUtcDate(iso: IsoDate): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function dateToIso(d: Date): IsoDate {
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The ISO date for a day, or null when the day does not exist (31/02) or its year lies outside
 * 1900 … `lastYear` (2200 for a document's own date; 9999, Excel's last, for a deadline as written).
 */
export function isoFromParts(year: number, month: number, day: number, lastYear = 2200): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > lastYear || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(year, month - 1, day);
  if (!isValid(d) || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return dateToIso(d);
}

export function firstDayOfMonth(year: number, month: number): IsoDate {
  return dateToIso(new Date(year, month - 1, 1));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return dateToIso(endOfMonth(new Date(year, month - 1, 1)));
}

export function firstDayOfQuarter(year: number, quarter: number): IsoDate {
  return firstDayOfMonth(year, (quarter - 1) * 3 + 1);
}

export function lastDayOfQuarter(year: number, quarter: number): IsoDate {
  return dateToIso(endOfQuarter(new Date(year, (quarter - 1) * 3, 1)));
}

export function lastDayOfYear(year: number): IsoDate {
  return dateToIso(endOfYear(new Date(year, 0, 1)));
}

export function firstDayOfYear(year: number): IsoDate {
  return firstDayOfMonth(year, 1);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return dateToIso(addDays(isoToDate(iso), days));
}

/** Excel's 1900 date system serial number (with its phantom 29 Feb 1900) to an ISO date. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const whole = Math.floor(serial);
  // Serial 60 is the non-existent 1900-02-29; from 61 on, Excel is one day ahead of the real calendar.
  const offset = whole > 60 ? whole - 1 : whole;
  return dateToIso(addDays(new Date(1899, 11, 31), offset));
}

export function isoToExcelSerial(iso: IsoDate): number {
  const d = isoToDate(iso);
  const base = new Date(1899, 11, 31);
  const days = Math.round((d.getTime() - base.getTime()) / 86400000);
  return days >= 60 ? days + 1 : days;
}

/**
 * A date as a person types it on the command line: "2026-05-01", or day first as Vietnamese documents
 * write it ("01/05/2026", "1/5/2026", "01-05-2026", "01.05.2026"). The ISO date, or null when it is no
 * day of the calendar.
 */
export function parseTypedDate(s: string): IsoDate | null {
  const t = s.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return iso && isIsoDate(iso) ? iso : null;
}

export function isIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  return !!m && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/**
 * A document's date as it was written: the day ("15/04/2026"), or without its day ("…/04/2026"), or the
 * year alone ("năm 2026" / "year 2026"). The engine keeps a first day for a missing one; it is never shown.
 */
export function writtenDateText(
  iso: IsoDate,
  precision: 'day' | 'month' | 'year' | null | undefined,
  yearWord: string,
): string {
  const [y, m] = iso.split('-');
  if (precision === 'year') return `${yearWord} ${y}`;
  if (precision === 'month') return `…/${m}/${y}`;
  return isoToDmy(iso);
}

/** "2026-05-01" → "01/05/2026": how dates are written in Vietnamese documents (and shown by adapters). */
export function isoToDmy(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
