/**
 * A recognised row group (RawTask) read into the contract's Task: agencies keyed, deadline read,
 * status and completion date read. State and leader inference come later, over the whole workbook.
 */
import { readDeadline, readDeadlineChecked, type DeadlineReading } from '../deadline';
import { deadlineDoubt, setAside, type Anchor, type DeadlineDoubt } from '../deadline/plausibleDeadline';
import type { Cell } from '../grid';
import type { Deadline, Task } from '../report/schema';
import type { RawTask } from '../recognize/buildTasks';
import { readStatus, type StatusReading } from '../state/readStatus';
import { comparisonKey, splitAgencies } from '../text';

export interface TaskDraft {
  task: Task;
  raw: RawTask;
  status: StatusReading;
  /** Why the deadline as written cannot be true (its dates are then set aside: state unknown). */
  doubt: DeadlineDoubt | null;
  /** The deadline cell's stored value cannot be read (src/core/cellValue.ts): no due date from it. */
  deadlineUnreadable: boolean;
}

/** A deadline pieced together from continuation rows (or taken from the row above) is read as text. */
function deadlineIsText(raw: RawTask): boolean {
  return raw.continuationRows.length > 0 || raw.inherited.includes('deadline');
}

export function readTaskDeadlineChecked(raw: RawTask, referenceYear: number | null): DeadlineReading {
  const text = raw.text.deadline ?? '';
  const cell = raw.deadlineCell;
  const merged = deadlineIsText(raw);
  const value = merged || !cell ? text : cell.value;
  return readDeadlineChecked(
    { value: typeof value === 'string' ? text : value, text, date: merged ? undefined : cell?.date },
    { referenceYear },
  );
}

export function readTaskDeadline(raw: RawTask, referenceYear: number | null): Deadline {
  return readTaskDeadlineChecked(raw, referenceYear).deadline;
}

/** The start a start column gives for the task (the first day of what it writes), or null. */
function startFrom(cell: Cell | null, referenceYear: number | null): string | null {
  if (!cell || !cell.text || cell.unreadable) return null;
  return readDeadline({ value: cell.value, text: cell.text, date: cell.date }, { referenceYear }).start;
}

/**
 * The task's deadline and what makes it impossible: a period written backwards, a start column later
 * than the due date, a due date decades from `anchor`; an unreadable cell gives no date at all.
 */
function checkedDeadline(
  raw: RawTask,
  referenceYear: number | null,
  anchor: Anchor | null,
  startCell: Cell | null,
): { deadline: Deadline; doubt: DeadlineDoubt | null; deadlineUnreadable: boolean } {
  const { deadline, backwards } = readTaskDeadlineChecked(raw, referenceYear);
  if (raw.deadlineCell?.unreadable && !deadlineIsText(raw))
    return { deadline: setAside(deadline), doubt: null, deadlineUnreadable: true };
  if (backwards)
    return { deadline, doubt: { reason: 'due-before-start', ...backwards, from: 'cell' }, deadlineUnreadable: false };
  const doubt = anchor ? deadlineDoubt(deadline, startFrom(startCell, referenceYear), anchor) : null;
  return { deadline: doubt ? setAside(deadline) : deadline, doubt, deadlineUnreadable: false };
}

/**
 * `anchor`: the date deadlines are measured from (the document's, or the as-of date); `startCell`: the
 * task's cell in the table's start column, if it has one (src/core/recognize/startColumn.ts).
 */
export function toTask(
  raw: RawTask,
  referenceYear: number | null,
  anchor: Anchor | null = null,
  startCell: Cell | null = null,
): TaskDraft {
  const lead = raw.text.lead ?? '';
  const { deadline, doubt, deadlineUnreadable } = checkedDeadline(raw, referenceYear, anchor, startCell);
  const statusText = raw.text.status ?? '';
  let completedOn: string | null = null;
  if (raw.completedCell && (raw.text.completedOn ?? '')) {
    const d = readDeadline(
      { value: raw.completedCell.value, text: raw.text.completedOn ?? '', date: raw.completedCell.date },
      { referenceYear },
    );
    completedOn = d.kind === 'date' ? d.due : null;
  }
  const task: Task = {
    no: raw.stt.text,
    row: raw.rows[0]! + 1,
    rows: raw.rows.map((r) => r + 1),
    section: raw.section ? raw.section.title : null,
    task: raw.text.task ?? '',
    output: raw.text.output ?? '',
    lead,
    leadKey: comparisonKey(lead),
    coordinating: splitAgencies(raw.text.coordinating ?? ''),
    authority: raw.text.authority ?? '',
    leader: raw.text.leader ? raw.text.leader : null,
    // The rest in the schema's order, so the report reads the same whether or not it went through zod.
    deadline,
    state: 'unknown',
    leaderSource: raw.text.leader ? 'column' : null,
    status: statusText || null,
    completedOn,
    note: raw.text.note || undefined,
    level: raw.level,
  };
  return { task, raw, status: readStatus(statusText), doubt, deadlineUnreadable };
}

/** The year that deadlines without one ("Trong cả năm", "Tháng 6") refer to, when the document states none. */
export function dominantDueYear(deadlines: Deadline[]): number | null {
  const counts = new Map<number, number>();
  for (const d of deadlines) {
    if (!d.due) continue;
    const y = Number(d.due.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts)
    if (n > bestN || (n === bestN && best !== null && y < best)) {
      best = y;
      bestN = n;
    }
  return best;
}
