/**
 * Find every appendix table in a sheet: header rows (with their repeats at page breaks), then tables
 * found by their body where no header was recognised; the title block above, the body rows
 * classified, and the tasks built from them.
 */
import type { SheetGrid, UnreadableReason } from '../grid';
import { oversizedRange, type OversizedRange } from './sheetExtent';
import { buildTasks, type RawTask, type SectionRow } from './buildTasks';
import { classifyRows, type BodyRow } from './classifyRows';
import { readTableTitle, type TableTitle } from './documentTitle';
import {
  dataCells,
  findHeaderRows,
  matchHeaderAt,
  padTexts,
  sameLayout,
  sheetTexts,
  type HeaderMatch,
} from './findHeaderRows';
import { boxesIntersect, overrideBox, type TableOverride } from './tableOverrides';
import { measureColumn, NO_EVIDENCE } from './columnEvidence';
import { mapColumns } from './mapColumns';
import type { CellBox } from '../a1';
import type { ColumnMap } from './mapColumns';
import { applyColumnOverrides, type ColumnOverride } from './columnOverrides';
import { findBodyTables } from './findBodyTables';

export interface RecognizedTable {
  sheet: string;
  header: HeaderMatch;
  map: ColumnMap;
  title: TableTitle;
  /** 0-based rows: first header row … last row that belongs to the table. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  body: BodyRow[];
  repeatedHeaderRows: number[];
  tasks: RawTask[];
  sections: SectionRow[];
  continuations: number;
  /** Cells inside the table holding Excel error values (#N/A, #REF! …): 0-based row and column. */
  errorCells: { row: number; col: number; text: string }[];
  /** On the sheet's first table only: the sheet's used range is far larger than its content. */
  oversizedRange?: OversizedRange;
  /** Cells inside the table whose stored value cannot be read (see Cell.unreadable): 0-based row and column. */
  unreadableCells: { row: number; col: number; text: string; reason: UnreadableReason }[];
}

/**
 * `overrides`: a person's mapping corrections for tables of this sheet (matched by header row).
 * `previous`: the last table of the sheet before, which a headerless table at the top may continue.
 * `tableOverrides`: a person's tables ("this range is a table") and dismissals ("not an appendix").
 */
export function recognizeTables(
  sheet: SheetGrid,
  overrides: ColumnOverride[] = [],
  previous?: RecognizedTable,
  tableOverrides: TableOverride[] = [],
): RecognizedTable[] {
  if (sheet.rows.length === 0) return [];
  // Every step reads the same texts and header candidates: computed once per sheet.
  const texts = sheetTexts(sheet);
  const headers = findHeaderRows(sheet, texts);
  const found = recognizeOwnTables(sheet, texts, headers, overrides, previous);
  const own = tableOverrides.filter((o) => o.sheet === sheet.name);
  if (own.length === 0) return withSheetFacts(found, sheet, texts);
  const boxOf = (t: RecognizedTable): CellBox => ({ top: t.top, left: t.left, bottom: t.bottom, right: t.right });
  // A person's range replaces whatever the engine found across it; a dismissal removes it.
  const tables = found.filter((t) => !own.some((o) => boxesIntersect(overrideBox(o), boxOf(t))));
  for (const o of own.filter((x) => x.action === 'table')) {
    const table = userTable(sheet, texts, headers, o, overrides);
    if (table) tables.push(table);
  }
  return withSheetFacts(
    tables.sort((a, b) => a.top - b.top),
    sheet,
    texts,
  );
}

/** What is said of the sheet, not of one table, goes with its first table. */
function withSheetFacts(tables: RecognizedTable[], sheet: SheetGrid, texts: string[][]): RecognizedTable[] {
  const oversized = tables.length ? oversizedRange(sheet, texts) : null;
  if (oversized) tables[0] = { ...tables[0]!, oversizedRange: oversized };
  return tables;
}

/** The table a person pointed at: the range's rows and columns only, the header row as they said (or proposed). */
function userTable(
  sheet: SheetGrid,
  texts: string[][],
  headers: HeaderMatch[],
  o: TableOverride,
  overrides: ColumnOverride[],
): RecognizedTable | null {
  const box = overrideBox(o);
  const bottom = Math.min(box.bottom, sheet.rows.length - 1);
  if (bottom < box.top) return null;
  const inside = (row: string[]) => padTexts(row, box.right + 1).map((t, c) => (c >= box.left ? t : ''));
  const headerRow =
    o.headerRow === undefined ? proposeHeaderRow(sheet, texts, box) : o.headerRow === 0 ? null : o.headerRow - 1;
  const first = headerRow === null ? box.top : headerRow + 1;
  const headerTexts = headerRow === null ? new Array<string>(box.right + 1).fill('') : inside(texts[headerRow] ?? []);
  const evidence = (col: number) =>
    col >= box.left && col <= box.right ? measureColumn(sheet, texts, first, bottom + 1, col) : NO_EVIDENCE;
  const map = mapColumns(headerTexts, evidence, 'content');
  let score = 0;
  for (const v of Object.values(map.confidence)) score += v ?? 0;
  const header: HeaderMatch = {
    row: headerRow ?? box.top,
    height: headerRow === null ? 0 : 1,
    texts: headerTexts,
    map,
    score,
    foundBy: 'user',
  };
  // The header repeated at page breaks inside the range (by its layout, or by the same words).
  const repeats =
    headerRow === null
      ? []
      : headers.filter(
          (h) =>
            h.row > headerRow &&
            h.row <= bottom &&
            (sameLayout(header, h) ||
              h.texts.slice(box.left, box.right + 1).join('|') ===
                headerTexts.slice(box.left, box.right + 1).join('|')),
        );
  const table = buildTable(sheet, texts, { header, repeats }, bottom + 1, box.top, overrides, true);
  if (!table) return null;
  // The person's range is the table's extent, whatever the mapped columns span.
  return { ...table, top: box.top, left: box.left, right: box.right, bottom: Math.max(table.bottom, bottom) };
}

/** The header row the engine proposes inside a person's range: a recognised header near the top, else none. */
export function proposeHeaderRow(sheet: SheetGrid, texts: string[][], box: CellBox): number | null {
  for (let r = box.top; r <= Math.min(box.bottom, box.top + 3); r++) {
    const m = matchHeaderAt(sheet, texts, r);
    if (m) return r;
  }
  // No words we know: the first row of short text cells with no data, when the rows under it differ.
  const row = texts[box.top] ?? [];
  const cells = row.slice(box.left, box.right + 1).filter(Boolean);
  if (cells.length >= 2 && cells.every((t) => t.length <= 90) && dataCells(sheet, row, box.top) < 2) return box.top;
  return null;
}

function recognizeOwnTables(
  sheet: SheetGrid,
  texts: string[][],
  headers: HeaderMatch[],
  overrides: ColumnOverride[],
  previous: RecognizedTable | undefined,
): RecognizedTable[] {
  // Group header rows into tables: a header with the layout of the current table repeats it.
  const groups: { header: HeaderMatch; repeats: HeaderMatch[] }[] = [];
  for (const h of headers) {
    const current = groups[groups.length - 1];
    // Same layout repeats the current table, unless a new "PHỤ LỤC …" title starts another one.
    const newAppendix = current && readTableTitle(sheet, h.row, current.header.row + 1, 4).appendixLabel !== null;
    if (current && !newAppendix && sameLayout(current.header, h)) current.repeats.push(h);
    else groups.push({ header: h, repeats: [] });
  }
  const tables: RecognizedTable[] = [];
  let floor = 0;
  groups.forEach((g, i) => {
    const next = groups[i + 1];
    const table = buildTable(sheet, texts, g, next ? next.header.row : sheet.rows.length, floor, overrides);
    if (!table) return; // a header with nothing under it is no table
    tables.push(table);
    floor = table.bottom + 1;
  });
  // Then tables found by their body, in the rows no table covers.
  const covered = (row: number) => tables.some((t) => row >= t.top && row <= t.bottom);
  const firstHeaderTop = tables.length ? tables[0]!.top : Infinity;
  const before = previous?.header;
  for (const header of findBodyTables(sheet, texts, (row) => !covered(row), before, firstHeaderTop)) {
    if (covered(header.row)) continue;
    const below = tables.filter((t) => t.top > header.row).map((t) => t.top);
    const above = tables.filter((t) => t.bottom < header.row).map((t) => t.bottom + 1);
    const limit = below.length ? Math.min(...below) : sheet.rows.length;
    const table = buildTable(sheet, texts, { header, repeats: [] }, limit, Math.max(0, ...above), overrides);
    if (table) tables.push(table);
  }
  tables.sort((a, b) => a.top - b.top);
  return tables;
}

/** One table from its header (and the header's repeats), its body read down to `limit`. */
function buildTable(
  sheet: SheetGrid,
  texts: string[][],
  g: { header: HeaderMatch; repeats: HeaderMatch[] },
  limit: number,
  floor: number,
  overrides: ColumnOverride[],
  keepEmpty = false,
): RecognizedTable | null {
  const own = overrides.filter((o) => o.sheet === sheet.name && o.headerRow === g.header.row + 1);
  const header =
    own.length > 0 ? { ...g.header, map: applyColumnOverrides(g.header.map, g.header.texts, own) } : g.header;
  const repeats = new Map(g.repeats.map((h) => [h.row, h]));
  const start = header.row + header.height;
  const body = classifyRows(sheet, texts, header, start, limit, repeats);
  const built = buildTasks(sheet, header.map, body.rows);
  if (built.tasks.length === 0 && !keepEmpty) return null;
  const title = readTableTitle(sheet, header.row, floor);
  const cols = Object.values(header.map.fields) as number[];
  if (cols.length === 0) cols.push(0);
  let right = Math.max(...cols);
  const headerTexts = header.texts;
  for (let c = headerTexts.length - 1; c > right; c--)
    if (headerTexts[c]) {
      right = c;
      break;
    }
  let left = Math.min(...cols);
  for (let c = 0; c < left; c++)
    if (headerTexts[c]) {
      left = c;
      break;
    }
  const bottom = body.end - 1;
  const errorCells: RecognizedTable['errorCells'] = [];
  const unreadableCells: RecognizedTable['unreadableCells'] = [];
  for (let r = header.row; r <= bottom; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell?.error) errorCells.push({ row: r, col: c, text: cell.text });
      if (cell?.unreadable) unreadableCells.push({ row: r, col: c, text: cell.text, reason: cell.unreadable });
    }
  }
  return {
    sheet: sheet.name,
    header,
    map: header.map,
    title,
    top: header.row,
    bottom,
    left,
    right,
    body: body.rows,
    repeatedHeaderRows: body.rows.filter((r) => r.kind === 'repeated-header').map((r) => r.row),
    tasks: built.tasks,
    sections: built.sections,
    continuations: built.continuations,
    errorCells,
    unreadableCells,
  };
}
