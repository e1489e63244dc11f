/**
 * What a writer does to apply the accepted changes of a merge plan, and to undo them: cell values to
 * write, and the tracking columns to add (a header, and on the table's rows a status dropdown or a
 * date format) — only on tables an accepted change goes into a new column of. The undo is the same
 * list inverted: every changed cell back to its old value, the added columns' headers, dropdowns and
 * formats removed. `applyWritesToGrid` does it to the engine's grid (a preview, and the tests' check
 * that a rescan then gives the new states).
 */
import { columnIndex } from '../a1';
import { normalizeCell } from '../cellValue';
import type { Cell, SheetGrid, WorkbookGrid } from '../grid';
import type { ReportingField } from '../i18n/reportingLabels';
import { isoToExcelSerial } from '../isoDate';
import { DATE_FORMAT } from '../plans/sheetStyle';
import { STATUS_CHOICES } from '../plans/trackingColumnsPlan';
import type { CellChange, MergePlan, MergeValue } from './mergePlan';

export interface CellWrite {
  sheet: string;
  /** 1-based row, column letters. */
  row: number;
  column: string;
  value: MergeValue;
  /** The change it applies or undoes. */
  change: number;
}

export interface ColumnAdd {
  sheet: string;
  headerRow: number;
  lastRow: number;
  column: string;
  field: ReportingField;
  header: string;
}

export interface MergeWrites {
  cells: CellWrite[];
  /** Columns to add (apply) or to take away again (undo). */
  columns: ColumnAdd[];
  statusOptions: string[];
}

/** The new columns of the tables an accepted change writes into a new column of. */
function addedColumns(plan: MergePlan, accepted: readonly CellChange[]): ColumnAdd[] {
  const out: ColumnAdd[] = [];
  for (const t of plan.columns) {
    const fresh = t.columns.filter((c) => !c.existing);
    const used = accepted.some((ch) => ch.task.table === t.table && fresh.some((c) => c.column === ch.column));
    if (!used) continue;
    for (const c of fresh)
      out.push({
        sheet: t.sheet,
        headerRow: t.headerRow,
        lastRow: t.lastRow,
        column: c.column,
        field: c.field,
        header: c.header,
      });
  }
  return out;
}

export function mergeWrites(plan: MergePlan, accepted: readonly CellChange[]): MergeWrites {
  return {
    cells: accepted.map((c) => ({ sheet: c.sheet, row: c.row, column: c.column, value: c.new, change: c.id })),
    columns: addedColumns(plan, accepted),
    statusOptions: [...STATUS_CHOICES],
  };
}

export function undoWrites(plan: MergePlan, applied: readonly CellChange[]): MergeWrites {
  return {
    cells: applied.map((c) => ({ sheet: c.sheet, row: c.row, column: c.column, value: c.old, change: c.id })),
    columns: addedColumns(plan, applied),
    statusOptions: [...STATUS_CHOICES],
  };
}

/** A cell holding `value` as a reader would give it (a date as a date-formatted serial). */
export function cellOf(value: MergeValue): Cell | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'object') return normalizeCell({ value: isoToExcelSerial(value.date), format: DATE_FORMAT });
  return normalizeCell({ value });
}

function setCell(sheet: SheetGrid, row: number, column: string, cell: Cell | undefined): void {
  const r = row - 1;
  const c = columnIndex(column);
  while (sheet.rows.length <= r) sheet.rows.push([]);
  const cells = [...(sheet.rows[r] ?? [])];
  if (cell) cells[c] = cell;
  else delete cells[c];
  sheet.rows[r] = cells;
}

/**
 * The grid with the writes done (`undo`: the added columns' headers cleared instead of written). A new
 * grid: the sheets written are copied row by row, the input is never changed.
 */
export function applyWritesToGrid(grid: WorkbookGrid, writes: MergeWrites, undo = false): WorkbookGrid {
  const copies = new Map<string, SheetGrid>();
  const sheetOf = (name: string): SheetGrid | undefined => {
    let s = copies.get(name);
    if (s) return s;
    const source = grid.sheets.find((x) => x.name === name);
    if (!source) return undefined;
    copies.set(name, (s = { ...source, rows: [...source.rows] }));
    return s;
  };
  for (const c of writes.columns) {
    const s = sheetOf(c.sheet);
    if (s) setCell(s, c.headerRow, c.column, undo ? undefined : cellOf(c.header));
  }
  for (const w of writes.cells) {
    const s = sheetOf(w.sheet);
    if (s) setCell(s, w.row, w.column, cellOf(w.value));
  }
  return { sheets: grid.sheets.map((s) => copies.get(s.name) ?? s) };
}
