import type { SummaryRow } from '../report/schema';
import { CLOSING_KEYS } from './groupKeys';
import { COUNT_COLUMNS, emptySummaryRow } from './summaryRow';
import { sortSummaryRows } from './sortSummaryRows';

/**
 * Summary rows of several tables merged into one list: rows with the same key are added up, and
 * the merged row takes the label of the row that counted most tasks (the most used spelling).
 */
export function mergeSummaryRows(groups: SummaryRow[][]): SummaryRow[] {
  const merged = new Map<string, SummaryRow>();
  const labelWeight = new Map<string, Map<string, number>>();
  for (const rows of groups) {
    for (const row of rows) {
      let acc = merged.get(row.key);
      if (!acc) {
        acc = emptySummaryRow(row.key, row.label);
        merged.set(row.key, acc);
        labelWeight.set(row.key, new Map());
      }
      acc.total += row.total;
      for (const c of COUNT_COLUMNS) acc[c] += row[c];
      const weights = labelWeight.get(row.key)!;
      weights.set(row.label, (weights.get(row.label) ?? 0) + row.total);
    }
  }
  for (const [key, acc] of merged) {
    let best = acc.label;
    let bestWeight = -1;
    for (const [label, w] of labelWeight.get(key)!) {
      if (w > bestWeight) {
        best = label;
        bestWeight = w;
      }
    }
    acc.label = best;
  }
  return sortSummaryRows([...merged.values()], CLOSING_KEYS);
}
