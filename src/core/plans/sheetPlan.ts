/**
 * Sheets the engine asks a writer to produce, as plain values. A writer (Office.js, ExcelJS) only
 * formats and places them; what each column holds is decided here, once.
 */
export type PlanCell = string | number | null;

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
