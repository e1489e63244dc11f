/**
 * A split workbook plan as the grid a reader would give for the written file (the engine's view of
 * it, with no writer in between), and the edits an agency makes to it: what the engine tests of the
 * reporting cycle fill and send back.
 */
import { columnIndex } from '../../src/core/a1';
import { normalizeCell } from '../../src/core/cellValue';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { isoToExcelSerial } from '../../src/core/isoDate';
import { DATE_FORMAT } from '../../src/core/plans/sheetStyle';
import { markerText } from '../../src/core/split/splitMarker';
import type { SplitWorkbookPlan } from '../../src/core/split/splitPlan';
import type { SplitValue } from '../../src/core/split/taskCells';

export function gridCell(v: SplitValue | number | null): Cell | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'object') return normalizeCell({ value: isoToExcelSerial(v.date), format: DATE_FORMAT });
  return normalizeCell({ value: v });
}

function row(values: (SplitValue | null)[]): Cell[] {
  const cells: Cell[] = [];
  values.forEach((v, i) => {
    const c = gridCell(v);
    if (c) cells[i] = c;
  });
  return cells;
}

export function splitGrid(plan: SplitWorkbookPlan): WorkbookGrid {
  const instructions: SheetGrid = {
    name: plan.instructions.sheetName,
    rows: [[plan.instructions.title], [], ...plan.instructions.lines.map((l) => [l])].map(row),
  };
  const sheets = plan.sheets.map((s): SheetGrid => {
    const rows: Cell[][] = [];
    s.titleLines.forEach((l, i) => (rows[i] = row([l])));
    while (rows.length < s.headerRow - 1) rows.push([]);
    rows.push(row(s.columns.map((c) => c.header)));
    for (const r of s.rows) rows.push(row(r.cells));
    return { name: s.name, rows, merges: [], mergesKnown: true };
  });
  return { sheets: [instructions, ...sheets, { name: plan.markerSheet, rows: [row([markerText(plan.marker)])] }] };
}

/** Sets a cell of a sheet of the grid (1-based row, column letters); null empties it. */
export function setGridCell(
  grid: WorkbookGrid,
  sheet: string,
  r: number,
  column: string,
  v: SplitValue | number | null,
) {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  while (s.rows.length < r) s.rows.push([]);
  const cells = [...(s.rows[r - 1] ?? [])];
  const c = gridCell(v);
  if (c) cells[columnIndex(column)] = c;
  else delete cells[columnIndex(column)];
  s.rows[r - 1] = cells;
}
