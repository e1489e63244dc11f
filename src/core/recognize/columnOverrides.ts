/**
 * A person's correction of a column mapping: "in the table whose header is on row 5 of sheet X, the
 * lead agency is column F" (or "this table has no leader column"). Applied after recognition, before
 * tasks are read, so every later step sees the corrected mapping.
 */
import { z } from 'zod';
import { columnIndex } from '../a1';
import { fieldSchema, type Field } from '../report/schema';
import type { ColumnMap } from './mapColumns';

export const columnOverrideSchema = z.object({
  sheet: z.string(),
  /** 1-based sheet row of the table's (first) header row. */
  headerRow: z.number().int().positive(),
  field: fieldSchema,
  /** Column letters, or null for "this table has no such column". */
  column: z
    .string()
    .regex(/^[A-Z]{1,3}$/)
    .nullable(),
});
export type ColumnOverride = z.infer<typeof columnOverrideSchema>;

/** The mapping with the overrides for this table applied; a column given to a field leaves any other field. */
export function applyColumnOverrides(map: ColumnMap, headerTexts: string[], overrides: ColumnOverride[]): ColumnMap {
  if (overrides.length === 0) return map;
  const next: ColumnMap = {
    fields: { ...map.fields },
    headers: { ...map.headers },
    confidence: { ...map.confidence },
    reasons: { ...map.reasons },
  };
  for (const o of overrides) {
    const field: Field = o.field;
    delete next.fields[field];
    delete next.headers[field];
    delete next.confidence[field];
    delete next.reasons[field];
    if (o.column === null) continue;
    const col = columnIndex(o.column);
    for (const [other, c] of Object.entries(next.fields) as [Field, number][]) {
      if (c === col) {
        delete next.fields[other];
        delete next.headers[other];
        delete next.confidence[other];
        delete next.reasons[other];
      }
    }
    next.fields[field] = col;
    next.headers[field] = headerTexts[col] ?? '';
    next.confidence[field] = 1;
    next.reasons[field] = [{ kind: 'user' }];
  }
  return next;
}
