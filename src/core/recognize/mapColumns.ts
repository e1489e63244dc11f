/**
 * Map header cells to canonical fields. Each header is scored against every field's aliases; where
 * a header is ambiguous ("Tiến độ" is a deadline in one office and a status in another, "Kết quả thực
 * hiện" an output or a progress report) the column's content breaks the tie. Each column takes at
 * most one field and each field one column, best score first.
 */
import type { Field } from '../report/schema';
import { CANONICAL_FIELDS } from '../report/schema';
import { COLUMN_ALIASES } from './columnAliases';
import { headerKey } from './headerKey';

export interface ColumnMap {
  /** field → 0-based column index */
  fields: Partial<Record<Field, number>>;
  /** field → header text as written */
  headers: Partial<Record<Field, string>>;
  /** field → how sure the mapping is, 0..1 */
  confidence: Partial<Record<Field, number>>;
}

/** Per-column content profile used to settle ambiguous headers: share of values of each shape. */
export interface ColumnProfile {
  deadlineLike: number;
  statusLike: number;
  longText: number;
}

export function scoreHeader(text: string): Partial<Record<Field, number>> {
  const key = headerKey(text);
  const scores: Partial<Record<Field, number>> = {};
  if (!key) return scores;
  for (const field of CANONICAL_FIELDS) {
    let best = 0;
    for (const alias of COLUMN_ALIASES[field]) if (alias.weight > best && alias.re.test(key)) best = alias.weight;
    if (best > 0) scores[field] = best;
  }
  return scores;
}

const AMBIGUOUS_BOOST: Partial<Record<Field, keyof ColumnProfile>> = {
  deadline: 'deadlineLike',
  status: 'statusLike',
  output: 'longText',
};

export function mapColumns(headerTexts: string[], profile?: (col: number) => ColumnProfile): ColumnMap {
  const candidates: { col: number; field: Field; score: number }[] = [];
  headerTexts.forEach((text, col) => {
    const scores = scoreHeader(text);
    const fields = Object.keys(scores) as Field[];
    const ambiguous = fields.length > 1;
    let prof: ColumnProfile | undefined;
    for (const field of fields) {
      let score = scores[field]!;
      const dim = AMBIGUOUS_BOOST[field];
      if (ambiguous && dim && profile) {
        prof ??= profile(col);
        score += 0.4 * prof[dim];
      }
      candidates.push({ col, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const map: ColumnMap = { fields: {}, headers: {}, confidence: {} };
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (c.score < 0.5 || usedCols.has(c.col) || map.fields[c.field] !== undefined) continue;
    map.fields[c.field] = c.col;
    map.headers[c.field] = headerTexts[c.col]!;
    map.confidence[c.field] = Math.min(1, Math.round(c.score * 100) / 100);
    usedCols.add(c.col);
  }
  return map;
}

/** Does this mapping describe an appendix task table (as opposed to a budget or contact list)? */
export function isTaskTableMap(map: ColumnMap): boolean {
  const f = map.fields;
  if (f.task === undefined) return false;
  if (f.lead === undefined && f.deadline === undefined) return false;
  const n = Object.keys(f).length;
  return n >= 3;
}
