/**
 * A recognised row group (RawTask) read into the contract's Task: agencies keyed, deadline read,
 * status and completion date read. State and leader inference come later, over the whole workbook.
 */
import { readDeadline } from '../deadline';
import type { Deadline, Task } from '../report/schema';
import type { RawTask } from '../recognize/buildTasks';
import { readStatus, type StatusReading } from '../state/readStatus';
import { comparisonKey, splitAgencies } from '../text';

export interface TaskDraft {
  task: Task;
  raw: RawTask;
  status: StatusReading;
}

export function readTaskDeadline(raw: RawTask, referenceYear: number | null): Deadline {
  const text = raw.text.deadline ?? '';
  const cell = raw.deadlineCell;
  // A deadline pieced together from continuation rows is read as text; otherwise the cell as stored.
  const merged = raw.continuationRows.length > 0 || raw.inherited.includes('deadline');
  const value = merged || !cell ? text : cell.value;
  return readDeadline(
    { value: typeof value === 'string' ? text : value, text, date: merged ? undefined : cell?.date },
    { referenceYear },
  );
}

export function toTask(raw: RawTask, referenceYear: number | null): TaskDraft {
  const lead = raw.text.lead ?? '';
  const deadline = readTaskDeadline(raw, referenceYear);
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
  return { task, raw, status: readStatus(statusText) };
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
