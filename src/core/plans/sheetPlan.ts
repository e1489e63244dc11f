/**
 * Sheets the engine asks a writer to produce, as plain values. A writer (Office.js, ExcelJS) only
 * formats and places them; what each column holds is decided here, once.
 */
export type PlanCell = string | number | null;

/** Excel's limit on the characters of one cell. */
export const CELL_TEXT_LIMIT = 32767;

/**
 * Text as a cell can hold it: a task pieced together from continuation rows can be longer than any cell
 * it came from; past Excel's limit it is cut with "…" (Excel refuses, or repairs the file, otherwise).
 */
export function cellText(s: string): string {
  return s.length <= CELL_TEXT_LIMIT ? s : `${s.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

/** text: written as text (never a formula); date: an ISO date the writer stores as a real date. */
export type ColumnKind = 'text' | 'integer' | 'date' | 'percent';

export interface PlanColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
  /** A short header for narrow places (a terminal). */
  short?: string;
}

export interface TablePlan {
  columns: PlanColumn[];
  rows: PlanCell[][];
  /** Each row's fill ("#RRGGBB", null for none), where rows are coloured. */
  rowFills?: (string | null)[];
}
