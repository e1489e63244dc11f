/** Keys of the groups that collect tasks with no lead agency / no leader. */
export const UNASSIGNED_KEY = '(chua giao)';
export const NO_LEADER_KEY = '(chua xac dinh)';
export const CLOSING_KEYS: ReadonlySet<string> = new Set([UNASSIGNED_KEY, NO_LEADER_KEY]);
