/**
 * Names for the sheets the add-in writes: legal for Excel, and never one a person already uses.
 * Excel's rules: 1 to 31 characters, none of \ / ? * [ ] :, no apostrophe first or last, "History"
 * reserved, and unique without regard to case.
 */

export const MAX_SHEET_NAME = 31;
/** Excel keeps this name for its change history: no sheet may take it, in any case. */
export const RESERVED_SHEET_NAMES = ['history'] as const;

/** Sheet names as Excel compares them: without regard to case (Vietnamese letters included). */
export const sheetNameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi');

/** At most `max` UTF-16 units (Excel's count), never cutting a character in two, with no apostrophe or space at either end. */
function fit(name: string, max: number): string {
  let out = name.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/^[\s']+|[\s']+$/g, '');
}

/** `name` made legal for Excel, except for uniqueness and the reserved name (freeSheetName sees to those). */
export function validSheetName(name: string): string {
  const clean = fit(
    name
      .normalize('NFC')
      .replace(/[\\/?*[\]:\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' '),
    MAX_SHEET_NAME,
  );
  return clean || 'Sheet';
}

/**
 * `desired`, or "desired (2)", "desired (3)" … : the first legal name no other sheet has (nor the
 * reserved "History"). Excel compares sheet names without regard to case.
 */
export function freeSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  for (const r of RESERVED_SHEET_NAMES) used.add(r);
  const base = validSheetName(desired);
  if (!used.has(sheetNameKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = fit(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(sheetNameKey(name))) return name;
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
