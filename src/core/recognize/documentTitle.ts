/**
 * The lines above an appendix table: "PHỤ LỤC II", the title, and "(Kèm theo Kế hoạch số 71/KH-UBND
 * ngày 04/3/2026 của …)", from which the document's date is read (day or month may be left blank in
 * drafts: "ngày / /2025", "ngày /4/2026", "ngày tháng năm 2026").
 */
import type { SheetGrid } from '../grid';
import { isoFromParts, type IsoDate } from '../isoDate';
import { normalizeText } from '../text';

export interface DocumentDate {
  iso: IsoDate;
  precision: 'day' | 'month' | 'year';
  year: number;
}

export interface TableTitle {
  /** Title lines joined, without the "PHỤ LỤC" label and the "Kèm theo" line; null when there are none. */
  title: string | null;
  /** "PHỤ LỤC II" as written, or null. */
  appendixLabel: string | null;
  /** The "(Kèm theo …)" line, or null. */
  attachedTo: string | null;
  documentDate: DocumentDate | null;
  /** 0-based sheet rows the title lines occupy. */
  rows: number[];
}

const APPENDIX_RE = /^ph[uụ]\s*l[uụ]c\b/iu;
const ATTACHED_RE = /k[eè]m\s*theo/iu;
const DATE_RE = /ngày\s*(\d{1,2})?\s*(?:\/|-|\.|tháng)?\s*(\d{1,2})?\s*(?:\/|-|\.|năm|,)?\s*(\d{4})/iu;

const TITLE_YEAR_RE =
  /(?<!(?:đến|tới|tầm nhìn|định hướng|giai đoạn|ngày[^,;()]{0,12})\s*)\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/giu;

/**
 * The year a title or header says its work is for ("Lịch công tác năm 2026", "Thời hạn (năm 2026)"):
 * one "năm YYYY" that is not a horizon ("đến năm 2030", "tầm nhìn …"), a period ("giai đoạn …") or a date.
 * Null when there is none, or more than one.
 */
export function statedYear(text: string): number | null {
  const years = new Set<number>();
  for (const m of normalizeText(text).matchAll(TITLE_YEAR_RE)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

/** Read the document date from a "Kèm theo … ngày …" line or any line that states one. */
export function readDocumentDate(line: string): DocumentDate | null {
  const m = DATE_RE.exec(normalizeText(line));
  if (!m) return null;
  const year = Number(m[3]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[1] && month ? Number(m[1]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  const iso = isoFromParts(year, month ?? 1, day ?? 1);
  if (!iso) return null;
  return { iso, precision: day !== null ? 'day' : month !== null ? 'month' : 'year', year };
}

/** The text of a row when it is a one-cell title line (all its text in one or two cells), else null. */
export function titleLineText(sheet: SheetGrid, row: number): string | null {
  const cells = sheet.rows[row] ?? [];
  const texts: string[] = [];
  for (const c of cells) {
    const t = normalizeText(c?.text ?? '');
    if (t) texts.push(t);
  }
  if (texts.length === 0 || texts.length > 2) return null;
  return texts.join(' ');
}

/**
 * Collect the title block that ends right above `headerRow` (0-based), looking at most `maxLines`
 * rows up and never above `floorRow` (the end of the previous table).
 */
export function readTableTitle(sheet: SheetGrid, headerRow: number, floorRow = 0, maxLines = 8): TableTitle {
  const lines: { row: number; text: string }[] = [];
  let blanks = 0;
  for (let r = headerRow - 1; r >= floorRow && r >= headerRow - maxLines - 2; r--) {
    const text = titleLineText(sheet, r);
    if (text === null) {
      if ((sheet.rows[r] ?? []).some((c) => c.text.trim() !== '')) break; // a wide row: not a title
      if (++blanks > 1) break;
      continue;
    }
    if (text.length > 400) break;
    lines.unshift({ row: r, text });
    if (APPENDIX_RE.test(text) || lines.length >= maxLines) break;
  }
  let appendixLabel: string | null = null;
  let attachedTo: string | null = null;
  const titleParts: string[] = [];
  for (const { text } of lines) {
    if (!appendixLabel && APPENDIX_RE.test(text) && text.length < 40) appendixLabel = text;
    else if (!attachedTo && ATTACHED_RE.test(text)) attachedTo = text;
    else titleParts.push(text);
  }
  // A lone label line above the appendix label (a page number, a stray code) is not a title.
  const documentDate =
    (attachedTo ? readDocumentDate(attachedTo) : null) ??
    lines.map((l) => readDocumentDate(l.text)).find((d) => d !== null) ??
    null;
  return {
    title: titleParts.length ? titleParts.join(' ') : null,
    appendixLabel,
    attachedTo,
    documentDate,
    rows: lines.map((l) => l.row),
  };
}
