/**
 * "Tổng hợp báo cáo": what the returned reports change in the master, as a plan the person reviews
 * before anything is written. Per matched master task: the status, completion date and result the
 * agencies reported, and who reported and when, each a cell change (sheet, A1 address, field, old →
 * new, from which file and agency) into the table's tracking columns (its own, or ones to add: see
 * reportingColumnsPlan). A change needs confirmation when the master cell holds something else (never
 * overwritten without it), when agencies disagree on the task (a conflict), or when its match is weak
 * or ambiguous and the person has not confirmed it. Also listed: returned tasks with no master task,
 * master tasks no agency reported on (per agency, to chase), conflicting reports, matches to review,
 * completion dates that are no date. Pure: the writers apply the changes accepted (acceptChanges.ts).
 */
import { columnIndex } from '../a1';
import { readDeadline } from '../deadline';
import { cellAt, type Cell, type WorkbookGrid } from '../grid';
import type { Lang } from '../i18n/lang';
import type { ReportingField } from '../i18n/reportingLabels';
import type { IsoDate } from '../isoDate';
import { reportingColumnsPlan, type ReportingColumnsPlan } from '../plans/reportingColumnsPlan';
import { cellText } from '../plans/sheetPlan';
import type { ScannedFile } from '../report/schema';
import { comparisonKey, normalizeText } from '../text';
import { leadGroups, leadKeys } from '../split/leadGroups';
import { taskRefId, type TaskRef } from '../split/taskRef';
import type { MasterIndex } from './masterIndex';
import type { TaskMatch } from './matchTasks';
import { reportsSomething, type ReturnedFile, type ReturnedTask } from './returnedFile';

/** A cell's value: text, a number, a real date, or nothing. */
export type MergeValue = string | number | { date: IsoDate } | null;

export type ConfirmReason = 'non-empty' | 'conflict' | 'weak-match' | 'ambiguous-match';

export interface ReportSource {
  file: number;
  fileName: string;
  agency: string;
}

export interface CellChange {
  id: number;
  sheet: string;
  /** A1 address of the cell. */
  address: string;
  /** 1-based row and column letters. */
  row: number;
  column: string;
  field: ReportingField;
  /** The master table (index) and task. */
  task: TaskRef;
  no: string;
  taskText: string;
  old: MergeValue;
  new: MergeValue;
  from: ReportSource[];
  /** The lowest confidence of the matches the value comes from. */
  confidence: number;
  confirm: ConfirmReason[];
  needsConfirmation: boolean;
}

export interface TaskSummary {
  ref: TaskRef;
  sheet: string;
  row: number;
  no: string;
  task: string;
}

export interface ReturnedSummary {
  file: number;
  fileName: string;
  agency: string;
  returned: number;
  sheet: string;
  row: number;
  no: string;
  task: string;
}

export interface MergeConflict {
  task: TaskSummary;
  field: 'status' | 'completedOn';
  reports: (ReportSource & { value: string })[];
}

export interface MatchReview {
  returned: ReturnedSummary;
  match: TaskMatch;
  master: TaskSummary | null;
}

export interface TableColumns extends ReportingColumnsPlan {
  table: number;
}

export interface MergePlan {
  changes: CellChange[];
  /** The reporting columns of every table a change goes to (existing or to add). */
  columns: TableColumns[];
  /** Returned tasks with no master task. */
  unmatched: (ReturnedSummary & { reports: boolean })[];
  /**
   * Weak, ambiguous or duplicated matches, and rows whose key was lost, of rows that report something:
   * for the person to confirm or re-point.
   */
  review: MatchReview[];
  /** Per lead agency, the master tasks no report from it covers. */
  unreported: { agency: { key: string; label: string }; tasks: TaskSummary[] }[];
  conflicts: MergeConflict[];
  /** Completion dates that are no date ("đang cập nhật"): not written. */
  badDates: (ReturnedSummary & { text: string })[];
  files: {
    name: string;
    agency: string;
    agencySource: ReturnedFile['agencySource'];
    split: boolean;
    tasks: number;
    matched: number;
  }[];
}

export interface MergeInput {
  master: ScannedFile;
  grid: WorkbookGrid;
  index: MasterIndex;
  files: readonly ReturnedFile[];
  matches: readonly (readonly TaskMatch[])[];
  lang: Lang;
  /** The merge's date: the report date of a file whose own date is not known. */
  date: IsoDate;
}

interface Report {
  source: ReportSource;
  agencyKey: string;
  match: TaskMatch;
  task: ReturnedTask;
  date: IsoDate;
}

function summaryOf(master: ScannedFile, ref: TaskRef): TaskSummary {
  const table = master.tables[ref.table]!;
  const t = table.tasks[ref.task]!;
  return { ref, sheet: table.sheet, row: t.row, no: t.no, task: t.task };
}

function returnedSummary(files: readonly ReturnedFile[], m: TaskMatch): ReturnedSummary {
  const f = files[m.file]!;
  const r = f.tasks[m.returned]!;
  return {
    file: m.file,
    fileName: f.name,
    agency: f.agency.label,
    returned: m.returned,
    sheet: r.sheet,
    row: r.rows[0]!,
    no: r.no,
    task: r.task,
  };
}

/** A match whose reports count: it has a master task, and is not ambiguous unless the person confirmed it. */
function usable(m: TaskMatch): boolean {
  return m.master !== null && (!m.ambiguous || m.confirmed);
}

export function cellValueOf(cell: Cell): MergeValue {
  if (cell.date) return { date: cell.date };
  if (typeof cell.value === 'number') return cell.value;
  return cell.text ? cell.text : null;
}

function dateOf(cell: Cell): IsoDate | null {
  if (cell.date) return cell.date;
  if (!cell.text || cell.unreadable) return null;
  const d = readDeadline({ value: cell.value, text: cell.text, date: cell.date }, { referenceYear: null });
  return d.kind === 'date' ? d.due : null;
}

/** Whether the master cell already says `value` (status and texts by their words, dates by the day). */
function sameValue(cell: Cell, field: ReportingField, value: string | { date: IsoDate }): boolean {
  if (typeof value !== 'string') return dateOf(cell) === value.date;
  if (field === 'status') return comparisonKey(cell.text) === comparisonKey(value);
  return normalizeText(cell.text) === normalizeText(value);
}

/** The distinct values reported, with who reported each (in file order). */
function distinct(reports: Report[], pick: (r: Report) => string | null, keyOf: (v: string) => string) {
  const out = new Map<string, { value: string; reports: Report[] }>();
  for (const r of reports) {
    const v = pick(r);
    if (!v) continue;
    const k = keyOf(v);
    const e = out.get(k);
    if (e) e.reports.push(r);
    else out.set(k, { value: v, reports: [r] });
  }
  return [...out.values()];
}

/** The latest report (by its date, then the order the files were given). */
function latest<T extends { reports: Report[] }>(values: T[]): T {
  const last = (v: T) =>
    v.reports.reduce((a, r) => (r.date > a.date || (r.date === a.date && r.source.file > a.source.file) ? r : a));
  return values.reduce((a, v) => {
    const la = last(a);
    const lv = last(v);
    return lv.date > la.date || (lv.date === la.date && lv.source.file > la.source.file) ? v : a;
  });
}

interface Proposed {
  field: ReportingField;
  value: string | { date: IsoDate };
  reports: Report[];
  conflict: boolean;
}

/** What the reports on one task say, field by field; the conflicts among them. */
function proposals(reports: Report[], task: TaskSummary, conflicts: MergeConflict[]): Proposed[] {
  const out: Proposed[] = [];
  const single = (
    field: 'status' | 'completedOn',
    values: { value: string; reports: Report[] }[],
    as: (v: string) => string | { date: IsoDate },
  ) => {
    if (values.length === 0) return;
    const chosen = values.length === 1 ? values[0]! : latest(values);
    if (values.length > 1)
      conflicts.push({
        task,
        field,
        reports: values.flatMap((v) => v.reports.map((r) => ({ ...r.source, value: v.value }))),
      });
    out.push({ field, value: as(chosen.value), reports: chosen.reports, conflict: values.length > 1 });
  };
  single(
    'status',
    distinct(reports, (r) => r.task.status, comparisonKey),
    (v) => v,
  );
  single(
    'completedOn',
    distinct(
      reports,
      (r) => r.task.completedOn,
      (v) => v,
    ),
    (v) => ({ date: v }),
  );
  const results = distinct(reports, (r) => r.task.result, normalizeText);
  if (results.length === 1)
    out.push({ field: 'result', value: results[0]!.value, reports: results[0]!.reports, conflict: false });
  else if (results.length > 1) {
    // Several agencies (or rows) wrote results: all of them, each under its agency.
    const lines = results.map((v) => `${[...new Set(v.reports.map((r) => r.source.agency))].join(', ')}: ${v.value}`);
    out.push({ field: 'result', value: lines.join('\n'), reports: results.flatMap((v) => v.reports), conflict: false });
  }
  return out;
}

function confirmReasons(reports: Report[], conflict: boolean, nonEmpty: boolean): ConfirmReason[] {
  const reasons: ConfirmReason[] = [];
  if (nonEmpty) reasons.push('non-empty');
  if (conflict) reasons.push('conflict');
  if (reports.some((r) => (r.match.weak || r.match.duplicate) && !r.match.confirmed)) reasons.push('weak-match');
  if (reports.some((r) => r.match.ambiguous && !r.match.confirmed)) reasons.push('ambiguous-match');
  return reasons;
}

export function mergePlan(input: MergeInput): MergePlan {
  const { master, grid, files, matches } = input;
  const byTask = new Map<string, Report[]>();
  const plan: MergePlan = {
    changes: [],
    columns: [],
    unmatched: [],
    review: [],
    unreported: [],
    conflicts: [],
    badDates: [],
    files: [],
  };
  files.forEach((f, fi) => {
    const list = matches[fi] ?? [];
    plan.files.push({
      name: f.name,
      agency: f.agency.label,
      agencySource: f.agencySource,
      split: f.marker !== null,
      tasks: f.tasks.length,
      matched: list.filter((m) => m.master !== null).length,
    });
    for (const m of list) {
      const r = f.tasks[m.returned]!;
      if (r.completedText && !r.completedOn)
        plan.badDates.push({ ...returnedSummary(files, m), text: r.completedText });
      if (!m.master) {
        plan.unmatched.push({ ...returnedSummary(files, m), reports: reportsSomething(r) });
        continue;
      }
      // A doubtful match is the person's to confirm only when its row reports something: a row that
      // reports nothing (a section or title line an agency's file carries, a task left blank) changes
      // nothing, whatever it is matched to.
      if ((m.weak || m.ambiguous || m.duplicate || m.keyLost) && !m.confirmed && reportsSomething(r))
        plan.review.push({ returned: returnedSummary(files, m), match: m, master: summaryOf(master, m.master) });
      if (!usable(m) || !reportsSomething(r)) continue;
      const id = taskRefId(m.master);
      let reports = byTask.get(id);
      if (!reports) byTask.set(id, (reports = []));
      reports.push({
        source: { file: fi, fileName: f.name, agency: f.agency.label },
        agencyKey: f.agency.key,
        match: m,
        task: r,
        date: f.reportDate ?? input.date,
      });
    }
  });

  const columnsOf = new Map<number, TableColumns>();
  const columnsFor = (table: number): TableColumns | null => {
    let c = columnsOf.get(table);
    if (c) return c;
    const t = master.tables[table]!;
    const sheet = grid.sheets.find((s) => s.name === t.sheet);
    const p = sheet ? reportingColumnsPlan(t, sheet, input.lang) : null;
    if (!p) return null;
    columnsOf.set(table, (c = { ...p, table }));
    return c;
  };

  for (const mt of input.index.tasks) {
    const reports = byTask.get(mt.id);
    if (!reports) continue;
    const cols = columnsFor(mt.ref.table);
    const sheet = grid.sheets.find((s) => s.name === mt.sheet);
    if (!cols || !sheet) continue;
    const summary = summaryOf(master, mt.ref);
    const proposed = proposals(reports, summary, plan.conflicts);
    const changes: CellChange[] = [];
    const change = (field: ReportingField, value: string | { date: IsoDate }, from: Report[], conflict: boolean) => {
      const col = cols.columns.find((c) => c.field === field)!;
      const row = mt.task.row;
      const cell = cellAt(sheet, row - 1, columnIndex(col.column));
      if (sameValue(cell, field, value)) return;
      const old = col.existing ? cellValueOf(cell) : null;
      const confirm = confirmReasons(from, conflict, old !== null);
      changes.push({
        id: 0,
        sheet: mt.sheet,
        address: `${col.column}${row}`,
        row,
        column: col.column,
        field,
        task: mt.ref,
        no: mt.task.no,
        taskText: mt.task.task,
        old,
        new: value,
        from: [...new Map(from.map((r) => [r.source.file, r.source])).values()],
        confidence: Math.min(...from.map((r) => r.match.confidence)),
        confirm,
        needsConfirmation: confirm.length > 0,
      });
    };
    for (const p of proposed)
      change(p.field, typeof p.value === 'string' ? cellText(p.value) : p.value, p.reports, p.conflict);
    if (changes.length === 0) continue;
    // Who reported and when: written with what they changed.
    const from = [...new Set(changes.flatMap((c) => c.from.map((s) => s.file)))]
      .sort((a, b) => a - b)
      .map((fi) => reports.find((r) => r.source.file === fi)!);
    change('reportingAgency', [...new Set(from.map((r) => r.source.agency))].join('; '), from, false);
    change('reportDate', { date: from.reduce((d, r) => (r.date > d ? r.date : d), from[0]!.date) }, from, false);
    plan.changes.push(...changes);
  }
  plan.changes.forEach((c, i) => (c.id = i + 1));
  plan.columns = [...columnsOf.values()].sort((a, b) => a.table - b.table);
  plan.unreported = unreported(master, byTask);
  return plan;
}

/**
 * Per lead agency, its tasks no report of its own covers (a task with one lead counts as reported by
 * any report on it: the file's agency may be named otherwise).
 */
function unreported(master: ScannedFile, byTask: Map<string, Report[]>): MergePlan['unreported'] {
  const out: MergePlan['unreported'] = [];
  for (const g of leadGroups(master).groups) {
    const tasks: TaskSummary[] = [];
    for (const ref of g.tasks) {
      const reports = byTask.get(taskRefId(ref)) ?? [];
      const leads = leadKeys(master.tables[ref.table]!.tasks[ref.task]!);
      const covered = reports.some((r) => r.agencyKey === g.key) || (leads.length === 1 && reports.length > 0);
      if (!covered) tasks.push(summaryOf(master, ref));
    }
    if (tasks.length) out.push({ agency: { key: g.key, label: g.label }, tasks });
  }
  return out;
}
