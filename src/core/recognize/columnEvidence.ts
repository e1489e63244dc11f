/**
 * What the cells of one column hold, measured on the rows under a candidate header: the share of
 * its non-empty cells that are numbering, prose, names of public bodies, people in office, deadline
 * phrases, dates, status words, ticks, figures or citations of other documents. The column mapping
 * weighs these shares with the header's words.
 */
import { cellAt, type Cell, type SheetGrid } from '../grid';
import { readDeadline } from '../deadline';
import { looksLikeBody, looksLikePerson } from './bodyLexicon';
import { looksLikeStatus } from './statusWords';
import { parseSttCell } from './stt';

export { CONTENT_KINDS, type ContentKind } from '../report/schema';
import { CONTENT_KINDS, type ContentKind } from '../report/schema';

export interface ColumnEvidence {
  /** Non-empty cells read. */
  sampled: number;
  /** Share of the sampled cells of each kind, 0..1 (a cell may be of several kinds). */
  shares: Record<ContentKind, number>;
}

/** How many non-empty cells of a column are enough to tell what it holds. */
const SAMPLE = 60;
const NUMBERED_STYLES = new Set([
  'arabic',
  'arabic-dot',
  'paren',
  'hierarchical',
  'roman',
  'letter-upper',
  'letter',
  'code',
]);
const MARK_RE = /^(x|✓|✔|√|v|\+|o|●|■)$/iu;
const FIGURE_RE = /^[-+]?\d{1,3}([.,\s]\d{3})+([.,]\d+)?$|^[-+]?\d+[.,]\d+$|^[-+]?\d{4,}$|^\d+(,\d+)?\s*%$/u;
/** "số 12/2025/NĐ-CP", "Quyết định 1441/QĐ-UBND", "147/TB-BGDĐT": a reference to another document. */
const CITATION_RE =
  /\b\d{1,5}\/(\d{4}\/)?[A-ZĐ]{1,6}(-[A-ZĐ&]{1,10})+\b|\b(nghị quyết|quyết định|thông báo|công văn|kế hoạch|chỉ thị|văn bản) số\b/iu;
/** Every citation has a "/" or the word "số": a cheap test that spares most cells the expression. */
const mayCite = (text: string) => text.includes('/') || /s[ốỐ]|S[ốỐ]/u.test(text);
/** A time of day ("10h00", "7h30", "14 giờ", "08:15"): schedules, not deadlines. */
const CLOCK_RE = /^\d{1,2}\s*(h|giờ|g|:)\s*\d{0,2}(\s*(phút|p))?$/iu;
const YEAR_RE = /^(19|20)\d{2}$/;
const DATE_TEXT_RE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

export const NO_EVIDENCE: ColumnEvidence = Object.freeze({
  sampled: 0,
  shares: Object.freeze(Object.fromEntries(CONTENT_KINDS.map((k) => [k, 0]))) as Record<ContentKind, number>,
}) as ColumnEvidence;

/** Measure column `col` over rows `first` … `limit - 1` (at most SAMPLE non-empty cells). */
export function measureColumn(
  sheet: SheetGrid,
  texts: string[][],
  first: number,
  limit: number,
  col: number,
): ColumnEvidence {
  const counts = Object.fromEntries(CONTENT_KINDS.map((k) => [k, 0])) as Record<ContentKind, number>;
  let n = 0;
  for (let r = first; r < limit && n < SAMPLE; r++) {
    const text = texts[r]?.[col];
    if (!text) continue;
    n++;
    const cell = cellAt(sheet, r, col);
    for (const kind of kindsOf(text, cell)) counts[kind]++;
  }
  if (n === 0) return NO_EVIDENCE;
  const shares = Object.fromEntries(CONTENT_KINDS.map((k) => [k, counts[k] / n])) as Record<ContentKind, number>;
  return { sampled: n, shares };
}

const numberingStyle = (text: string, cell: Cell) => (text.length <= 12 ? parseSttCell(cell).style : 'none');
const isFigure = (text: string) => FIGURE_RE.test(text) && !YEAR_RE.test(text);
const isDate = (text: string, cell: Cell) => !!cell.date || DATE_TEXT_RE.test(text);

/** Does the deadline reader read the cell as a deadline (a period, a date, recurring, an event)? */
export function readsAsDeadline(text: string, cell: Cell): boolean {
  const d = readDeadline({ value: cell.value, text, date: cell.date }, { referenceYear: null });
  return d.kind !== 'unknown' && d.kind !== 'none';
}

/**
 * Is the cell data rather than a header's words: a number, a deadline, a date, a figure? (The cheap
 * part of kindsOf, run on every row that might be a header.)
 */
export function isDataCell(text: string, cell: Cell): boolean {
  if (text.length > 40) return false;
  return (
    isDate(text, cell) ||
    NUMBERED_STYLES.has(numberingStyle(text, cell)) ||
    isFigure(text) ||
    readsAsDeadline(text, cell)
  );
}

/** The kinds one cell is. */
export function kindsOf(text: string, cell: Cell): ContentKind[] {
  const kinds: ContentKind[] = [];
  const stt = numberingStyle(text, cell);
  if (NUMBERED_STYLES.has(stt)) kinds.push('stt');
  if (MARK_RE.test(text)) kinds.push('mark');
  if (CLOCK_RE.test(text)) kinds.push('clock');
  if (isFigure(text)) kinds.push('figure');
  const body = looksLikeBody(text);
  const person = !body && looksLikePerson(text);
  if (body) kinds.push('body');
  if (person) kinds.push('person');
  if (!body && !person && (text.length >= 30 || text.split(' ').length >= 6)) kinds.push('prose');
  if (isDate(text, cell)) kinds.push('date');
  // A task code ("2026-01") holds a year but is no deadline.
  if (!kinds.includes('figure') && !kinds.includes('mark') && stt !== 'code' && text.length <= 160) {
    if (readsAsDeadline(text, cell)) kinds.push('deadline');
  }
  if (looksLikeStatus(text)) kinds.push('status');
  if (mayCite(text) && CITATION_RE.test(text)) kinds.push('citation');
  return kinds;
}
