/**
 * Scores one scan of a family table against its careful human reading (`NN-name.expected.json`, schema in
 * tests/fixtures/family/README.md). Every comparison is one check; a table is read exactly when every check
 * holds. Two reading schemas exist: cases with a `tasks` list are compared task by task (STT, lead, due,
 * leader, state); the older ones by counts, lead and status tallies and a sample of deadlines.
 */
import type { ScannedFile, ScannedTable, Task, TaskState } from '../../src/core/report/schema';
import { normalizeText } from '../../src/core/text';

export interface ExpectedTask {
  row: number;
  no: string;
  task: string;
  lead: string;
  deadline: string;
  due: string | null;
  /** Other defensible readings: one value or a list. */
  due_alt?: string | null | (string | null)[];
  leader: string | null;
  status: string | null;
  state?: string;
  state_alt?: string | string[];
}

export interface Expected {
  columns: Record<string, string | null>;
  header_rows: number;
  section_rows: number;
  task_rows: number;
  n_tables?: number;
  missing_lead_rows?: string[];
  missing_deadline_rows?: string[];
  leads?: Record<string, number>;
  leaders?: Record<string, number> | null;
  missing_leader_rows?: string[];
  status_values?: Record<string, number>;
  missing_status_rows?: string[];
  deadlines_sample?: Record<string, string | null>;
  tasks?: ExpectedTask[];
}

/** The figures a table is measured by; each is [agreeing, compared]. */
export const SCORE_FIELDS = ['tables', 'rows', 'columns', 'no', 'lead', 'due', 'leader', 'state'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

export interface CaseScore {
  fields: Record<ScoreField, [number, number]>;
  /** One line per check that failed, for a person to read. */
  mismatches: string[];
}

const STATE_NAMES: Record<TaskState, string> = {
  'done-on-time': 'done_on_time',
  'done-late': 'done_late',
  'open-on-track': 'open_on_time',
  'open-due-soon': 'open_on_time',
  'open-overdue': 'open_overdue',
  'no-deadline': 'no_deadline',
  unknown: 'unknown',
};

function tally(values: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

/** How many of the expected tally the actual values cover (a multiset intersection). */
function overlap(expected: Record<string, number>, actual: string[]): number {
  const got = tally(actual);
  let n = 0;
  for (const [k, v] of Object.entries(expected)) n += Math.min(v, got.get(normalizeText(k)) ?? 0);
  return n;
}

export function scoreCase(report: ScannedFile, expected: Expected): CaseScore {
  const fields = Object.fromEntries(SCORE_FIELDS.map((f) => [f, [0, 0]])) as unknown as CaseScore['fields'];
  const mismatches: string[] = [];
  const check = (field: ScoreField, ok: boolean, what: () => string) => {
    fields[field][1]++;
    if (ok) fields[field][0]++;
    else mismatches.push(`${field}: ${what()}`);
  };
  const wantTables = expected.n_tables ?? 1;
  check('tables', report.tables.length === wantTables, () => `${report.tables.length} tables, expected ${wantTables}`);
  const t: ScannedTable | undefined = report.tables[0];
  if (wantTables === 0) return { fields, mismatches };
  if (!t) {
    // Nothing read: every task-level comparison fails.
    const n = expected.tasks?.length ?? expected.task_rows;
    for (const f of ['no', 'lead', 'due'] as const) {
      fields[f][1] += n;
      mismatches.push(`${f}: no table, ${n} tasks unread`);
    }
    return { fields, mismatches };
  }
  const counts = { header: t.counts.repeatedHeaders + 1, sections: t.counts.sections, tasks: t.counts.tasks };
  check(
    'rows',
    counts.header === expected.header_rows,
    () => `${counts.header} header rows, expected ${expected.header_rows}`,
  );
  check(
    'rows',
    counts.sections === expected.section_rows,
    () => `${counts.sections} sections, expected ${expected.section_rows}`,
  );
  check('rows', counts.tasks === expected.task_rows, () => `${counts.tasks} tasks, expected ${expected.task_rows}`);
  for (const [field, header] of Object.entries(expected.columns)) {
    const got = (t.headers as Record<string, string | undefined> | undefined)?.[field] ?? null;
    const want = header === null ? null : normalizeText(header);
    check(
      'columns',
      (got === null ? null : normalizeText(got)) === want,
      () => `${field} → ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
    );
  }
  if (expected.tasks) scoreTasks(t, expected, check);
  else scoreTallies(t, expected, check);
  return { fields, mismatches };
}

function alternatives(want: ExpectedTask, key: 'due_alt' | 'state_alt'): (string | null)[] {
  if (!(key in want)) return [];
  const v = want[key];
  return Array.isArray(v) ? v : [v ?? null];
}

type Check = (field: ScoreField, ok: boolean, what: () => string) => void;

function scoreTasks(t: ScannedTable, expected: Expected, check: Check): void {
  const byRow = new Map<number, Task>(t.tasks.map((x) => [x.row, x]));
  const wanted = new Set(expected.tasks!.map((x) => x.row));
  for (const x of t.tasks) if (!wanted.has(x.row)) check('rows', false, () => `row ${x.row} (${x.no}) read as a task`);
  const hasStatus = expected.columns.status != null;
  for (const want of expected.tasks!) {
    const got = byRow.get(want.row);
    const at = `row ${want.row} (${want.no})`;
    check('no', got?.no === normalizeText(want.no), () => `${at}: ${JSON.stringify(got?.no)}`);
    check(
      'lead',
      got !== undefined && normalizeText(got.lead) === normalizeText(want.lead),
      () => `${at}: ${JSON.stringify(got?.lead)}, expected ${JSON.stringify(want.lead)}`,
    );
    const dues = [want.due, ...alternatives(want, 'due_alt')];
    check(
      'due',
      got !== undefined && dues.includes(got.deadline.due),
      () =>
        `${at}: ${got?.deadline.due} from ${JSON.stringify(want.deadline)}, expected ${dues.map(String).join(' or ')}`,
    );
    if (expected.columns.leader != null) {
      check(
        'leader',
        got !== undefined && (got.leader ?? null) === (want.leader === null ? null : normalizeText(want.leader)),
        () => `${at}: ${JSON.stringify(got?.leader)}, expected ${JSON.stringify(want.leader)}`,
      );
    }
    if (hasStatus && want.state) {
      const states = [want.state, ...(alternatives(want, 'state_alt') as string[])];
      const state = got ? STATE_NAMES[got.state] : undefined;
      check(
        'state',
        state !== undefined && states.includes(state),
        () => `${at}: ${state} from ${JSON.stringify(want.status)}, expected ${states.join(' or ')}`,
      );
    }
  }
}

function scoreTallies(t: ScannedTable, expected: Expected, check: Check): void {
  /** One check per expected value of a tally, as many agreeing as the actual values cover. */
  const tallyChecks = (
    field: ScoreField,
    what: string,
    want: Record<string, number>,
    got: string[],
    total?: number,
  ) => {
    const n = overlap(want, got);
    const all = total ?? Object.values(want).reduce((a, b) => a + b, 0);
    for (let i = 0; i < all; i++) check(field, i < n, () => `${what} tally: ${n} of ${all} agree`);
  };
  if (expected.leads)
    tallyChecks(
      'lead',
      'lead',
      expected.leads,
      t.tasks.map((x) => normalizeText(x.lead)),
      expected.task_rows,
    );
  if (expected.leaders)
    tallyChecks(
      'leader',
      'leader',
      expected.leaders,
      t.tasks.filter((x) => x.leader).map((x) => x.leader!),
    );
  if (expected.status_values)
    tallyChecks(
      'state',
      'status',
      expected.status_values,
      t.tasks.filter((x) => x.status).map((x) => x.status!),
    );
  for (const [text, due] of Object.entries(expected.deadlines_sample ?? {})) {
    const task = t.tasks.find((x) => x.deadline.text === normalizeText(text));
    check(
      'due',
      task?.deadline.due === due,
      () => `${JSON.stringify(text)} → ${task ? task.deadline.due : 'no task'}, expected ${due}`,
    );
  }
  /** The STT of the tasks with a finding of this code, against the reading's list. */
  const missing = (field: ScoreField, code: string, want: string[] | undefined) => {
    if (!want) return;
    const got = t.issues.filter((i) => i.code === code).map((i) => i.no ?? '');
    check(field, JSON.stringify(got) === JSON.stringify(want), () => `${code} ${JSON.stringify(got)}`);
  };
  missing('lead', 'missing-lead', expected.missing_lead_rows);
  missing('due', 'missing-deadline', expected.missing_deadline_rows);
}
