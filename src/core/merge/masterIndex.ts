/**
 * The master's tasks indexed for matching: by key, by STT within each table, and by word (an inverted
 * index), so each returned task is compared with a few candidates, never with every master task.
 */
import type { ScannedFile, Task } from '../report/schema';
import { leadKeys } from '../split/leadGroups';
import { fileTaskKeys } from '../split/taskKey';
import { taskRefId, type TaskRef } from '../split/taskRef';
import { sttKey, textTokens } from './similarity';

export interface MasterTask {
  ref: TaskRef;
  id: string;
  key: string;
  sheet: string;
  task: Task;
  tokens: readonly string[];
  tokenSet: ReadonlySet<string>;
  stt: string;
  leadKeys: string[];
}

export interface MasterIndex {
  tasks: MasterTask[];
  byId: Map<string, MasterTask>;
  byKey: Map<string, MasterTask[]>;
  /** `${table}\u0001${stt}` → tasks. */
  byStt: Map<string, MasterTask[]>;
  /** word → indexes into `tasks`. */
  postings: Map<string, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function sttSlot(table: number, stt: string): string {
  return `${table}\u0001${stt}`;
}

export function masterIndex(file: ScannedFile): MasterIndex {
  const keys = fileTaskKeys(file);
  const index: MasterIndex = { tasks: [], byId: new Map(), byKey: new Map(), byStt: new Map(), postings: new Map() };
  file.tables.forEach((table, ti) =>
    table.tasks.forEach((task, i) => {
      const ref = { table: ti, task: i };
      const tokens = textTokens(task.task);
      const m: MasterTask = {
        ref,
        id: taskRefId(ref),
        key: keys[ti]![i]!,
        sheet: table.sheet,
        task,
        tokens,
        tokenSet: new Set(tokens),
        stt: sttKey(task.no),
        leadKeys: leadKeys(task),
      };
      const n = index.tasks.push(m) - 1;
      index.byId.set(m.id, m);
      push(index.byKey, m.key, m);
      if (m.stt) push(index.byStt, sttSlot(ti, m.stt), m);
      for (const t of m.tokens) push(index.postings, t, n);
    }),
  );
  return index;
}
