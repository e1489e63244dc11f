/** Returned workbooks for the reporting cycle's tests: a split plan's grid, edited as an agency would. */
import { columnLetter } from '../../src/core/a1';
import type { WorkbookGrid } from '../../src/core/grid';
import type { ReturnedInput } from '../../src/core/merge/returnedFile';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import type { SplitColumnRole, SplitSheetPlan, SplitWorkbookPlan } from '../../src/core/split/splitPlan';
import type { SplitValue } from '../../src/core/split/taskCells';
import { settings } from './scan';
import { setGridCell, splitGrid } from './splitGrid';

export function returnedInput(name: string, grid: WorkbookGrid, modified: string | null = '2026-04-28'): ReturnedInput {
  return { name, grid, scan: (g) => scanWorkbook(g, name, settings()), modified };
}

/** A split workbook as the grid of its file, with a way to fill it row by row. */
export class FilledSplit {
  readonly grid: WorkbookGrid;
  constructor(readonly plan: SplitWorkbookPlan) {
    this.grid = splitGrid(plan);
  }

  sheet(i = 0): SplitSheetPlan {
    return this.plan.sheets[i]!;
  }

  column(role: SplitColumnRole, i = 0): string {
    return columnLetter(this.sheet(i).columns.findIndex((c) => c.role === role));
  }

  /** The sheet row (1-based) of the n-th task row of sheet i. */
  taskRow(n: number, i = 0): number {
    const s = this.sheet(i);
    const rows = s.rows.map((r, k) => ({ r, k })).filter(({ r }) => r.kind === 'task');
    return s.headerRow + 1 + rows[n]!.k;
  }

  set(n: number, role: SplitColumnRole | string, value: SplitValue | number | null, i = 0): this {
    const column = role.length <= 3 && role === role.toUpperCase() ? role : this.column(role as SplitColumnRole, i);
    setGridCell(this.grid, this.sheet(i).name, this.taskRow(n, i), column, value);
    return this;
  }

  /** Report on the n-th task: status, and optionally the completion date and result. */
  report(n: number, status: string, completedOn?: string, result?: string, i = 0): this {
    this.set(n, 'status', status, i);
    if (completedOn) this.set(n, 'completedOn', { date: completedOn }, i);
    if (result) this.set(n, 'result', result, i);
    return this;
  }

  input(modified: string | null = '2026-04-28'): ReturnedInput {
    return returnedInput(this.plan.fileName, this.grid, modified);
  }
}
