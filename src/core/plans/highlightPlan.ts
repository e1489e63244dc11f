/**
 * What to colour in the user's sheets after a scan: whole task rows by state (overdue, due soon), the
 * lead cell of tasks with no lead, and cells that carry an error. Adapters turn this into conditional
 * formats they own; the plan itself is plain addresses.
 */
import { cellAddress, columnLetter, parseRangeAddress } from '../a1';
import type { ScannedFile, ScannedTable } from '../report/schema';

export const HIGHLIGHT_KINDS = ['overdue', 'due-soon', 'unassigned', 'error'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Fill colours (hex RGB) per kind: light enough to read black text through, distinct in print. */
export const HIGHLIGHT_COLORS: Record<HighlightKind, string> = {
  overdue: '#F8CBAD',
  'due-soon': '#FFE699',
  unassigned: '#D9D2E9',
  error: '#FF8B8B',
};

/**
 * The formula of a highlight's conditional format: always true, and carrying a marker so the add-in
 * can tell its own formats from the person's (`N("text")` is 0). Hosts prefix "=" where they need it.
 */
export const HIGHLIGHT_MARKER = 'appendix-tracker';
export const highlightFormula = (kind: HighlightKind): string => `N("${HIGHLIGHT_MARKER}:${kind}")=0`;

/** The kind a marked formula stands for, or null for a format that is not the add-in's. */
export function highlightKindOf(formula: string | null | undefined): HighlightKind | null {
  if (!formula) return null;
  const m = /"appendix-tracker:([a-z-]+)"/.exec(formula);
  return m && (HIGHLIGHT_KINDS as readonly string[]).includes(m[1]!) ? (m[1] as HighlightKind) : null;
}

export interface SheetHighlights {
  sheet: string;
  /** A1 ranges per kind, each a contiguous block ("A12:H13", "F40"). */
  ranges: Record<HighlightKind, string[]>;
}

export interface HighlightPlan {
  sheets: SheetHighlights[];
  /** How many tasks (or cells, for "error") each kind marks, for the legend. */
  counts: Record<HighlightKind, number>;
}

/** "A5:H12" → first and last column letters. */
function tableColumns(t: ScannedTable): { left: string; right: string } {
  const box = parseRangeAddress(t.range);
  return box ? { left: columnLetter(box.left), right: columnLetter(box.right) } : { left: 'A', right: 'A' };
}

/** Contiguous runs of row numbers: [12, 13, 15] → [[12, 13], [15, 15]]. */
export function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

function rowRanges(left: string, right: string, rows: number[]): string[] {
  return rowRuns(rows).map(([a, b]) => `${left}${a}:${right}${b}`);
}

export function buildHighlightPlan(file: ScannedFile): HighlightPlan {
  const bySheet = new Map<string, SheetHighlights>();
  const counts: Record<HighlightKind, number> = { overdue: 0, 'due-soon': 0, unassigned: 0, error: 0 };
  const sheetOf = (name: string): SheetHighlights => {
    let s = bySheet.get(name);
    if (!s) {
      s = { sheet: name, ranges: { overdue: [], 'due-soon': [], unassigned: [], error: [] } };
      bySheet.set(name, s);
    }
    return s;
  };
  for (const t of file.tables) {
    const { left, right } = tableColumns(t);
    const s = sheetOf(t.sheet);
    const overdue: number[] = [];
    const dueSoon: number[] = [];
    const leadCol = t.columns.lead ?? t.columns.task ?? left;
    for (const k of t.tasks) {
      if (k.state === 'open-overdue') {
        for (const r of k.rows) overdue.push(r);
        counts.overdue++;
      } else if (k.state === 'open-due-soon') {
        for (const r of k.rows) dueSoon.push(r);
        counts['due-soon']++;
      }
      if (!k.lead) {
        s.ranges.unassigned.push(
          ...rowRuns(k.rows).map(([a, b]) => (a === b ? `${leadCol}${a}` : `${leadCol}${a}:${leadCol}${b}`)),
        );
        counts.unassigned++;
      }
    }
    // Loops, not push(...list): spreading a list of a million ranges would overflow the call stack.
    for (const r of rowRanges(left, right, overdue)) s.ranges.overdue.push(r);
    for (const r of rowRanges(left, right, dueSoon)) s.ranges['due-soon'].push(r);
    const seen = new Set<string>();
    for (const i of t.issues) {
      if (i.severity !== 'error' || i.column === null) continue;
      const cell = `${i.column}${i.row}`;
      if (seen.has(cell)) continue;
      seen.add(cell);
      s.ranges.error.push(cell);
      counts.error++;
    }
  }
  return { sheets: [...bySheet.values()], counts };
}

/** Every cell address of a plan's ranges (for checks and for hosts that colour cell by cell). */
export function expandRange(range: string): string[] {
  const box = parseRangeAddress(range);
  if (!box) return [];
  const cells: string[] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) cells.push(cellAddress(r, c));
  return cells;
}
