import { noLeaderLabel, unassignedLabel } from '../i18n/labels';
import type { Lang } from '../i18n/lang';

/** Keys of the groups that collect tasks with no lead agency / no leader. */
export const UNASSIGNED_KEY = '(chua giao)';
export const NO_LEADER_KEY = '(chua xac dinh)';
export const CLOSING_KEYS: ReadonlySet<string> = new Set([UNASSIGNED_KEY, NO_LEADER_KEY]);

/**
 * A summary row's label in `lang`: the two closing groups are named in the reader's language (the
 * scan may have been in another), every other group keeps its most used spelling.
 */
export function groupLabel(row: { key: string; label: string }, lang: Lang): string {
  if (row.key === UNASSIGNED_KEY) return unassignedLabel(lang);
  if (row.key === NO_LEADER_KEY) return noLeaderLabel(lang);
  return row.label;
}
