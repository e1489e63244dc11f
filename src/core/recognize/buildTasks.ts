/**
 * Turn classified rows into task records: continuation rows merged into their task cell by cell,
 * sub-rows without their own STT or deadline inheriting them from the row above, each task linked to
 * its enclosing section.
 */
import type { Cell, SheetGrid } from '../grid';
import { cellAt, mergeAt } from '../grid';
import type { Field } from '../report/schema';
import type { ColumnMap } from './mapColumns';
import type { BodyRow } from './classifyRows';
import type { Stt } from './stt';

export interface SectionRow {
  /** 0-based sheet row. */
  row: number;
  no: string;
  title: string;
  level: number;
}

export interface RawTask {
  stt: Stt;
  /** 0-based sheet rows: the task's own first, then merged continuations. */
  rows: number[];
  level: number;
  section: SectionRow | null;
  /** Text per mapped field, continuation pieces joined with a space. */
  text: Partial<Record<Field, string>>;
  /** The deadline / completion-date cells as stored (for real Excel dates). */
  deadlineCell: Cell | null;
  completedCell: Cell | null;
  /** Fields taken from the row above (vertical merges, unnumbered sub-rows). */
  inherited: Field[];
  /** Rows merged into this task as continuations (0-based). */
  continuationRows: number[];
  bold: boolean;
}

export interface BuiltTable {
  tasks: RawTask[];
  sections: SectionRow[];
  continuations: number;
}

const INHERITABLE: Field[] = ['deadline'];

export function buildTasks(sheet: SheetGrid, map: ColumnMap, body: BodyRow[]): BuiltTable {
  const tasks: RawTask[] = [];
  const sections: SectionRow[] = [];
  const byRow = new Map<number, SectionRow>();
  let last: RawTask | SectionRow | null = null;
  let continuations = 0;

  for (const br of body) {
    const f = br.facts;
    if (!f) continue;
    if (br.kind === 'section') {
      const s: SectionRow = { row: br.row, no: f.stt.text, title: br.title ?? '', level: br.level };
      byRow.set(s.row, s);
      sections.push(s);
      last = s;
      continue;
    }
    if (br.kind === 'continuation') {
      if (!last) continue;
      continuations++;
      if ('rows' in last) {
        for (const [field, t] of Object.entries(f.text) as [Field, string][]) {
          if (!t || f.inherited.includes(field)) continue;
          const prev = last.text[field];
          last.text[field] = prev ? `${prev} ${t}` : t;
        }
        last.rows.push(br.row);
        last.continuationRows.push(br.row);
      } else {
        const piece = f.text.task || f.loneText || '';
        if (piece) last.title = `${last.title} ${piece}`;
      }
      continue;
    }
    if (br.kind !== 'task') continue;
    const enclosing = br.parentRow != null ? (byRow.get(br.parentRow) ?? null) : null;
    const task: RawTask = {
      stt: f.stt,
      rows: [br.row],
      level: br.level,
      section: enclosing,
      text: { ...f.text },
      deadlineCell: map.fields.deadline !== undefined ? cellAt(sheet, br.row, map.fields.deadline) : null,
      completedCell: map.fields.completedOn !== undefined ? cellAt(sheet, br.row, map.fields.completedOn) : null,
      inherited: [...f.inherited],
      continuationRows: [],
      bold: f.bold,
    };
    // An unnumbered sub-row with its own lead under a task whose deadline spans both rows. Where the
    // host reports merges, only a real merge carries a value down (read in rowFacts); a text source
    // (CSV, TSV) cannot tell a covered cell from an empty one, so the deadline comes down there.
    const prevTask = last && 'rows' in last ? last : null;
    if (f.stt.style === 'none' && prevTask && !f.sttFromText && !sheet.mergesKnown) {
      for (const field of INHERITABLE) {
        if (!task.text[field] && prevTask.text[field]) {
          task.text[field] = prevTask.text[field];
          task.deadlineCell = prevTask.deadlineCell;
          task.inherited.push(field);
        }
      }
    }
    if (task.inherited.includes('deadline') && map.fields.deadline !== undefined) {
      const m = mergeAt(sheet, br.row, map.fields.deadline);
      if (m) task.deadlineCell = cellAt(sheet, m.top, m.left);
    }
    tasks.push(task);
    last = task;
  }
  return { tasks, sections, continuations };
}
