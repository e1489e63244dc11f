/**
 * A person's corrections as the command line takes them (flags, a config file, a workbook's stored
 * settings): tables given by range, tables dismissed, columns re-pointed. Parsed here into plain
 * values; `resolveCorrections.ts` turns them into the engine's table and column overrides.
 */
import { parseRangeAddress, rangeAddress, type CellBox } from '../core/a1';
import { fieldLabel } from '../core/i18n/labels';
import { LANGS } from '../core/i18n/lang';
import { CANONICAL_FIELDS, type Field } from '../core/report/schema';
import { comparisonKey } from '../core/text/comparisonKey';
import type { CorrectionProblem } from './cliText';

/** Field → column letters, or null for "this table has no such column". */
export type FieldMap = Partial<Record<Field, string | null>>;

export interface SheetRange {
  sheet: string;
  /** Normalised A1 range, "A5:H80". */
  range: string;
  box: CellBox;
}

export interface TableSpec extends SheetRange {
  /** 1-based sheet row of the header row, 0 for none, undefined for "let the engine propose". */
  headerRow?: number;
  map: FieldMap;
}

/** One source's corrections (flags, config, or the workbook's store) for one file. */
export interface Corrections {
  tables: TableSpec[];
  ignore: SheetRange[];
  /** Applied to every table of the file that has no mapping of its own for that field. */
  map: FieldMap;
}

export const NO_CORRECTIONS: Corrections = { tables: [], ignore: [], map: {} };

/** A correction that cannot be applied: a problem code and its details, rendered by cliText in the user's language. */
export class CorrectionError extends Error {
  constructor(readonly problem: CorrectionProblem) {
    super(problem.kind);
    this.name = 'CorrectionError';
  }
}

const fail = (problem: CorrectionProblem): never => {
  throw new CorrectionError(problem);
};

/** "PL!A5:H80", "'My sheet'!A1:B2" (a quote inside doubled, as Excel writes it) → sheet and range. */
export function parseSheetRange(text: string, minSize = 1): SheetRange {
  const raw = text.trim();
  let sheet: string;
  let address: string;
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(raw);
    if (!m) return fail({ kind: 'bad-range', text });
    sheet = m[1]!.replace(/''/g, "'");
    address = m[2]!;
  } else {
    const bang = raw.lastIndexOf('!');
    if (bang <= 0) return fail({ kind: 'bad-range', text });
    sheet = raw.slice(0, bang);
    address = raw.slice(bang + 1);
  }
  const box = parseRangeAddress(address.toUpperCase());
  if (!box || box.top < 0 || box.bottom < 0 || box.left < 0 || box.right < 0) return fail({ kind: 'bad-range', text });
  const norm: CellBox = {
    top: Math.min(box.top, box.bottom),
    bottom: Math.max(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    right: Math.max(box.left, box.right),
  };
  if (norm.bottom - norm.top + 1 < minSize || norm.right - norm.left + 1 < minSize)
    return fail({ kind: 'small-range', text });
  return { sheet, range: rangeAddress(norm.top, norm.left, norm.bottom, norm.right), box: norm };
}

let fieldKeys: Map<string, Field> | null = null;

/** A field by its contract name ("lead", "completedOn") or its label in any language ("Cơ quan chủ trì", "lead agency"). */
export function parseField(name: string): Field {
  if ((CANONICAL_FIELDS as readonly string[]).includes(name)) return name as Field;
  if (!fieldKeys) {
    fieldKeys = new Map();
    for (const f of CANONICAL_FIELDS) {
      fieldKeys.set(comparisonKey(f), f);
      for (const lang of LANGS) fieldKeys.set(comparisonKey(fieldLabel(lang, f)), f);
    }
  }
  return fieldKeys.get(comparisonKey(name)) ?? fail({ kind: 'unknown-field', text: name });
}

/** Column letters ("d" → "D"), or null for "none" ("", "-", "none"). */
export function parseColumn(text: string, field: string): string | null {
  const t = text.trim();
  if (t === '' || t === '-' || /^none$/i.test(t)) return null;
  if (!/^[A-Za-z]{1,3}$/.test(t)) return fail({ kind: 'bad-column', text: `${field}=${text}` });
  return t.toUpperCase();
}

/** "lead=D,deadline=F,leader=-" → a field map. */
export function parseMapText(text: string): FieldMap {
  const map: FieldMap = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) return fail({ kind: 'bad-map', text: part.trim() });
    const field = parseField(part.slice(0, eq).trim());
    map[field] = parseColumn(part.slice(eq + 1), part.slice(0, eq).trim());
  }
  return map;
}

/** A field map from an object ({"lead": "D", "Thời hạn": "F", "leader": null}). */
export function parseMapObject(obj: Record<string, string | null>): FieldMap {
  const map: FieldMap = {};
  for (const [name, col] of Object.entries(obj)) map[parseField(name)] = col === null ? null : parseColumn(col, name);
  return map;
}
