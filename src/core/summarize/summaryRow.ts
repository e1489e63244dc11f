import type { ColumnLetters, SummaryRow, TaskState } from '../report/schema';

/** Which summary column counts a task in each state. */
export const STATE_COLUMN: Record<TaskState, keyof Omit<SummaryRow, 'key' | 'label' | 'total'>> = {
  'done-on-time': 'doneOnTime',
  'done-late': 'doneLate',
  'open-on-track': 'openOnTrack',
  'open-due-soon': 'openDueSoon',
  'open-overdue': 'openOverdue',
  'no-deadline': 'noDeadline',
  unknown: 'unknown',
};

export const COUNT_COLUMNS = [
  'doneOnTime',
  'doneLate',
  'openOnTrack',
  'openDueSoon',
  'openOverdue',
  'noDeadline',
  'unknown',
] as const;

export function emptySummaryRow(key: string, label: string): SummaryRow {
  return {
    key,
    label,
    total: 0,
    doneOnTime: 0,
    doneLate: 0,
    openOnTrack: 0,
    openDueSoon: 0,
    openOverdue: 0,
    noDeadline: 0,
    unknown: 0,
  };
}

/**
 * Whether any of the tables can tell a task done: one maps a status or a completion-date column.
 * Without one no task is ever done, so a completion rate of 0 % would read as "nothing done": it is
 * not tracked ("—") instead.
 */
export function tracksCompletion(tables: readonly { columns: ColumnLetters }[]): boolean {
  return tables.some((t) => t.columns.status !== undefined || t.columns.completedOn !== undefined);
}

/** What a summary shows where completion is not tracked. */
export const NOT_TRACKED = '—';

/** Share of tasks done (on time or late), 0..1; 0 for an empty row. */
export function completionRate(row: SummaryRow): number {
  return row.total === 0 ? 0 : (row.doneOnTime + row.doneLate) / row.total;
}
