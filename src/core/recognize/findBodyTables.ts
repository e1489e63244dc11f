/**
 * Tables found by their body: rows that read as tasks (a number, a sentence of work, a public body or a
 * deadline) under a header the engine has no words for, or under no header at all (a table continued
 * on another sheet). Only the rows no header-found table covers are read. A table found this way must
 * assign work to a body: numbered prose with years beside it (a budget, a list of figures) is not one.
 */
import { cellAt, type SheetGrid } from '../grid';
import { looksLikeBody } from './bodyLexicon';
import { measureColumn, readsAsDeadline } from './columnEvidence';
import type { HeaderMatch } from './findHeaderRows';
import { dataCells, padTexts, widthOf } from './findHeaderRows';
import { mapColumns } from './mapColumns';
import { parseSttCell } from './stt';

const NUMBERED = new Set(['arabic', 'arabic-dot', 'paren', 'hierarchical']);
/** A task row's sentence of work is at least this long. */
const PROSE = 30;
/** Task rows of one run are at most this many rows apart (sections, sub-rows, blanks between). */
const MAX_GAP = 4;
/** Fewer task rows than this are no table. */
const MIN_RUN = 3;
const MAX_HEADER_CELL = 90;

interface TaskLikeRow {
  row: number;
  stt: number;
  prose: number;
}

/** Does the row read as a task: a number first, a sentence of work, and a body or a deadline beside them? */
export function taskLikeRow(sheet: SheetGrid, texts: string[], row: number): TaskLikeRow | null {
  let filled = 0;
  let stt = -1;
  let prose = -1;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]!;
    if (!t) continue;
    filled++;
    if (stt < 0 && filled <= 2 && t.length <= 8 && NUMBERED.has(parseSttCell(cellAt(sheet, row, c)).style)) stt = c;
    else if (stt >= 0 && prose < 0 && t.length >= PROSE) prose = c;
  }
  if (filled < 3 || stt < 0 || prose < 0) return null;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]!;
    if (!t || c === stt || c === prose) continue;
    if (looksLikeBody(t)) return { row, stt, prose };
    if (t.length <= 120 && readsAsDeadline(t, cellAt(sheet, row, c))) return { row, stt, prose };
  }
  return null;
}

/** Runs of task rows with the same numbering and task columns, in the rows no table covers. */
function taskRuns(sheet: SheetGrid, texts: string[][], free: (row: number) => boolean): TaskLikeRow[][] {
  const runs: TaskLikeRow[][] = [];
  let run: TaskLikeRow[] = [];
  for (let r = 0; r < texts.length; r++) {
    if (!free(r)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const t = taskLikeRow(sheet, texts[r]!, r);
    if (!t) continue;
    const last = run[run.length - 1];
    if (last && (t.row - last.row > MAX_GAP || t.stt !== last.stt || t.prose !== last.prose)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= MIN_RUN);
}

/** The row just above a run, when it reads as a header: short text cells, no data. */
function headerAbove(
  sheet: SheetGrid,
  texts: string[][],
  first: number,
  free: (row: number) => boolean,
): number | null {
  for (let r = first - 1; r >= Math.max(0, first - 3); r--) {
    if (!free(r)) return null;
    const t = texts[r]!;
    const filled = t.filter(Boolean);
    if (filled.length === 0) continue;
    if (filled.length < 2 || filled.some((x) => x.length > MAX_HEADER_CELL)) return null;
    if (dataCells(sheet, t, r) >= 2 || taskLikeRow(sheet, t, r)) return null;
    return r;
  }
  return null;
}

/**
 * A headerless run at the top of a sheet continues the previous sheet's last table when that table's
 * numbering and task columns read the same here: its header and mapping carry over.
 */
function continuedLayout(
  sheet: SheetGrid,
  texts: string[][],
  first: number,
  last: number,
  previous: HeaderMatch | undefined,
): HeaderMatch | null {
  if (!previous) return null;
  const { no, task } = previous.map.fields;
  if (no === undefined || task === undefined) return null;
  const ok = (col: number, kind: 'stt' | 'prose') =>
    measureColumn(sheet, texts, first, last + 1, col).shares[kind] >= 0.6;
  return ok(no, 'stt') && ok(task, 'prose') ? previous : null;
}

/**
 * Tables found by their body in the rows `free` allows. `previous`: the header of the last table of the
 * sheet before, which a headerless table at the top of this sheet (above `continuationBefore`, the
 * first table found by its header) may continue.
 */
export function findBodyTables(
  sheet: SheetGrid,
  texts: string[][],
  free: (row: number) => boolean,
  previous?: HeaderMatch,
  continuationBefore = Infinity,
): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  for (const run of taskRuns(sheet, texts, free)) {
    const first = run[0]!.row;
    const last = run[run.length - 1]!.row;
    const headerRow = headerAbove(sheet, texts, first, free);
    const carried =
      headerRow === null && found.length === 0 && first < continuationBefore
        ? continuedLayout(sheet, texts, first, last, previous)
        : null;
    if (carried) {
      found.push({ ...carried, row: first, height: 0, foundBy: 'body', continues: true });
      continue;
    }
    // Read as wide as the run's rows and its header.
    const width = Math.max(widthOf(texts, first, last + 1), headerRow !== null ? texts[headerRow]!.length : 0);
    const headerTexts = padTexts(headerRow !== null ? texts[headerRow]! : [], width);
    const map = mapColumns(headerTexts, (col) => measureColumn(sheet, texts, first, last + 1, col), 'content');
    // It must say who does the work.
    if (map.fields.task === undefined || map.fields.lead === undefined) continue;
    let score = 0;
    for (const v of Object.values(map.confidence)) score += v ?? 0;
    found.push(
      headerRow !== null
        ? { row: headerRow, height: 1, texts: headerTexts, map, score, foundBy: 'body' }
        : { row: first, height: 0, texts: headerTexts, map, score, foundBy: 'body' },
    );
  }
  return found;
}
