/**
 * "Tách theo đơn vị": one workbook plan per lead agency of a scanned master (the person's corrections
 * already applied: the ScannedFile the scan gives) and its grid. Each holds, per master table with tasks
 * of that agency, one sheet: the master's title lines, then the table with every column of the master's
 * range (header text as in the master; a task's cell as its rows hold it, continuation rows joined), its
 * sections, and the columns to fill: status (a dropdown of STATUS_CHOICES), completion date (a date
 * cell) and result text, reusing the master's own status and completion columns where it has them;
 * then the hidden task key. An instruction sheet and a marker (a very hidden sheet) come with it. Tasks
 * with no lead are listed for the clerk, not written. Pure: writers (src/files/splitWorkbook.ts) only
 * place what is planned here.
 */
import { columnLetter, parseRangeAddress } from '../a1';
import type { SheetGrid, WorkbookGrid } from '../grid';
import type { Lang } from '../i18n/lang';
import type { IsoDate } from '../isoDate';
import { instructionSheetName, reportingHeader, splitInstructions } from '../i18n/reportingLabels';
import { resultColumnOf } from '../plans/reportingColumnsPlan';
import { STATUS_CHOICES } from '../plans/trackingColumnsPlan';
import { readTableTitle, titleLineText } from '../recognize/documentTitle';
import type { Field, ScannedFile, ScannedTable } from '../report/schema';
import { splitFileNames } from './fileName';
import { chooseGroups, leadGroups, type LeadGroup } from './leadGroups';
import { SPLIT_MARKER_SHEET, type SplitMarker, type SplitSheetMarker } from './splitMarker';
import { taskCells, type SplitValue } from './taskCells';
import { fileTaskKeys } from './taskKey';
import type { TaskRef } from './taskRef';

/** What a column of a split sheet is: one of the master's, a column to fill, or the hidden key. */
export type SplitColumnRole = 'master' | 'status' | 'completedOn' | 'result' | 'key';

export interface SplitColumn {
  header: string;
  role: SplitColumnRole;
  /** The master's field mapped to it, if any. */
  field: Field | null;
  /** Width in characters. */
  width: number;
  /** True for the columns the add-in adds (not the master's own). */
  added: boolean;
}

export interface SplitRow {
  kind: 'task' | 'section';
  /** One value per column. */
  cells: SplitValue[];
  /** The master task of a task row. */
  master: TaskRef | null;
}

export interface SplitSheetPlan {
  name: string;
  masterSheet: string;
  masterRange: string;
  masterTable: number;
  /** The master's title lines above the table (appendix label, title, “Kèm theo … ngày …”). */
  titleLines: string[];
  /** 1-based row of the header. */
  headerRow: number;
  columns: SplitColumn[];
  rows: SplitRow[];
  statusOptions: string[];
}

export interface SplitWorkbookPlan {
  agency: { key: string; label: string };
  fileName: string;
  /** The instruction sheet first, then the task sheets. */
  instructions: { sheetName: string; title: string; lines: string[] };
  sheets: SplitSheetPlan[];
  tasks: number;
  marker: SplitMarker;
  markerSheet: string;
}

export interface UnassignedTask {
  ref: TaskRef;
  sheet: string;
  row: number;
  no: string;
  task: string;
}

export interface SplitPlan {
  workbooks: SplitWorkbookPlan[];
  /** Every lead agency of the master, most tasks first: what the pane offers to choose from. */
  agencies: { key: string; label: string; tasks: number }[];
  /** Tasks with no lead agency ("(chưa giao)"): for the clerk, not in any workbook. */
  unassigned: UnassignedTask[];
  /** Agencies asked for that the master does not have (by key or name). */
  unknown: string[];
}

export interface SplitInput {
  file: ScannedFile;
  grid: WorkbookGrid;
  /** Agency keys or names (any spelling); none or empty: every agency. */
  agencies?: readonly string[];
  lang: Lang;
  /** The split date (the marker and the instruction sheet say it). */
  date: IsoDate;
}

const WIDTHS: Partial<Record<Field, number>> = {
  no: 6,
  task: 50,
  output: 28,
  deadline: 16,
  lead: 22,
  coordinating: 22,
  authority: 16,
  leader: 22,
  status: 22,
  completedOn: 14,
  note: 20,
};
const RESULT_WIDTH = 40;
const OTHER_WIDTH = 16;
const KEY_WIDTH = 18;
const SHEET_NAME_MAX = 31;

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function fieldOf(table: ScannedTable, letter: string): Field | null {
  for (const [f, l] of Object.entries(table.columns)) if (l === letter) return f as Field;
  return null;
}

/** The split sheet's columns: the master's, left to right, then the ones to add, then the key. */
function splitColumns(table: ScannedTable, lang: Lang): SplitColumn[] {
  const box = parseRangeAddress(table.range)!;
  const headers = new Map((table.headerCells ?? []).map((h) => [h.column, h.text]));
  const result = resultColumnOf(table);
  const cols: SplitColumn[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const letter = columnLetter(c);
    const field = fieldOf(table, letter);
    const role: SplitColumnRole =
      field === 'status' ? 'status' : field === 'completedOn' ? 'completedOn' : letter === result ? 'result' : 'master';
    const width = role === 'result' ? RESULT_WIDTH : ((field && WIDTHS[field]) ?? OTHER_WIDTH);
    cols.push({ header: headers.get(letter) ?? '', role, field, width, added: false });
  }
  const add = (role: SplitColumnRole, field: Field | null, header: string, width: number) => {
    if (!cols.some((c) => c.role === role)) cols.push({ header, role, field, width, added: true });
  };
  add('status', 'status', reportingHeader(lang, 'status'), WIDTHS.status!);
  add('completedOn', 'completedOn', reportingHeader(lang, 'completedOn'), WIDTHS.completedOn!);
  add('result', null, reportingHeader(lang, 'result'), RESULT_WIDTH);
  cols.push({ header: reportingHeader(lang, 'key'), role: 'key', field: null, width: KEY_WIDTH, added: true });
  return cols;
}

/** The master's title block above the table (what the scan read its title and document date from). */
function titleLines(file: ScannedFile, ti: number, sheet: SheetGrid): string[] {
  const table = file.tables[ti]!;
  // Never above the end of the sheet's previous table.
  let floor = 0;
  for (let i = 0; i < ti; i++) {
    const t = file.tables[i]!;
    if (t.sheet === table.sheet) floor = parseRangeAddress(t.range)!.bottom + 1;
  }
  const title = readTableTitle(sheet, table.headerRow - 1, floor);
  return title.rows.map((r) => titleLineText(sheet, r)).filter((t): t is string => !!t);
}

/** The section row a task sits under: the last section above it with the task's section title. */
function sectionOf(table: ScannedTable, taskIndex: number): { row: number; no: string; title: string } | null {
  const task = table.tasks[taskIndex]!;
  if (!task.section) return null;
  let found: { row: number; no: string; title: string } | null = null;
  for (const s of table.sections ?? []) if (s.row < task.row && s.title === task.section) found = s;
  return found;
}

/** A name for the sheet of `masterSheet` in a workbook that already has `taken` (case-insensitive). */
function freeName(masterSheet: string, taken: Set<string>): string {
  let name = masterSheet.slice(0, SHEET_NAME_MAX);
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) {
    const suffix = ` (${n})`;
    name = masterSheet.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  taken.add(name.toLocaleLowerCase('vi'));
  return name;
}

function sheetPlan(
  input: SplitInput,
  ti: number,
  refs: TaskRef[],
  keys: string[][],
  name: string,
): { plan: SplitSheetPlan; marker: SplitSheetMarker } {
  const table = input.file.tables[ti]!;
  const sheet = input.grid.sheets.find((s) => s.name === table.sheet)!;
  const box = parseRangeAddress(table.range)!;
  const columns = splitColumns(table, input.lang);
  const lines = titleLines(input.file, ti, sheet);
  const headerRow = lines.length ? lines.length + 2 : 1;
  const at = (role: SplitColumnRole) => columns.findIndex((c) => c.role === role);
  const fieldAt = (f: Field) => columns.findIndex((c) => c.field === f && c.role === 'master');
  const noCol = fieldAt('no');
  const taskCol = fieldAt('task');
  const rows: SplitRow[] = [];
  let lastSection: number | null = null;
  for (const ref of refs) {
    const section = sectionOf(table, ref.task);
    if (section && section.row !== lastSection) {
      // The section's row as the master has it (its number and title in their own cells).
      const own = taskCells(sheet, [section.row], box.left, box.right);
      rows.push({ kind: 'section', cells: columns.map((_, i) => (i < own.length ? own[i]! : '')), master: null });
    }
    lastSection = section?.row ?? lastSection;
    const task = table.tasks[ref.task]!;
    const own = taskCells(sheet, task.rows, box.left, box.right);
    const cells: SplitValue[] = columns.map((c, i) => (i < own.length ? own[i]! : ''));
    cells[at('key')] = keys[ti]![ref.task]!;
    rows.push({ kind: 'task', cells, master: ref });
  }
  const letter = (i: number) => columnLetter(i);
  const plan: SplitSheetPlan = {
    name,
    masterSheet: table.sheet,
    masterRange: table.range,
    masterTable: ti,
    titleLines: lines,
    headerRow,
    columns,
    rows,
    statusOptions: [...STATUS_CHOICES],
  };
  const marker: SplitSheetMarker = {
    sheet: name,
    masterSheet: table.sheet,
    masterRange: table.range,
    masterTable: ti,
    headerRow,
    columns: {
      no: noCol >= 0 ? letter(noCol) : null,
      task: taskCol >= 0 ? letter(taskCol) : null,
      status: letter(at('status')),
      completedOn: letter(at('completedOn')),
      result: letter(at('result')),
      key: letter(at('key')),
    },
    headers: {
      status: columns[at('status')]!.header,
      completedOn: columns[at('completedOn')]!.header,
      result: columns[at('result')]!.header,
      key: columns[at('key')]!.header,
      ...(noCol >= 0 ? { no: columns[noCol]!.header } : {}),
      ...(taskCol >= 0 ? { task: columns[taskCol]!.header } : {}),
    },
  };
  return { plan, marker };
}

function workbookPlan(input: SplitInput, group: LeadGroup, fileName: string, keys: string[][]): SplitWorkbookPlan {
  const byTable = new Map<number, TaskRef[]>();
  for (const ref of group.tasks) {
    let list = byTable.get(ref.table);
    if (!list) byTable.set(ref.table, (list = []));
    list.push(ref);
  }
  const taken = new Set([instructionSheetName(input.lang), SPLIT_MARKER_SHEET].map((n) => n.toLocaleLowerCase('vi')));
  const sheets: SplitSheetPlan[] = [];
  const markers: SplitSheetMarker[] = [];
  for (const [ti, refs] of [...byTable].sort((a, b) => a[0] - b[0])) {
    const { plan, marker } = sheetPlan(input, ti, refs, keys, freeName(input.file.tables[ti]!.sheet, taken));
    sheets.push(plan);
    markers.push(marker);
  }
  const master = baseName(input.file.path);
  return {
    agency: { key: group.key, label: group.label },
    fileName,
    instructions: splitInstructions(input.lang, {
      agency: group.label,
      master,
      date: input.date,
      tasks: group.tasks.length,
      sheets: sheets.map((s) => s.name),
      statusOptions: [...STATUS_CHOICES],
    }),
    sheets,
    tasks: group.tasks.length,
    marker: {
      kind: 'appendix-tracker-split',
      version: 1,
      master,
      splitOn: input.date,
      agency: { key: group.key, label: group.label },
      sheets: markers,
    },
    markerSheet: SPLIT_MARKER_SHEET,
  };
}

export function splitPlan(input: SplitInput): SplitPlan {
  const { groups, unassigned } = leadGroups(input.file);
  const { chosen, unknown } = chooseGroups(groups, input.agencies);
  const keys = fileTaskKeys(input.file);
  const names = splitFileNames(chosen.map((g) => g.label));
  return {
    workbooks: chosen.map((g, i) => workbookPlan(input, g, names[i]!, keys)),
    agencies: groups.map((g) => ({ key: g.key, label: g.label, tasks: g.tasks.length })),
    unassigned: unassigned.map((ref) => {
      const table = input.file.tables[ref.table]!;
      const t = table.tasks[ref.task]!;
      return { ref, sheet: table.sheet, row: t.row, no: t.no, task: t.task };
    }),
    unknown,
  };
}
