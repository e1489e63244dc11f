/**
 * Period phrases inside a deadline text, found on the folded text (lower case, no diacritics):
 * dates, months (and month lists), quarters (and lists), halves and years.
 */
import {
  firstDayOfMonth,
  firstDayOfQuarter,
  firstDayOfYear,
  isoFromParts,
  lastDayOfMonth,
  lastDayOfQuarter,
  lastDayOfYear,
  type IsoDate,
} from '../isoDate';
import type { DeadlineKind } from '../report/schema';

export interface Period {
  kind: Extract<DeadlineKind, 'date' | 'month' | 'quarter' | 'half' | 'year'>;
  start: IsoDate;
  due: IsoDate;
  /** Position in the folded text. */
  index: number;
  /** True when the phrase wrote no year and took the reference year ("tháng 9", "quý II"). */
  yearless?: boolean;
  end: number;
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR = '((?:19|20)\\d{2})';
/**
 * Four figures where the words or the layout make them a year ("tháng 12/2206", "31/12/1926", "năm 2206"):
 * any year of Excel's calendar is read, so that a mistyped one is said (src/core/deadline/plausibleDeadline.ts)
 * rather than dropped for the document's year.
 */
const ANY_YEAR = '(\\d{4})';

const LAST_CALENDAR_YEAR = 9999;

/** A year of Excel's calendar (1900–9999), or null. */
function calendarYear(s: string): number | null {
  const y = Number(s);
  return y >= 1900 && y <= LAST_CALENDAR_YEAR ? y : null;
}
const SEP = '\\s*(?:/|-|\\.|,)?\\s*(?:nam\\s*)?';

interface Rule {
  re: RegExp;
  read(m: RegExpExecArray, refYear: number | null): Omit<Period, 'index' | 'end'> | null | 'invalid';
}

const RULES: Rule[] = [
  {
    // 25/12/2025, 25-12-2025, 25.12.2025, ngày 25 tháng 12 năm 2025 (not "tháng 9 - 10/2026": months)
    re: new RegExp(
      `(?<!\\b(?:thang|t)\\s*)\\b(\\d{1,2})\\s*(?:[/.-]|\\s+thang\\s+)\\s*(\\d{1,2})\\s*(?:[/.-]|\\s+nam\\s+)\\s*${ANY_YEAR}\\b`,
      'g',
    ),
    read(m) {
      const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]), LAST_CALENDAR_YEAR);
      return iso ? { kind: 'date', start: iso, due: iso } : 'invalid';
    },
  },
  {
    // Quý II, III/2026; Quí IV-2025; quý 3 năm 2026
    re: new RegExp(
      `\\bqu[yi]\\s+((?:iv|iii|ii|i|[1-4])(?:\\s*(?:,|va|-|–)\\s*(?:iv|iii|ii|i|[1-4]))*)\\b${SEP}${ANY_YEAR}?`,
      'g',
    ),
    read(m, refYear) {
      const qs = m[1]!.split(/\s*(?:,|va|-|–)\s*/).map((q) => ROMAN_Q[q.trim()]);
      const year = m[2] ? calendarYear(m[2]) : refYear;
      if (year === null || qs.some((q) => !q)) return 'invalid';
      return {
        kind: 'quarter',
        start: firstDayOfQuarter(year, Math.min(...(qs as number[]))),
        due: lastDayOfQuarter(year, Math.max(...(qs as number[]))),
        yearless: !m[2],
      };
    },
  },
  {
    // Q4/2026, Q2-2026
    re: new RegExp(`\\bq\\s*([1-4])\\s*(?:/|-|\\.|\\s)\\s*${ANY_YEAR}\\b`, 'g'),
    read(m) {
      const q = Number(m[1]);
      const year = calendarYear(m[2]!);
      if (year === null) return 'invalid';
      return { kind: 'quarter', start: firstDayOfQuarter(year, q), due: lastDayOfQuarter(year, q) };
    },
  },
  {
    // 6 tháng đầu năm 2026, nửa cuối năm 2026
    re: new RegExp(`\\b(?:0?6 thang|sau thang|nua)\\s+(dau|cuoi)\\s+nam\\s*${ANY_YEAR}?`, 'g'),
    read(m, refYear) {
      const year = m[2] ? calendarYear(m[2]) : refYear;
      if (year === null) return 'invalid';
      const yearless = !m[2];
      return m[1] === 'dau'
        ? { kind: 'half', start: firstDayOfMonth(year, 1), due: lastDayOfMonth(year, 6), yearless }
        : { kind: 'half', start: firstDayOfMonth(year, 7), due: lastDayOfMonth(year, 12), yearless };
    },
  },
  {
    // Tháng 12/2025, Tháng 4,5/2026, tháng 3 năm 2026, T12/2025, tháng 6 (no year)
    re: new RegExp(`\\b(?:thang|t)\\s*(\\d{1,2}(?:\\s*(?:,|-|va)\\s*\\d{1,2})*)\\b(?:${SEP}${ANY_YEAR})?`, 'g'),
    read(m, refYear) {
      const months = m[1]!.split(/\s*(?:,|-|va)\s*/).map(Number);
      const year = m[2] ? calendarYear(m[2]) : refYear;
      if (year === null || months.some((x) => x < 1 || x > 12)) return 'invalid';
      return {
        kind: 'month',
        start: firstDayOfMonth(year, Math.min(...months)),
        due: lastDayOfMonth(year, Math.max(...months)),
        yearless: !m[2],
      };
    },
  },
  {
    // 12/2026, 03-2026: month and year in figures, as tables often write them
    // (not document numbers: "số 12/2026/NQ-HĐND")
    re: new RegExp(`(?<![\\d/.])(?<![a-z]-)(?<!\\bso\\s*)\\b(\\d{1,2})\\s*[/.-]\\s*${ANY_YEAR}\\b(?![/.-])`, 'g'),
    read(m) {
      const month = Number(m[1]);
      const year = calendarYear(m[2]!);
      if (year === null) return null;
      if (month < 1 || month > 12) return 'invalid';
      return { kind: 'month', start: firstDayOfMonth(year, month), due: lastDayOfMonth(year, month) };
    },
  },
  {
    // 25/12 (no year): the document's year
    re: /\b(\d{1,2})\/(\d{1,2})\b(?!\s*\/)/g,
    read(m, refYear) {
      if (refYear === null) return 'invalid';
      const iso = isoFromParts(refYear, Number(m[2]), Number(m[1]));
      return iso ? { kind: 'date', start: iso, due: iso, yearless: true } : 'invalid';
    },
  },
  {
    // "Năm 2206", "trong năm 1926": a year by its word, whatever its figures (the bare year below is 1990–2100)
    re: /\bnam\s+(\d{4})\b(?![\/.,-]\d)/g,
    read(m) {
      const y = calendarYear(m[1]!);
      return y === null ? 'invalid' : { kind: 'year', start: firstDayOfYear(y), due: lastDayOfYear(y) };
    },
  },
  {
    re: new RegExp(`(?<![\\d/.,])${YEAR}(?![\\d/.,]\\d)`, 'g'),
    read(m) {
      const y = Number(m[1]);
      if (y < 1990 || y > 2100) return null;
      return { kind: 'year', start: firstDayOfYear(y), due: lastDayOfYear(y) };
    },
  },
];

/** Every period phrase in order of appearance; `invalid` is set when a phrase names an impossible date. */
export function findPeriods(folded: string, refYear: number | null): { periods: Period[]; invalid: boolean } {
  const taken: [number, number][] = [];
  const periods: Period[] = [];
  let invalid = false;
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      const r = rule.read(m, refYear);
      if (r === 'invalid') {
        invalid = true;
        taken.push([a, b]);
        continue;
      }
      if (!r) continue;
      taken.push([a, b]);
      periods.push({ ...r, index: a, end: b });
    }
  }
  periods.sort((x, y) => x.index - y.index);
  return { periods, invalid };
}
