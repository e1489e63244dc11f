/** A task of a scanned file by position: its table's index in the file and its index in that table. */
export interface TaskRef {
  table: number;
  task: number;
}

/** "2:14": a task's id within its file, for maps and for the pane's lists. */
export function taskRefId(ref: TaskRef): string {
  return `${ref.table}:${ref.task}`;
}
