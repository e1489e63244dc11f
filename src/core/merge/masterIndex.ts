/**
 * The master's tasks indexed for matching: by key, by STT within each table, and by word (an inverted
 * index), so each returned task is compared with a few candidates, never with every master task. The
 * words are found on first use: a merge whose every returned row keeps its key never needs them.
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
  /** Its place in `MasterIndex.tasks`. */
  n: number;
  stt: string;
  leadKeys: string[];
}

export interface MasterIndex {
  tasks: MasterTask[];
  byId: Map<string, MasterTask>;
  byKey: Map<string, MasterTask[]>;
  /** `${table}\u0001${stt}` → tasks. */
  byStt: Map<string, MasterTask[]>;
  /** The tasks' words, found on the first call. */
  words: () => MasterWords;
}

export interface MasterWords {
  /** Each task's distinct words, by its `n`. */
  sets: ReadonlySet<string>[];
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

function wordsOf(tasks: readonly MasterTask[]): MasterWords {
  const words: MasterWords = { sets: [], postings: new Map() };
  for (const m of tasks) {
    const tokens = textTokens(m.task.task);
    words.sets.push(new Set(tokens));
    for (const t of tokens) push(words.postings, t, m.n);
  }
  return words;
}

export function masterIndex(file: ScannedFile): MasterIndex {
  const keys = fileTaskKeys(file);
  let words: MasterWords | null = null;
  const index: MasterIndex = {
    tasks: [],
    byId: new Map(),
    byKey: new Map(),
    byStt: new Map(),
    words: () => (words ??= wordsOf(index.tasks)),
  };
  file.tables.forEach((table, ti) =>
    table.tasks.forEach((task, i) => {
      const ref = { table: ti, task: i };
      const m: MasterTask = {
        ref,
        id: taskRefId(ref),
        key: keys[ti]![i]!,
        sheet: table.sheet,
        task,
        n: index.tasks.length,
        stt: sttKey(task.no),
        leadKeys: leadKeys(task),
      };
      index.tasks.push(m);
      index.byId.set(m.id, m);
      push(index.byKey, m.key, m);
      if (m.stt) push(index.byStt, sttSlot(ti, m.stt), m);
    }),
  );
  return index;
}
