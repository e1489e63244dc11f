/**
 * One state per task relative to an as-of date and a due-soon window (docs/report-format.md):
 * done on time / done late / open on track / open due soon / open overdue / no deadline / unknown.
 */
import { addDaysIso, type IsoDate } from '../isoDate';
import type { Deadline, TaskState } from '../report/schema';
import type { StatusReading } from './readStatus';

export interface StateInput {
  deadline: Deadline;
  status: StatusReading;
  completedOn: IsoDate | null;
}

let lastWindow: { asOf: IsoDate; days: number; end: IsoDate } | null = null;

/** The last day of the due-soon window (computed once per as-of date and window, not per task). */
function dueSoonEnd(asOf: IsoDate, days: number): IsoDate {
  if (!lastWindow || lastWindow.asOf !== asOf || lastWindow.days !== days)
    lastWindow = { asOf, days, end: addDaysIso(asOf, days) };
  return lastWindow.end;
}

export function taskState(input: StateInput, asOf: IsoDate, dueSoonDays: number): TaskState {
  const { deadline, status, completedOn } = input;
  const due = deadline.due;
  const done = status.progress === 'done' || (status.progress === null && completedOn !== null);
  if (done) {
    if (status.timing === 'late') return 'done-late';
    if (status.timing === 'on-time') return 'done-on-time';
    if (completedOn && due) return completedOn <= due ? 'done-on-time' : 'done-late';
    return 'done-on-time';
  }
  if (!due) return deadline.kind === 'unknown' ? 'unknown' : 'no-deadline';
  if (due < asOf) return 'open-overdue';
  if (due <= dueSoonEnd(asOf, dueSoonDays)) return 'open-due-soon';
  return 'open-on-track';
}
