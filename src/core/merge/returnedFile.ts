/**
 * What an agency sent back, read from the returned workbook: per task its key (from the hidden key
 * column, when the row still has one), STT and text, and the values reported — status (read by
 * readStatus), completion date, result text — with the reporting agency and the report date of the file.
 *
 * A split sheet whose header row is still where its marker put it, with the marker's headers in the
 * marker's columns, is read by the marker alone, with no scan: each row with a key is a task; a row
 * without one that reports something is a task of its own when it has a task text (a row the agency
 * added), else the continuation of the task above; rows that report nothing (sections, blank rows) are
 * passed over. A split sheet the agency re-laid (columns inserted, moved or deleted, the header moved,
 * every key cleared) is read from the scan: each column found by its header on the header row, else
 * where the marker put it, and rows that still carry a key read even where the scan saw no task. Any
 * other sheet (an agency's own table, tasks re-typed or renumbered) by the scan's columns, the result in
 * a column of result words ("Kết quả thực hiện", "Kết quả đạt được" …). The scan is the adapter's, run
 * only on the sheets that need it (none, for a split workbook returned as it was sent).
 *
 * The reporting agency: the split workbook's agency, else the lead most of the file's tasks name, else
 * the file's name. The report date: the file's modified date as the adapter gives it (the command line
 * the file system's, the pane the picked file's), else none (the merge then writes its own date).
 */
import { columnIndex } from '../a1';
import { readDeadline } from '../deadline';
import { cellAt, type SheetGrid, type WorkbookGrid } from '../grid';
import { isReportingHeader, isResultHeader } from '../i18n/reportingLabels';
import type { IsoDate } from '../isoDate';
import type { ScannedFile, ScannedTable } from '../report/schema';
import { readStatus, type StatusReading } from '../state/readStatus';
import { comparisonKey, normalizeText } from '../text';
import { leadGroups } from '../split/leadGroups';
import { readSplitMarker, SPLIT_MARKER_SHEET, type SplitMarker, type SplitSheetMarker } from '../split/splitMarker';
import { readTaskKey } from '../split/taskKey';

export interface ReturnedTask {
  sheet: string;
  /** 1-based sheet rows, the first the task's own. */
  rows: number[];
  key: string | null;
  /** The master table this task's sheet was split from (split workbooks), else null. */
  masterTable: number | null;
  /** Which table of the returned file (its scan's), or -1 for a keyed row the scan saw no task in. */
  table: number;
  no: string;
  task: string;
  status: string;
  statusReading: StatusReading;
  completedOn: IsoDate | null;
  /** The completion cell as written (a text that is no date is kept, and said). */
  completedText: string;
  result: string;
}

export interface ReturnedFile {
  /** The file's name as the person gave it. */
  name: string;
  marker: SplitMarker | null;
  agency: { key: string; label: string };
  agencySource: 'split-file' | 'lead-column' | 'file-name';
  reportDate: IsoDate | null;
  tasks: ReturnedTask[];
}

export interface ReturnedInput {
  name: string;
  grid: WorkbookGrid;
  /**
   * The file scanned as the adapter scans it (its settings, the person's corrections), for the sheets
   * of `grid` given (a part of the file's grid, or all of it); called only when a sheet needs it.
   */
  scan: (grid: WorkbookGrid) => ScannedFile;
  /** The file's last-modified day, when the adapter knows it. */
  modified?: IsoDate | null;
}

/** Where the values are on one sheet or table: 0-based columns, -1 for none. */
interface Columns {
  key: number;
  status: number;
  completedOn: number;
  result: number;
  no: number;
  task: number;
}

function joined(sheet: SheetGrid, rows: readonly number[], col: number): string {
  if (col < 0) return '';
  const texts: string[] = [];
  for (const r of rows) {
    const t = normalizeText(cellAt(sheet, r - 1, col).text);
    if (t) texts.push(t);
  }
  return texts.join(' ');
}

function completion(sheet: SheetGrid, rows: readonly number[], col: number): { iso: IsoDate | null; text: string } {
  if (col < 0) return { iso: null, text: '' };
  for (const r of rows) {
    const cell = cellAt(sheet, r - 1, col);
    if (!cell.text) continue;
    if (cell.unreadable) return { iso: null, text: cell.text };
    const d = readDeadline({ value: cell.value, text: cell.text, date: cell.date }, { referenceYear: null });
    return { iso: d.kind === 'date' ? d.due : null, text: normalizeText(cell.text) };
  }
  return { iso: null, text: '' };
}

function firstKey(sheet: SheetGrid, rows: readonly number[], col: number): string | null {
  if (col < 0) return null;
  for (const r of rows) {
    const k = readTaskKey(cellAt(sheet, r - 1, col).text);
    if (k) return k;
  }
  return null;
}

function valuesAt(
  sheet: SheetGrid,
  rows: number[],
  cols: Columns,
  base: { no: string; task: string; table: number; masterTable: number | null },
): ReturnedTask {
  const status = joined(sheet, rows, cols.status);
  const done = completion(sheet, rows, cols.completedOn);
  return {
    sheet: sheet.name,
    rows,
    key: firstKey(sheet, rows, cols.key),
    masterTable: base.masterTable,
    table: base.table,
    no: base.no,
    task: base.task,
    status,
    statusReading: readStatus(status),
    completedOn: done.iso,
    completedText: done.text,
    result: cols.result === cols.status ? '' : joined(sheet, rows, cols.result),
  };
}

/** The column on `row` (1-based) whose header is `is`; `fallback` (letters) when none is. */
function headerColumn(sheet: SheetGrid, row: number, is: (text: string) => boolean, fallback: string | null): number {
  const cells = sheet.rows[row - 1] ?? [];
  for (let c = 0; c < cells.length; c++) if (cells[c] && is(cells[c]!.text)) return c;
  return fallback ? columnIndex(fallback) : -1;
}

function sameHeader(expected: string): (text: string) => boolean {
  const key = comparisonKey(expected);
  return (text) => comparisonKey(text) === key;
}

/** A split sheet: columns by the marker's headers on the header row (the scan's, if it moved). */
function splitSheetTasks(
  sheet: SheetGrid,
  m: SplitSheetMarker,
  tables: { table: ScannedTable; index: number }[],
): ReturnedTask[] {
  const headerRow = tables[0]?.table.headerRow ?? m.headerRow;
  const find = (header: string, own: (t: string) => boolean, letters: string | null) =>
    headerColumn(sheet, headerRow, (t) => sameHeader(header)(t) || own(t), letters);
  const cols: Columns = {
    key: find(m.headers.key, (t) => isReportingHeader(t, 'key'), m.columns.key),
    status: find(m.headers.status, () => false, m.columns.status),
    completedOn: find(m.headers.completedOn, () => false, m.columns.completedOn),
    result: find(m.headers.result, () => false, m.columns.result),
    no: m.columns.no ? columnIndex(m.columns.no) : -1,
    task: m.columns.task ? columnIndex(m.columns.task) : -1,
  };
  const out: ReturnedTask[] = [];
  const covered = new Set<number>();
  for (const { table, index } of tables)
    for (const t of table.tasks) {
      for (const r of t.rows) covered.add(r);
      out.push(valuesAt(sheet, t.rows, cols, { no: t.no, task: t.task, table: index, masterTable: m.masterTable }));
    }
  // Rows with a key the scan read no task from (a row it took for something else): still the agency's report.
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    if (covered.has(r) || !readTaskKey(cellAt(sheet, r - 1, cols.key).text)) continue;
    out.push(
      valuesAt(sheet, [r], cols, {
        no: joined(sheet, [r], cols.no),
        task: joined(sheet, [r], cols.task),
        table: -1,
        masterTable: m.masterTable,
      }),
    );
  }
  return out.sort((a, b) => a.rows[0]! - b.rows[0]!);
}

/** The 0-based column of `letters`, when the header row holds `header` there (the same comparison key). */
function columnHolding(
  sheet: SheetGrid,
  row: number,
  letters: string | null,
  header: string | undefined,
): number | null {
  if (!letters) return header === undefined ? -1 : null;
  const col = columnIndex(letters);
  if (header === undefined) return col;
  return sameHeader(header)(cellAt(sheet, row - 1, col).text) ? col : null;
}

/**
 * A split sheet read by its marker alone, or null when its layout is no longer the marker's (a header
 * not where the marker put it) or no row has a key left: then the scan reads it.
 */
function markedSheetTasks(sheet: SheetGrid, m: SplitSheetMarker): ReturnedTask[] | null {
  const at = (letters: string | null, header: string | undefined) => columnHolding(sheet, m.headerRow, letters, header);
  const found = {
    key: at(m.columns.key, m.headers.key),
    status: at(m.columns.status, m.headers.status),
    completedOn: at(m.columns.completedOn, m.headers.completedOn),
    result: at(m.columns.result, m.headers.result),
    no: at(m.columns.no, m.headers.no),
    task: at(m.columns.task, m.headers.task),
  };
  if (Object.values(found).some((c) => c === null)) return null;
  const cols = found as Columns;
  const out: ReturnedTask[] = [];
  let keyed = false;
  let last: ReturnedTask | null = null;
  const base = (r: number) => ({
    no: joined(sheet, [r], cols.no),
    task: joined(sheet, [r], cols.task),
    table: -1,
    masterTable: m.masterTable,
  });
  for (let r = m.headerRow + 1; r <= sheet.rows.length; r++) {
    const own = valuesAt(sheet, [r], cols, base(r));
    if (own.key) {
      keyed = true;
      out.push((last = own));
    } else if (!reportsSomething(own)) {
      continue;
    } else if (own.task || !last) {
      out.push((last = own));
    } else {
      // A report written on over the row below its task's.
      const rows: number[] = [...last.rows, r];
      out[out.length - 1] = last = valuesAt(sheet, rows, cols, base(last.rows[0]!));
    }
  }
  return keyed ? out : null;
}

/** Any other table: the scan's columns, a result column by its words, a key column if one was copied in. */
function ownTableTasks(sheet: SheetGrid, table: ScannedTable, index: number): ReturnedTask[] {
  const header = (is: (t: string) => boolean) => headerColumn(sheet, table.headerRow, is, null);
  const mapped = (letters: string | undefined) => (letters ? columnIndex(letters) : -1);
  const cols: Columns = {
    key: header((t) => isReportingHeader(t, 'key')),
    status: mapped(table.columns.status),
    completedOn: mapped(table.columns.completedOn),
    result: header(isResultHeader),
    no: mapped(table.columns.no),
    task: mapped(table.columns.task),
  };
  return table.tasks.map((t) =>
    valuesAt(sheet, t.rows, cols, { no: t.no, task: t.task, table: index, masterTable: null }),
  );
}

function stem(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

export function readReturnedFile(input: ReturnedInput): ReturnedFile {
  const { grid } = input;
  const marker = readSplitMarker(grid);
  const sheetOf = (name: string) => grid.sheets.find((s) => s.name === name);
  // Split sheets read by their marker; the rest (and split sheets re-laid) by one scan of those sheets.
  const byMarker = new Map<string, ReturnedTask[]>();
  const laidOut = new Map<string, SplitSheetMarker>();
  for (const m of marker?.sheets ?? []) {
    const sheet = sheetOf(m.sheet);
    if (!sheet) continue; // renamed by the agency: its tables are read as the agency's own below
    const own = markedSheetTasks(sheet, m);
    if (own) byMarker.set(m.sheet, own);
    else laidOut.set(m.sheet, m);
  }
  const rest = grid.sheets.filter((s) => !byMarker.has(s.name) && !(marker && s.name === SPLIT_MARKER_SHEET));
  const scanned = rest.length > 0 ? input.scan({ ...grid, sheets: rest }) : null;
  const scannedTables = (scanned?.tables ?? []).map((table, index) => ({ table, index }));
  // In the workbook's sheet order.
  const tasks = grid.sheets.flatMap((sheet): ReturnedTask[] => {
    const own = byMarker.get(sheet.name);
    if (own) return own;
    const tables = scannedTables.filter((t) => t.table.sheet === sheet.name);
    const m = laidOut.get(sheet.name);
    if (m) return splitSheetTasks(sheet, m, tables);
    return tables.flatMap(({ table, index }) => ownTableTasks(sheet, table, index));
  });
  const lead = marker || !scanned ? undefined : leadGroups(scanned).groups[0];
  const agency = marker
    ? { ...marker.agency, source: 'split-file' as const }
    : lead
      ? { key: lead.key, label: lead.label, source: 'lead-column' as const }
      : { key: comparisonKey(stem(input.name)), label: stem(input.name), source: 'file-name' as const };
  return {
    name: input.name,
    marker,
    agency: { key: agency.key, label: agency.label },
    agencySource: agency.source,
    reportDate: input.modified ?? null,
    tasks,
  };
}

/** Whether a returned task reports anything (a status, a completion date, a result). */
export function reportsSomething(t: ReturnedTask): boolean {
  return !!(t.status || t.completedText || t.result);
}
