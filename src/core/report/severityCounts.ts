/** Findings counted by severity: errors and warnings are the problems, information items are counted apart. */
import type { Severity } from './schema';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityCounts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
