/**
 * Find the header rows of appendix tables in a sheet: one-row headers, two-row headers (a merged
 * "Cơ quan thực hiện" over "Chủ trì | Phối hợp"), headers in any column order and in English.
 */
import { cellAt, mergeAt, type SheetGrid } from '../grid';
import { normalizeText } from '../text';
import { isDataCell, measureColumn } from './columnEvidence';
import { headerKey } from './headerKey';
import { isTaskTableMap, mapColumns, scoreHeader, type ColumnMap } from './mapColumns';

export interface HeaderMatch {
  /** 0-based row of the first header row. */
  row: number;
  /** 1 or 2 header rows. */
  height: number;
  /** Header text per column (two-row headers combined: "Cơ quan thực hiện Chủ trì"). */
  texts: string[];
  map: ColumnMap;
  /** Sum of mapping confidences: used to prefer the better of overlapping candidates. */
  score: number;
  /**
   * "header": found by its header's words; "body": by rows that read as tasks, under a header in words
   * we do not know (height 1) or under no header at all (height 0, `row` is the first body row); "user":
   * a range a person said is a table.
   */
  foundBy?: 'header' | 'body' | 'user';
  /** True when a headerless table continues the previous sheet's table and took its header and mapping. */
  continues?: boolean;
}

const MAX_HEADER_CELL = 90;
/** How far below a header its columns' cells are read for evidence. */
const EVIDENCE_ROWS = 120;
const scoreCache = new Map<string, number>();
/**
 * STT values ("12", "1.2.3", "(12)", "12.", "12)") and other plain numbers are never headers: they are
 * not scored (each is unique and would only fill the cache with one-offs).
 */
const NUMBER_RE = /^\(?\d[\d.,]*\)?\.?$/;

/** A start column under "Thời gian" ("Bắt đầu", "Khởi công"): a header's word that names no field. */
const START_WORDS_RE = /^(bat dau|khoi cong|tu ngay|ngay bat dau|thoi diem bat dau)$/;

/** How many header-like cells a row has (cached by text: repeated headers and values recur). */
function headerishCells(texts: string[]): number {
  let n = 0;
  for (const t of texts) {
    if (!t || t.length > MAX_HEADER_CELL || NUMBER_RE.test(t)) continue;
    let s = scoreCache.get(t);
    if (s === undefined) {
      s = Object.keys(scoreHeader(t)).length || (START_WORDS_RE.test(headerKey(t)) ? 1 : 0);
      if (scoreCache.size > 50000) scoreCache.clear();
      scoreCache.set(t, s);
    }
    if (s > 0) n++;
  }
  return n;
}

const NO_TEXTS: string[] = Object.freeze([]) as unknown as string[];

/**
 * Every cell's normalised text, computed once per sheet and shared by every step that reads text. Each
 * row is as long as its own last cell that holds text (an empty row is one shared empty list): a cell
 * far to the right or far down costs its own row, never rows × widest row. Read through `textAt`.
 */
export function sheetTexts(sheet: SheetGrid): string[][] {
  const out: string[][] = new Array(sheet.rows.length);
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    let last = -1;
    if (row)
      for (let c = row.length - 1; c >= 0; c--)
        if (row[c]?.text) {
          last = c;
          break;
        }
    if (last < 0) {
      out[r] = NO_TEXTS;
      continue;
    }
    const texts: string[] = new Array(last + 1);
    for (let c = 0; c <= last; c++) {
      const t = row![c]?.text;
      texts[c] = t ? normalizeText(t) : '';
    }
    out[r] = texts;
  }
  return out;
}

/** A cell's normalised text ('' past the end of its row). */
export function textAt(texts: string[][], row: number, col: number): string {
  return texts[row]?.[col] ?? '';
}

/** The widest of rows [from, to) of `texts`: the width a table standing on those rows is read at. */
export function widthOf(texts: string[][], from: number, to: number): number {
  let n = 0;
  for (let r = Math.max(0, from); r < Math.min(to, texts.length); r++) if (texts[r]!.length > n) n = texts[r]!.length;
  return n;
}

/** A row's texts made `width` long (a new list; the shared rows are never changed). */
export function padTexts(row: readonly string[], width: number): string[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

function combineTwoRows(top: string[], sub: string[], sheet: SheetGrid, row: number): string[] {
  const out: string[] = [];
  let carried = '';
  for (let c = 0; c < top.length; c++) {
    const t = top[c]!;
    const s = sub[c]!;
    const merge = mergeAt(sheet, row, c);
    if (t) carried = t;
    else if (!(merge && merge.left < c) && !s) carried = '';
    const head = t || (s ? carried : '');
    out.push(head && s ? `${head} ${s}` : head || s);
  }
  return out;
}

/** Header texts already mapped in this sheet: a header repeated at every page break is mapped once. */
type MapCache = Map<string, ColumnMap>;

function evaluate(
  sheet: SheetGrid,
  all: string[][],
  row: number,
  height: number,
  texts: string[],
  cache?: MapCache,
): HeaderMatch | null {
  const key = `${height}\u0001${texts.join('\u0001')}`;
  let map = cache?.get(key);
  if (!map) {
    const first = row + height;
    const limit = Math.min(all.length, first + EVIDENCE_ROWS);
    map = mapColumns(texts, (col) => measureColumn(sheet, all, first, limit, col));
    cache?.set(key, map);
  }
  if (!isTaskTableMap(map)) return null;
  let score = 0;
  for (const v of Object.values(map.confidence)) score += v ?? 0;
  return { row, height, texts, map, score };
}

/** How many cells of a row hold data, not a header's words: numbering, deadlines, dates, figures. */
export function dataCells(sheet: SheetGrid, texts: string[], row: number): number {
  let n = 0;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]!;
    if (t && isDataCell(t, cellAt(sheet, row, c))) n++;
  }
  return n;
}

/** Try `row` as a header (alone, or with the row below as a second header row). */
export function matchHeaderAt(sheet: SheetGrid, texts: string[][], row: number, cache?: MapCache): HeaderMatch | null {
  const own = texts[row]!;
  if (headerishCells(own) < 2) return null;
  // A body row whose cells happen to contain header words ("Chương trình", "Các văn bản …") still
  // carries its number and its deadline.
  if (dataCells(sheet, own, row) >= 2) return null;
  // The header is read as wide as the rows it heads: itself, a second header row and the evidence rows.
  const width = widthOf(texts, row, row + 2 + EVIDENCE_ROWS);
  const top = padTexts(own, width);
  const single = evaluate(sheet, texts, row, 1, top, cache);
  if (row + 1 < sheet.rows.length) {
    const sub = padTexts(texts[row + 1]!, width);
    const subHeaderish = headerishCells(sub);
    const subFilled = sub.filter(Boolean).length;
    if (subHeaderish >= 1 && subFilled > 0 && sub.every((t) => t.length <= MAX_HEADER_CELL)) {
      const hasEmptyTop = top.some((t, c) => !t && sub[c]);
      if (hasEmptyTop || subHeaderish === subFilled) {
        const double = evaluate(sheet, texts, row, 2, combineTwoRows(top, sub, sheet, row), cache);
        // Two rows when they map more fields; or as many, when every cell of the second row is a header's
        // word under an empty cell of the first ("Thời gian" over "Bắt đầu | Kết thúc").
        const n = (m: HeaderMatch) => Object.keys(m.map.fields).length;
        const subOnly = hasEmptyTop && subHeaderish === subFilled;
        if (double && (!single || n(double) > n(single) || (subOnly && n(double) === n(single)))) return double;
      }
    }
  }
  return single;
}

/**
 * Every header candidate in a sheet, top to bottom (a two-row header counts once). The row right under
 * a header is never a header of its own: no table starts without a body, and that row is where a task
 * cut at a page break goes on (under the repeated header), whatever header words its cells happen to
 * hold ("đầu cơ quan, đơn vị, …" | "Văn bản hướng dẫn").
 */
export function findHeaderRows(sheet: SheetGrid, texts: string[][]): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  const cache: MapCache = new Map();
  let afterHeader = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (r === afterHeader) continue;
    const m = matchHeaderAt(sheet, texts, r, cache);
    if (m) {
      found.push(m);
      r += m.height - 1;
      afterHeader = r + 1;
    }
  }
  return found;
}

/** Is `candidate` the same table layout as `header` (a header repeated at a page break)? */
export function sameLayout(header: HeaderMatch, candidate: HeaderMatch): boolean {
  let agree = 0;
  for (const [field, col] of Object.entries(header.map.fields)) {
    if (field === 'no' || field === 'task') continue;
    const other = candidate.map.fields[field as keyof typeof candidate.map.fields];
    if (other === undefined) continue;
    if (other !== col) return false;
    agree++;
  }
  return agree >= 2;
}
