/**
 * Read a Vietnamese deadline cell into {kind, start, due, milestones}. Text that cannot be read is
 * kind "unknown": never a guess.
 */
import { excelSerialToIso, firstDayOfYear, lastDayOfYear, type IsoDate } from '../isoDate';
import type { Deadline, Milestone } from '../report/schema';
import { normalizeText } from '../text/normalizeText';
import { stripDiacritics } from '../text/toneMarks';
import { findPeriods, type Period } from './periods';

export interface DeadlineInput {
  value: string | number | boolean | null;
  text: string;
  /** ISO date, set when the cell is a real Excel date. */
  date?: string;
}

export interface DeadlineContext {
  /** Year of the document: for "Trong cả năm" and months without a year. */
  referenceYear: number | null;
}

const RECURRING_RE =
  /\b(thuong xuyen|hang nam|hang quy|hang thang|hang tuan|dinh ky|lien tuc|hang ngay|annually|monthly|ongoing|regularly)\b/;
const EVENT_RE =
  /^(theo\b|khi\b|ngay khi\b|ngay sau khi\b|sau khi\b|kip thoi\b|dot xuat\b|khan cap\b|tuy\b|when\b|upon\b|as required\b)|\b(khi co|theo yeu cau|theo lo trinh|theo tien do|theo de nghi)\b/;
const WHOLE_YEAR_RE = /\b(trong ca nam|ca nam|cuoi nam|trong nam)\b/;
const START_ONLY_RE = /\btu\s*(nam|thang|quy|ngay)?\s*$/;
const UNTIL_RE = /\b(den|truoc|cham nhat|muon nhat|han chot|before|by)\b\s*(het\s*)?(ngay\s*)?$/;
const RANGE_SEP_RE = /^\s*(-|–|—|den|toi|~|to)\s*(het\s*)?$/;
const PIECE_SPLIT_RE = /\s*;\s*|,\s*(?=(?:hoan thanh|dua vao|khoi cong|trien khai|ban hanh|van hanh)\b)/;

function fold(s: string): string {
  return stripDiacritics(s.toLocaleLowerCase('vi'));
}

function make(text: string, kind: Deadline['kind'], start: string | null, due: string | null): Deadline {
  return { text, kind, start, due };
}

interface PieceReading {
  kind: Deadline['kind'];
  start: string | null;
  due: string | null;
}

/** "… và hằng năm", "… và các năm tiếp theo", "… và thường xuyên": a first period, then recurring. */
const RECURRING_AFTER_RE =
  /^\s*(?:,|;)?\s*(?:va|, va)\s+(?:(?:cac|nhung) nam (?:tiep theo|sau|ke tiep)|duy tri\b.*|thuong xuyen|hang nam|hang quy|hang thang|dinh ky|tiep tuc\b.*)/;
const YEAR_IN_TEXT_RE = /\b(?:19|20)\d{2}\b/g;
const RANGE_WORD_RE = /\b(tu|den|toi)\b|\d\s*-\s*\D|-/;

/**
 * The year a yearless period of a range takes: "Từ tháng 9 đến tháng 3/2026" writes its year once, at
 * the end, so the months before it take that year (and the year before when they would fall after the end).
 */
function rangeYear(folded: string, refYear: number | null): number | null {
  if (!RANGE_WORD_RE.test(folded)) return refYear;
  const years = folded.match(YEAR_IN_TEXT_RE);
  return years ? Number(years[years.length - 1]) : refYear;
}

function shiftYear(iso: string, by: number): string {
  return `${Number(iso.slice(0, 4)) + by}${iso.slice(4)}`;
}

function readPiece(folded: string, refYear: number | null): PieceReading | null {
  const { periods, invalid } = findPeriods(folded, rangeYear(folded, refYear));
  const recurring = RECURRING_RE.test(folded);
  if (periods.length === 0) {
    if (invalid) return { kind: 'unknown', start: null, due: null };
    if (recurring) return { kind: 'recurring', start: null, due: null };
    if (WHOLE_YEAR_RE.test(folded)) {
      return refYear === null
        ? { kind: 'unknown', start: null, due: null }
        : { kind: 'year', start: firstDayOfYear(refYear), due: lastDayOfYear(refYear) };
    }
    if (EVENT_RE.test(folded)) return { kind: 'event', start: null, due: null };
    return null;
  }
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const recurringAt = folded.search(RECURRING_RE);
  if (recurring && recurringAt < first.index) return { kind: 'recurring', start: first.start, due: null };
  if (START_ONLY_RE.test(folded.slice(0, first.index)) && !/\b(den|toi)\b/.test(folded) && periods.length === 1) {
    return { kind: 'recurring', start: first.start, due: null };
  }
  const before = folded.slice(0, first.index);
  const until = UNTIL_RE.test(before);
  // A written first period followed by "và hằng năm", "và các năm tiếp theo": recurring, first due then.
  if (RECURRING_AFTER_RE.test(folded.slice(last.end))) {
    return { kind: 'recurring', start: until ? null : first.start, due: last.due };
  }
  if (periods.length === 1) return { kind: first.kind, start: until ? null : first.start, due: first.due };
  // Several periods: a range when joined by "-", "đến"; otherwise the latest one counts.
  const joined = periods.slice(1).every((p, i) => RANGE_SEP_RE.test(folded.slice(periods[i]!.end, p.index)));
  if (joined) {
    // A range that crosses a year: the yearless start lies in the year before ("tháng 9 đến tháng 3/2026"),
    // a yearless end in the year after ("Quý IV/2026 - Quý I").
    let start = first.start;
    let due = last.due;
    if (first.yearless && start > due) start = shiftYear(start, -1);
    else if (last.yearless && start > due) due = shiftYear(due, 1);
    // Written backwards ("Từ 01/6/2026 đến 01/3/2026"): kept as written, for readDeadline to say so.
    return { kind: 'range', start: until ? null : start, due };
  }
  const latest = periods.reduce((a: Period, b: Period) => (b.due > a.due ? b : a));
  return { kind: 'range', start: first.start, due: latest.due };
}

/**
 * A citation of another document ("Quyết định số 1441/QĐ-UBND ngày 25/9/2025", "Kế hoạch 02-KH/BCĐTW"):
 * its number and date name that document, never a deadline.
 */
const CITATION_RE =
  /\b(?:so\s*)?\d{1,5}\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z]{1,8}(?:\s*-\s*[a-z&]{1,12})+\b(?:\s*,?\s*ngay\s*\d{1,2}\s*(?:\/|-|\.|\s+thang\s+)\s*\d{1,2}\s*(?:\/|-|\.|\s+nam\s+)\s*\d{4})?|\b\d{1,5}\s*-\s*[a-z]{1,6}\s*\/\s*[a-z&]{1,12}\b/g;
/** A remark in brackets after the deadline ("Quý II/2026 (theo yêu cầu … giai đoạn 2026 - 2031)"). */
const ASIDE_RE = /\([^()]*\)/g;

/**
 * The deadline text without what only accompanies it: citations of other documents always, and bracketed
 * remarks when the text outside the brackets still names a period.
 */
function withoutAsides(folded: string, refYear: number | null): string {
  let out = folded.replace(CITATION_RE, ' ');
  if (out.includes('(')) {
    const outside = out.replace(ASIDE_RE, ' ');
    if (findPeriods(outside, refYear).periods.length > 0) out = outside;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A deadline as read, and what the text says that cannot be true: a period that ends before it starts
 * ("Từ 01/6/2026 đến 01/3/2026"). Such a deadline is read as unknown (no due date, so no state), and
 * `backwards` keeps the two dates for the finding that says so.
 */
export interface DeadlineReading {
  deadline: Deadline;
  backwards: { start: IsoDate; due: IsoDate } | null;
}

const cache = new Map<string, DeadlineReading>();

/** Deadline texts repeat across a table ("Năm 2026", "Thường xuyên"): text readings are cached per reference year. */
export function readDeadlineChecked(input: DeadlineInput, ctx: DeadlineContext): DeadlineReading {
  if (typeof input.value !== 'string' || input.date) return readDeadlineUncached(input, ctx);
  const key = `${ctx.referenceYear ?? ''}|${input.text}`;
  const hit = cache.get(key);
  if (hit) return structuredCopy(hit);
  const d = readDeadlineUncached(input, ctx);
  if (cache.size > 20000) cache.clear();
  cache.set(key, d);
  return structuredCopy(d);
}

/** The deadline alone: never a due date before its start (a backwards period reads as unknown). */
export function readDeadline(input: DeadlineInput, ctx: DeadlineContext): Deadline {
  return readDeadlineChecked(input, ctx).deadline;
}

function structuredCopy({ deadline: d, backwards }: DeadlineReading): DeadlineReading {
  const deadline = d.milestones ? { ...d, milestones: d.milestones.map((m) => ({ ...m })) } : { ...d };
  return { deadline, backwards: backwards && { ...backwards } };
}

/** The first period of a reading that ends before it starts, if any. */
function backwardsPeriod(d: Deadline): DeadlineReading['backwards'] {
  for (const p of [d, ...(d.milestones ?? [])])
    if (p.start && p.due && p.due < p.start) return { start: p.start, due: p.due };
  return null;
}

/**
 * Dates an exporting program writes for an empty date: the Unix epoch, Excel's day 0 and day 1. A deadline
 * of 01/01/1970 is an empty cell, not a deadline 56 years overdue.
 */
const PLACEHOLDER_DATES: ReadonlySet<string> = new Set(['1970-01-01', '1900-01-01', '1899-12-30', '1899-12-31']);

/** Is this deadline a placeholder for an empty date (see PLACEHOLDER_DATES)? */
export function isPlaceholderDeadline(input: DeadlineInput): boolean {
  const d = readAnyDeadline(input, { referenceYear: null });
  return d.kind === 'date' && d.due !== null && PLACEHOLDER_DATES.has(d.due);
}

function readDeadlineUncached(input: DeadlineInput, ctx: DeadlineContext): DeadlineReading {
  const d = readAnyDeadline(input, ctx);
  if (d.kind === 'date' && d.due !== null && PLACEHOLDER_DATES.has(d.due))
    return { deadline: make(d.text, 'unknown', null, null), backwards: null };
  const backwards = backwardsPeriod(d);
  return { deadline: backwards ? make(d.text, 'unknown', null, null) : d, backwards };
}

function readAnyDeadline(input: DeadlineInput, ctx: DeadlineContext): Deadline {
  const text = normalizeText(input.text ?? '');
  if (input.date) return make(text || input.date, 'date', input.date, input.date);
  if (typeof input.value === 'number' && Number.isFinite(input.value)) {
    const v = input.value;
    if (Number.isInteger(v) && v >= 1990 && v <= 2100) return make(text, 'year', firstDayOfYear(v), lastDayOfYear(v));
    if (v >= 32874 && v <= 73051) {
      const iso = excelSerialToIso(v);
      if (iso) return make(text, 'date', iso, iso);
    }
    return make(text, 'unknown', null, null);
  }
  if (!text) return make('', 'none', null, null);
  const folded = withoutAsides(fold(normalizeText(input.text.replace(/\r?\n/g, ' ; '))), ctx.referenceYear);
  const pieces = folded
    .split(PIECE_SPLIT_RE)
    .map((p) => p.replace(/^\s*[-+•]\s*/, ''))
    .filter((p) => /\S/.test(p));
  const readings: { text: string; r: PieceReading }[] = [];
  for (const piece of pieces) {
    const r = readPiece(piece.trim(), ctx.referenceYear);
    if (r && r.kind !== 'unknown' && r.due) readings.push({ text: piece.trim(), r });
    else if (r && r.kind === 'unknown') return make(text, 'unknown', null, null);
  }
  if (readings.length >= 2) {
    const milestones: Milestone[] = readings.map(({ text: t, r }) => ({
      text: t,
      kind: r.kind,
      start: r.start,
      due: r.due,
    }));
    const due = milestones.reduce((a, m) => (m.due! > a ? m.due! : a), milestones[0]!.due!);
    return { text, kind: 'milestones', start: milestones[0]!.start, due, milestones };
  }
  if (readings.length === 1) {
    const r = readings[0]!.r;
    return make(text, r.kind, r.start, r.due);
  }
  const whole = readPiece(folded, ctx.referenceYear);
  if (whole) return make(text, whole.kind, whole.start, whole.due);
  return make(text, 'unknown', null, null);
}
