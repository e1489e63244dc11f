/**
 * Map a table's columns to canonical fields from two kinds of evidence: the header's words (each
 * field's aliases, read on the header's comparison key) and what the column's cells hold (numbering,
 * prose, public bodies, people, deadlines, status words …, see columnEvidence.ts). Content confirms
 * or overturns an ambiguous header ("Tiến độ thực hiện" holding years is a deadline; "Tình hình thực
 * hiện" holding free text loses the status to a "Trạng thái" holding status words) and maps a column
 * whose header has no words we know (an empty header over the numbering). The mapping is chosen
 * jointly: each field at most one column, each column one field, the best total.
 */
import type { Field } from '../report/schema';
import { CANONICAL_FIELDS } from '../report/schema';
import { assignColumns } from './assignColumns';
import { COLUMN_ALIASES } from './columnAliases';
import type { ColumnEvidence, ContentKind } from './columnEvidence';
import { headerKey } from './headerKey';

export type { MappingReason } from '../report/schema';
import type { MappingReason } from '../report/schema';

export interface ColumnMap {
  /** field → 0-based column index */
  fields: Partial<Record<Field, number>>;
  /** field → header text as written */
  headers: Partial<Record<Field, string>>;
  /** field → how sure the mapping is, 0..1 */
  confidence: Partial<Record<Field, number>>;
  /** field → the evidence the mapping rests on */
  reasons: Partial<Record<Field, MappingReason[]>>;
}

/** The kind of cell that confirms each field; fields without one are mapped on their header alone. */
export const FIELD_CONTENT: Partial<Record<Field, ContentKind>> = {
  no: 'stt',
  task: 'prose',
  deadline: 'deadline',
  lead: 'body',
  coordinating: 'body',
  leader: 'person',
  status: 'status',
  completedOn: 'date',
};
/** Fields a column may take on its content alone, when its header cell is empty. */
const CONTENT_ONLY: ReadonlySet<Field> = new Set(['no', 'task', 'deadline', 'lead', 'leader', 'status']);
/** A date column named for another date (of the instruction, of issue, of signing) is never the deadline. */
const OTHER_DATE_RE =
  /\bngay (chi dao|giao|ban hanh|ky|van ban|nhan|bao cao|cap nhat|tao|gui|den|di)\b|\b(date of issue|issued|signed|created|received)\b/;
/** Below this a column takes no field. */
export const MIN_SCORE = 0.5;
/** Below this a mapping is shown to the user to confirm. */
export const CONFIRM_BELOW = 0.7;
/** Does the user need to confirm this mapping: a weak one, or one no header word supports? */
export function needsConfirmation(confidence: number | undefined, reasons: MappingReason[] = []): boolean {
  if (reasons.some((r) => r.kind === 'user')) return false;
  if (confidence !== undefined && confidence < CONFIRM_BELOW) return true;
  return reasons.length > 0 && !reasons.some((r) => r.kind === 'header');
}
/** A lead or deadline mapped at least this surely makes a table one that assigns work. */
const SURE = 0.6;
/** Fewer non-empty cells than this do not move a header's score (content alone needs two). */
const MIN_SAMPLE = 3;

export function scoreHeader(text: string): Partial<Record<Field, number>> {
  return headerMatches(text).scores;
}

function headerMatches(text: string): {
  scores: Partial<Record<Field, number>>;
  words: Partial<Record<Field, string>>;
} {
  const key = headerKey(text);
  const scores: Partial<Record<Field, number>> = {};
  const words: Partial<Record<Field, string>> = {};
  if (!key) return { scores, words };
  for (const field of CANONICAL_FIELDS) {
    let best = 0;
    for (const alias of COLUMN_ALIASES[field]) {
      if (alias.weight <= best) continue;
      const m = alias.re.exec(key);
      if (m) {
        best = alias.weight;
        words[field] = m[0].trim() || key;
      }
    }
    if (best > 0) scores[field] = best;
  }
  return { scores, words };
}

interface Scored {
  score: number;
  reasons: MappingReason[];
}

/** The score of `field` for one column, from its header's words and its cells. */
export function scoreField(
  field: Field,
  header: { score: number; words?: string; text: string; contentMay: boolean },
  evidence: ColumnEvidence | undefined,
): Scored {
  const reasons: MappingReason[] = [];
  const h = header.score;
  if (h > 0) reasons.push({ kind: 'header', words: header.words ?? '', weight: h });
  if ((field === 'deadline' || field === 'completedOn') && OTHER_DATE_RE.test(headerKey(header.text))) {
    return { score: 0, reasons: [] };
  }
  const content = FIELD_CONTENT[field];
  // A field with no kind of its own ("Kết quả", "Ghi chú") loses a column whose cells are status words.
  if (!content && h > 0 && evidence && evidence.sampled >= MIN_SAMPLE && heldKind(evidence) === 'status') {
    return { score: h - 0.4, reasons };
  }
  if (!content || !evidence || evidence.sampled === 0) return { score: h, reasons };
  if (h > 0 && evidence.sampled < MIN_SAMPLE) return { score: h, reasons };
  const share = evidence.shares[content];
  if (h > 0) {
    // Content moves a header's score up to +0.42 (every cell fits) or down 0.18 (few do); a column
    // whose cells are mostly of another kind ("Lãnh đạo chủ trì" holding people, "Thời gian" holding
    // clock times) loses 0.3 more, so its header alone no longer carries it.
    if (share > 0) reasons.push({ kind: 'content', content, share: round(share) });
    const contradicted = share < 0.1 && evidence.sampled >= 5 && heldKind(evidence) !== null ? 0.3 : 0;
    return { score: h + 0.6 * (share - 0.3) - contradicted, reasons };
  }
  // Content alone maps only a column whose header cell is empty (the numbering's, most often), or one
  // with no words we know in a table found by its body.
  if (!header.contentMay || !CONTENT_ONLY.has(field) || share < 0.6 || evidence.sampled < 2)
    return { score: 0, reasons: [] };
  return { score: 0.9 * share - 0.1, reasons: [{ kind: 'content', content, share: round(share) }] };
}

/** The kind most of a column's cells are (at least half), prose and citations aside; null when none is. */
export function heldKind(evidence: ColumnEvidence): ContentKind | null {
  let best: ContentKind | null = null;
  let bestShare = 0.5;
  for (const [kind, share] of Object.entries(evidence.shares) as [ContentKind, number][]) {
    if (kind === 'prose' || kind === 'citation') continue;
    if (share >= bestShare) {
      best = kind;
      bestShare = share;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Map header cells (one per column, "" when empty) to fields; `evidence(col)` measures a column's cells. */
/**
 * `unknownHeaders`: "content": a header cell with no words we know may be mapped on its content (a
 * table found by its body, whose header is in words no list has); "empty": only an empty one may.
 */
export function mapColumns(
  headerTexts: string[],
  evidence?: (col: number) => ColumnEvidence,
  unknownHeaders: 'empty' | 'content' = 'empty',
): ColumnMap {
  const headers = headerTexts.map(headerMatches);
  const ev = headerTexts.map((_, col) => evidence?.(col));
  const scored: Scored[][] = CANONICAL_FIELDS.map((field) =>
    headerTexts.map((text, col) => {
      const hm = headers[col]!;
      const contentMay = text === '' || (unknownHeaders === 'content' && Object.keys(hm.scores).length === 0);
      return scoreField(field, { score: hm.scores[field] ?? 0, words: hm.words[field], text, contentMay }, ev[col]);
    }),
  );
  // A column with no cells at all under it can only be mapped by its header (a fresh tracking column).
  const matrix = scored.map((row) => row.map((s) => s.score));
  const choice = assignColumns(matrix, MIN_SCORE);
  const map: ColumnMap = { fields: {}, headers: {}, confidence: {}, reasons: {} };
  CANONICAL_FIELDS.forEach((field, i) => {
    const col = choice[i];
    if (col === null || col === undefined) return;
    const s = scored[i]![col]!;
    map.fields[field] = col;
    map.headers[field] = headerTexts[col]!;
    map.confidence[field] = Math.max(0, Math.min(1, round(s.score)));
    map.reasons[field] = s.reasons;
  });
  return map;
}

/** Does this mapping describe an appendix task table (as opposed to a budget or contact list)? */
export function isTaskTableMap(map: ColumnMap): boolean {
  const f = map.fields;
  if (f.task === undefined) return false;
  // A table assigns work: a lead or a deadline column, mapped with some confidence.
  const sure = (field: 'lead' | 'deadline') => f[field] !== undefined && (map.confidence[field] ?? 0) >= SURE;
  if (!sure('lead') && !sure('deadline')) return false;
  const n = Object.keys(f).length;
  return n >= 3;
}
