/** Names for the sheets the add-in writes: valid for Excel, and never one a person already uses. */

const MAX_SHEET_NAME = 31;

export function validSheetName(name: string): string {
  const clean = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (clean || 'Sheet').slice(0, MAX_SHEET_NAME);
}

/**
 * `desired`, or "desired (2)", "desired (3)" … : the first name no other sheet has. Excel compares
 * sheet names without regard to case.
 */
export function freeSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase()));
  const base = validSheetName(desired);
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

/** Table and PivotTable names: letters, digits and underscores, unique in the workbook. */
export function freeObjectName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(desired.toLowerCase())) return desired;
  for (let i = 2; ; i++) if (!used.has(`${desired}_${i}`.toLowerCase())) return `${desired}_${i}`;
}

export const OWNED_SHEET_NAMES = {
  vi: { tasks: 'Nhiệm vụ (tổng hợp)', summary: 'Tổng hợp Phụ lục' },
  en: { tasks: 'Tasks (normalised)', summary: 'Appendix summary' },
} as const;
