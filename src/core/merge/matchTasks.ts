/**
 * Each returned task to a master task: by its hidden key when the row still has one and the master has
 * that key; else by STT within the same table together with the similarity of the task text; else by
 * the text alone. Every match has a confidence (0..1) and a reason; weak matches (confidence below
 * WEAK_BELOW) and ambiguous ones (another candidate ranked within AMBIGUOUS_WITHIN of the best) are for
 * the person to confirm or re-point; below NO_MATCH_BELOW the returned task has no master task.
 *
 * Within one returned file a master task is matched once (a renumbered or reordered file, or two rows
 * of a duplicated text, go to distinct master tasks); the same master task may be matched from several
 * files (a task with two lead agencies). Candidates come from the master index (rare words first, a
 * bounded number of postings), so the cost grows with the returned tasks, not with their product.
 */
import type { TaskRef } from '../split/taskRef';
import { sttSlot, type MasterIndex, type MasterTask } from './masterIndex';
import type { ReturnedFile, ReturnedTask } from './returnedFile';
import { dice, sttKey, textTokens } from './similarity';

/** A confidence below this is a weak match: listed for the person, not applied unless confirmed. */
export const WEAK_BELOW = 0.6;
/** A second candidate within this of the best, in rank and in confidence, makes the match ambiguous. */
export const AMBIGUOUS_WITHIN = 0.1;
/** Below this confidence there is no match. */
export const NO_MATCH_BELOW = 0.35;

/**
 * What an equal STT is worth: in a split workbook's table the STT is the master's own (copied); in an
 * agency's own table, matched to a master table by its texts, it is often the agency's own numbering.
 */
const STT_CONFIDENCE = { marker: 0.4, voted: 0.2 } as const;
type Hint = { table: number; from: keyof typeof STT_CONFIDENCE } | null;

/** What each kind of evidence adds to a candidate's rank (not to its confidence). */
const STT_RANK = 0.2;
const AGENCY_RANK = 0.25;
const TABLE_RANK = 0.05;
/** Candidates scored exactly per returned task, and postings visited to find them. */
const CANDIDATES = 12;
const POSTINGS_BUDGET = 600;

export type MatchReason = 'key' | 'stt-text' | 'text' | 'stt' | 'user' | 'none';

export interface Candidate {
  master: TaskRef;
  confidence: number;
  reason: MatchReason;
  /** Text similarity, 0..1. */
  similarity: number;
}

export interface TaskMatch {
  /** Indexes of the returned file and of its task. */
  file: number;
  returned: number;
  master: TaskRef | null;
  confidence: number;
  reason: MatchReason;
  weak: boolean;
  ambiguous: boolean;
  /** The row carried a key no master task has (its text was edited since the split): matched otherwise. */
  keyLost: boolean;
  /** Another returned task of the same file took the same master task first (a duplicated row). */
  duplicate: boolean;
  /** The other candidates, best first (for re-pointing). */
  alternatives: Candidate[];
  /** Set by the person (the pane): confirmed as it is, or re-pointed. */
  confirmed: boolean;
}

interface Scored extends Candidate {
  rank: number;
  task: MasterTask;
}

function scoreCandidate(
  index: MasterIndex,
  m: MasterTask,
  r: ReturnedTask,
  tokens: readonly string[],
  hint: Hint,
  agencyKey: string,
): Scored {
  const similarity = dice(tokens, index.words().sets[m.n]!);
  const rStt = sttKey(r.no);
  const inTable = hint !== null && m.ref.table === hint.table;
  const stt = inTable && rStt !== '' && rStt === m.stt;
  const base = hint ? STT_CONFIDENCE[hint.from] : 0;
  const confidence = Math.min(1, stt ? base + (1 - base) * similarity : similarity);
  const reason: MatchReason = stt ? (similarity > 0 ? 'stt-text' : 'stt') : 'text';
  const rank =
    similarity + (stt ? STT_RANK : 0) + (m.leadKeys.includes(agencyKey) ? AGENCY_RANK : 0) + (inTable ? TABLE_RANK : 0);
  return { master: m.ref, confidence, reason, similarity, rank, task: m };
}

/** The master tasks sharing the rarest words of the text (a bounded number of postings visited). */
function textCandidates(index: MasterIndex, tokens: readonly string[]): MasterTask[] {
  const { postings } = index.words();
  const counts = new Map<number, number>();
  const byRarity = tokens
    .map((t) => postings.get(t))
    .filter((p): p is number[] => !!p)
    .sort((a, b) => a.length - b.length);
  let visited = 0;
  for (const list of byRarity) {
    if (visited > 0 && visited + list.length > POSTINGS_BUDGET) break;
    visited += list.length;
    for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([n]) => index.tasks[n]!);
}

/** The text's candidates, and those with the returned task's STT in the hinted table. */
function withSttCandidates(
  index: MasterIndex,
  byText: readonly MasterTask[],
  r: ReturnedTask,
  hint: Hint,
): MasterTask[] {
  const out = [...byText];
  const stt = sttKey(r.no);
  if (hint && stt) for (const m of index.byStt.get(sttSlot(hint.table, stt)) ?? []) if (!out.includes(m)) out.push(m);
  return out;
}

function ranked(list: Scored[]): Scored[] {
  return list.sort(
    (a, b) => b.rank - a.rank || a.task.ref.table - b.task.ref.table || a.task.ref.task - b.task.ref.task,
  );
}

/**
 * The master table each scanned table of a file without a marker stands for: the one most of its tasks
 * match well by text alone (their STT is then compared within it).
 */
function tableHints(
  index: MasterIndex,
  file: ReturnedFile,
  tokens: (readonly string[])[],
  byText: (readonly MasterTask[])[],
): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  file.tasks.forEach((r, i) => {
    if (r.masterTable !== null) return;
    const best = ranked(byText[i]!.map((m) => scoreCandidate(index, m, r, tokens[i]!, null, '')))[0];
    if (!best || best.similarity < 0.5) return;
    let v = votes.get(r.table);
    if (!v) votes.set(r.table, (v = new Map()));
    v.set(best.master.table, (v.get(best.master.table) ?? 0) + 1);
  });
  const hints = new Map<number, number>();
  for (const [table, v] of votes) hints.set(table, [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]);
  return hints;
}

function publicCandidate(s: Scored): Candidate {
  return { master: s.master, confidence: s.confidence, reason: s.reason, similarity: s.similarity };
}

/** Matches of one returned file's tasks, in the file's task order. */
export function matchFile(index: MasterIndex, file: ReturnedFile, fileIndex: number): TaskMatch[] {
  // Words of every task a key does not settle (and of every task of a file without a marker, for its table hints).
  const tokens = file.tasks.map((r) =>
    r.key && index.byKey.get(r.key)?.length === 1 && r.masterTable !== null ? [] : textTokens(r.task),
  );
  // Each such task's candidates by text, found once (for the table hints and for its own match).
  const byText = tokens.map((t) => (t.length ? textCandidates(index, t) : []));
  const hints = tableHints(index, file, tokens, byText);
  const matches: TaskMatch[] = file.tasks.map((_, i) => ({
    file: fileIndex,
    returned: i,
    master: null,
    confidence: 0,
    reason: 'none',
    weak: false,
    ambiguous: false,
    keyLost: false,
    duplicate: false,
    alternatives: [],
    confirmed: false,
  }));
  const used = new Set<string>();
  const pending: { i: number; scored: Scored[] }[] = [];
  file.tasks.forEach((r, i) => {
    const keyed = r.key ? index.byKey.get(r.key) : undefined;
    if (keyed && keyed.length === 1) {
      Object.assign(matches[i]!, { master: keyed[0]!.ref, confidence: 1, reason: 'key' });
      used.add(keyed[0]!.id);
      return;
    }
    matches[i]!.keyLost = !!r.key && !keyed;
    const voted = hints.get(r.table);
    const hint: Hint =
      r.masterTable !== null
        ? { table: r.masterTable, from: 'marker' }
        : voted !== undefined
          ? { table: voted, from: 'voted' }
          : null;
    const pool = keyed && keyed.length > 1 ? keyed : withSttCandidates(index, byText[i]!, r, hint);
    pending.push({
      i,
      scored: ranked(pool.map((m) => scoreCandidate(index, m, r, tokens[i]!, hint, file.agency.key))),
    });
  });
  // The surest first: each takes its best master task not yet taken in this file.
  pending.sort((a, b) => (b.scored[0]?.rank ?? 0) - (a.scored[0]?.rank ?? 0) || a.i - b.i);
  for (const { i, scored } of pending) {
    const m = matches[i]!;
    const free = scored.filter((s) => !used.has(s.task.id));
    const best = free[0];
    const top = scored[0];
    const takenFirst = !!top && top !== best && (!best || top.rank - best.rank > AMBIGUOUS_WITHIN);
    if (top && takenFirst && top.confidence >= NO_MATCH_BELOW) {
      // Its master task was taken by another row of this file (a row pasted twice): the same task, to confirm.
      Object.assign(m, {
        master: top.master,
        confidence: top.confidence,
        reason: top.reason,
        weak: true,
        duplicate: true,
      });
    } else if (best && best.confidence >= NO_MATCH_BELOW) {
      const second = free[1];
      Object.assign(m, {
        master: best.master,
        confidence: best.confidence,
        reason: best.reason,
        weak: best.confidence < WEAK_BELOW,
        ambiguous:
          !!second &&
          second.confidence >= NO_MATCH_BELOW &&
          best.rank - second.rank <= AMBIGUOUS_WITHIN &&
          best.confidence - second.confidence <= AMBIGUOUS_WITHIN,
      });
      used.add(best.task.id);
    }
    m.alternatives = scored
      .filter((s) => !m.master || s.task.ref !== m.master)
      .slice(0, 3)
      .map(publicCandidate);
  }
  return matches;
}

/** Every returned file's matches (one list per file). */
export function matchReturned(index: MasterIndex, files: readonly ReturnedFile[]): TaskMatch[][] {
  return files.map((f, i) => matchFile(index, f, i));
}

/** A match re-pointed or confirmed by the person (null: the returned task has no master task). */
export function confirmMatch(match: TaskMatch, master: TaskRef | null): TaskMatch {
  const same = master && match.master && master.table === match.master.table && master.task === match.master.task;
  return same || (!master && !match.master)
    ? { ...match, confirmed: true }
    : { ...match, master, reason: master ? 'user' : 'none', confidence: master ? 1 : 0, confirmed: true };
}
