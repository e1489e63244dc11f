import type { SummaryRow } from '../report/schema';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Largest total first, then Vietnamese collation of the label. Rows whose key is in `last`
 * (the "(chưa giao)" / "(chưa xác định)" groups) always close the list.
 */
export function sortSummaryRows(rows: SummaryRow[], last: ReadonlySet<string> = new Set()): SummaryRow[] {
  return [...rows].sort((a, b) => {
    const la = last.has(a.key) ? 1 : 0;
    const lb = last.has(b.key) ? 1 : 0;
    if (la !== lb) return la - lb;
    if (a.total !== b.total) return b.total - a.total;
    return collator.compare(a.label, b.label);
  });
}
