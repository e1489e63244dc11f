/**
 * "Áp dụng" / "Hoàn tác" of a merge in Excel: one sync reads every cell the writes touch (per sheet
 * and column, the rows from the first to the last, with the added columns whole), the sheets by id and
 * the tables' anchored rows; the engine's guard (guardedWrites.ts) decides which cells still hold what
 * the plan saw; then the writes, in runs of consecutive rows of a column, CELLS_PER_SYNC cells a sync.
 * Added columns as the tracking-columns action adds them: a bold text header, the status a dropdown
 * (unless the cells carry a rule of the person's own), dates formatted as dates. An undo takes an added
 * column away (values, formats, dropdown) only where nothing else is left in it.
 */
import { isoToExcelSerial } from '../core/isoDate';
import { cellsToRead, guardWrites, type GuardedWrites } from '../core/merge/guardedWrites';
import type { MergeValue } from '../core/merge/mergePlan';
import type { CellWrite, ColumnAdd } from '../core/merge/mergeWrites';
import { DATE_FORMAT } from '../core/plans/sheetStyle';
import type { Cell } from '../core/grid';
import { mergeWritesResult } from '../workbookPort/mergeWritesResult';
import { anchorsOn, scannedSheet } from '../workbookPort/scanTarget';
import type {
  HostCapabilities,
  MergeWritesRequest,
  MergeWritesResult,
  ScanTarget,
  SheetRef,
} from '../workbookPort/workbookPort';
import { officeCell } from './readSheets';
import { explainNotFound, queueAnchors, verifyAnchors } from './scannedSheets';
import { queueDateCells, queueHeaderCells, queueStatusDropdown } from './trackingCells';

/** Cells written per sync: far under Excel on the web's request limits (a cell costs well under 1 KB). */
export const CELLS_PER_SYNC = 5000;

const DATE_FIELDS = new Set(['completedOn', 'reportDate']);
/** A text Excel would take for a formula or a number unless the cell is formatted as text. */
const NEEDS_TEXT_FORMAT = /^\s*[=+\-@]|^\s*[\d.,]+\s*%?\s*$/;

interface Block {
  top: number;
  values: unknown[][];
  text: string[][];
  formats: string[][];
  types: string[][];
}

const blockId = (sheet: string, column: string) => `${sheet}\u0001${column}`;

function officeValue(v: MergeValue): string | number {
  if (v === null) return '';
  return typeof v === 'object' ? isoToExcelSerial(v.date) : v;
}

/** The format a written cell keeps: its own, except a date into a General or text cell, a formula-like text into a General one. */
function formatFor(v: MergeValue, current: string): string {
  if (v !== null && typeof v === 'object') return current === 'General' || current === '@' ? DATE_FORMAT : current;
  if (typeof v === 'string' && current === 'General' && NEEDS_TEXT_FORMAT.test(v)) return '@';
  return current;
}

function queueColumnAdd(ws: Excel.Worksheet, c: ColumnAdd, options: readonly string[], free: boolean): void {
  queueHeaderCells(ws.getRange(`${c.column}${c.headerRow}`), [c.header]);
  if (c.lastRow <= c.headerRow) return;
  const body = ws.getRange(`${c.column}${c.headerRow + 1}:${c.column}${c.lastRow}`);
  if (c.field === 'status' && free) queueStatusDropdown(body, options);
  if (DATE_FIELDS.has(c.field)) queueDateCells(body, c.lastRow - c.headerRow);
}

function queueColumnRemove(ws: Excel.Worksheet, c: ColumnAdd, caps: HostCapabilities): void {
  const range = ws.getRange(`${c.column}${c.headerRow}:${c.column}${c.lastRow}`);
  if (caps.dataValidation) range.dataValidation.clear();
  range.clear();
}

/** Consecutive rows of one column of one sheet. */
function runsOf(cells: readonly CellWrite[]): CellWrite[][] {
  const sorted = [...cells].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column.localeCompare(b.column) || a.row - b.row,
  );
  const runs: CellWrite[][] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.sheet === w.sheet && prev.column === w.column && prev.row + 1 === w.row) last.push(w);
    else runs.push([w]);
  }
  return runs;
}

export async function applyMergeWrites(
  context: Excel.RequestContext,
  request: MergeWritesRequest,
  caps: HostCapabilities,
  target: ScanTarget,
): Promise<MergeWritesResult> {
  const spans = cellsToRead(request.writes);
  const names = [...new Set(spans.map((s) => s.sheet))];
  const refs = new Map<string, SheetRef>(names.map((n) => [n, scannedSheet(target, n)]));
  const sheets = new Map<string, Excel.Worksheet>();
  for (const [name, ref] of refs) {
    const ws = context.workbook.worksheets.getItem(ref.id);
    ws.load('name');
    sheets.set(name, ws);
  }
  const loaded = spans.map((s) => {
    const range = sheets.get(s.sheet)!.getRange(`${s.column}${s.top}:${s.column}${s.bottom}`);
    range.load('values,text,numberFormat,valueTypes');
    return { span: s, range };
  });
  // The person's own rule on a column to add (a dropdown of theirs) is kept.
  const rules =
    !request.undo && caps.dataValidation
      ? request.writes.columns
          .filter((c) => c.field === 'status' && c.lastRow > c.headerRow)
          .map((c) => {
            const v = sheets
              .get(c.sheet)!
              .getRange(`${c.column}${c.headerRow + 1}:${c.column}${c.lastRow}`).dataValidation;
            v.load('type');
            return { column: c, validation: v };
          })
      : [];
  const checks = queueAnchors(
    context,
    target,
    names.flatMap((n) => anchorsOn(target, n)),
  );
  try {
    await context.sync();
  } catch (e) {
    throw await explainNotFound(context, e, [...refs.values()]);
  }
  verifyAnchors(checks);

  const blocks = new Map<string, Block>();
  for (const { span, range } of loaded)
    blocks.set(blockId(span.sheet, span.column), {
      top: span.top,
      values: range.values,
      text: range.text,
      formats: range.numberFormat as string[][],
      types: range.valueTypes as string[][],
    });
  const at = (sheet: string, row: number, column: string) => {
    const b = blocks.get(blockId(sheet, column))!;
    return b && row >= b.top && row - b.top < b.values.length ? row - b.top : -1;
  };
  const read = (sheet: string, row: number, column: string): Cell | undefined => {
    const b = blocks.get(blockId(sheet, column));
    const i = at(sheet, row, column);
    if (!b || i < 0) return undefined;
    return officeCell(
      b.values[i]![0],
      String(b.text[i]![0] ?? ''),
      String(b.formats[i]![0] ?? ''),
      String(b.types[i]![0] ?? ''),
      false,
    );
  };
  const guarded: GuardedWrites = guardWrites(request, read);
  const { writes } = guarded;
  const theirs = new Set(rules.filter((r) => r.validation.type !== 'None').map((r) => r.column));

  if (!request.undo)
    for (const c of writes.columns) queueColumnAdd(sheets.get(c.sheet)!, c, writes.statusOptions, !theirs.has(c));
  // CELLS_PER_SYNC cells a sync (a run that does not fit is cut), the last sync only when something is queued.
  let queued = 0;
  let pending = !request.undo && writes.columns.length > 0;
  for (const whole of runsOf(writes.cells))
    for (let from = 0; from < whole.length;) {
      const run = whole.slice(from, from + CELLS_PER_SYNC - queued);
      from += run.length;
      const first = run[0]!;
      const b = blocks.get(blockId(first.sheet, first.column))!;
      const top = at(first.sheet, first.row, first.column);
      const range = sheets
        .get(first.sheet)!
        .getRange(`${first.column}${first.row}:${first.column}${first.row + run.length - 1}`);
      const current = run.map((_, k) => String(b.formats[top + k]![0] ?? 'General'));
      const formats = run.map((w, k) => formatFor(w.value, current[k]!));
      if (formats.some((f, k) => f !== current[k])) range.numberFormat = formats.map((f) => [f]);
      range.values = run.map((w) => [officeValue(w.value)]);
      queued += run.length;
      pending = true;
      if (queued === CELLS_PER_SYNC) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per CELLS_PER_SYNC cells, never per cell
        await context.sync();
        queued = 0;
        pending = false;
      }
    }
  if (request.undo && writes.columns.length > 0) {
    for (const c of writes.columns) queueColumnRemove(sheets.get(c.sheet)!, c, caps);
    pending = true;
  }
  if (pending) await context.sync();
  return mergeWritesResult(
    guarded,
    [...refs.values()].map((ref) => ({ id: ref.id, name: sheets.get(names.find((n) => refs.get(n) === ref)!)!.name })),
  );
}
