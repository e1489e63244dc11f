/**
 * A person's corrections of tables as the task pane keeps them in a workbook: each anchored on a
 * workbook-scoped Name holding the table's range (Excel moves a Name with inserted rows and columns),
 * with the action, the header row and the column corrections as offsets inside that range. Resolved
 * against the Names' current addresses they become the engine's tableOverrides and columnOverrides.
 */
import { z } from 'zod';
import { columnIndex, columnLetter, parseRangeAddress, rangeAddress, type CellBox } from '../a1';
import { fieldSchema, type Field } from '../report/schema';
import type { ColumnOverride } from '../recognize/columnOverrides';
import type { TableOverride } from '../recognize/tableOverrides';

/** Prefix of the Names the add-in owns ("AppendixTracker_T1"): never a cell address, never a person's name. */
export const CORRECTION_NAME_PREFIX = 'AppendixTracker_T';

export const tableCorrectionSchema = z.object({
  /** The workbook Name holding the table's range; absent for a correction read from an older version. */
  name: z
    .string()
    .regex(/^AppendixTracker_T\d+$/)
    .optional(),
  /** Where the range was when last saved: used when there is no Name, and to tell the person what was lost. */
  sheet: z.string(),
  range: z.string().refine((r) => parseRangeAddress(r) !== null, { message: 'not an A1 range' }),
  /** "table": a person's table; "ignore": not an appendix; "found": column corrections of a table the engine found. */
  action: z.enum(['table', 'ignore', 'found']),
  /** Rows below the range's top row of the header row; null: no header row; absent: the engine proposes. */
  headerOffset: z.number().int().nonnegative().nullable().optional(),
  /** Columns as offsets from the range's left column; null: the table has no such column. */
  columns: z.array(z.object({ field: fieldSchema, offset: z.number().int().nonnegative().nullable() })).default([]),
});
export type TableCorrection = z.infer<typeof tableCorrectionSchema>;

/** Where a Name points now: null when it is gone or its range was deleted (#REF!). */
export type NameTarget = { sheet: string; address: string } | null;

export interface ResolvedCorrections {
  tableOverrides: TableOverride[];
  columnOverrides: ColumnOverride[];
  /** Corrections whose range no longer exists: dropped, and the person is told. */
  lost: TableCorrection[];
  /** Each kept correction with the sheet and box it covers now. */
  placed: { correction: TableCorrection; sheet: string; box: CellBox }[];
}

/** "Sheet 1!$A$5:$H$80", "'Sheet 1'!A5:H80" → sheet and box; null for #REF! or anything else. */
export function parseNameReference(ref: string): { sheet: string; box: CellBox } | null {
  const text = ref.trim().replace(/^=/, '');
  if (text.includes('#REF!')) return null;
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const box = parseRangeAddress(text.slice(bang + 1));
  return box ? { sheet, box } : null;
}

/** What a Name should refer to: "='Sheet 1'!$A$5:$H$80". */
export function nameReference(sheet: string, address: string): string {
  const box = parseRangeAddress(address)!;
  const abs = `$${columnLetter(box.left)}$${box.top + 1}:$${columnLetter(box.right)}$${box.bottom + 1}`;
  return `='${sheet.replace(/'/g, "''")}'!${abs}`;
}

function boxRange(b: CellBox): string {
  return rangeAddress(b.top, b.left, b.bottom, b.right);
}

/** The 1-based sheet row column corrections of this correction are keyed by (its header row, or its top row). */
function headerRowOf(c: TableCorrection, box: CellBox): number | null {
  if (c.headerOffset === undefined) return c.action === 'table' ? null : box.top + 1;
  return box.top + 1 + (c.headerOffset ?? 0);
}

/** Stored corrections + the Names' current targets → the engine's overrides, and what was lost. */
export function resolveCorrections(
  corrections: TableCorrection[],
  targets: Record<string, NameTarget>,
): ResolvedCorrections {
  const out: ResolvedCorrections = { tableOverrides: [], columnOverrides: [], lost: [], placed: [] };
  for (const c of corrections) {
    let where: { sheet: string; box: CellBox } | null;
    if (c.name) {
      const t = targets[c.name];
      const box = t ? parseRangeAddress(t.address) : null;
      where = t && box ? { sheet: t.sheet, box } : null;
    } else where = { sheet: c.sheet, box: parseRangeAddress(c.range)! };
    if (!where) {
      out.lost.push(c);
      continue;
    }
    const { sheet, box } = where;
    out.placed.push({ correction: c, sheet, box });
    const range = boxRange(box);
    if (c.action !== 'found') {
      const headerRow =
        c.action === 'ignore' || c.headerOffset === undefined
          ? undefined
          : c.headerOffset === null
            ? 0
            : box.top + 1 + c.headerOffset;
      out.tableOverrides.push({ sheet, range, action: c.action, ...(headerRow !== undefined ? { headerRow } : {}) });
    }
    const headerRow = headerRowOf(c, box);
    if (c.action === 'ignore' || headerRow === null) continue;
    for (const col of c.columns)
      out.columnOverrides.push({
        sheet,
        headerRow,
        field: col.field,
        column: col.offset === null ? null : columnLetter(box.left + col.offset),
      });
  }
  return out;
}

/** Column corrections in the old stored shape (sheet, header row, field, column letters), one correction per table. */
export function migrateColumnOverrides(old: ColumnOverride[]): TableCorrection[] {
  const byTable = new Map<string, ColumnOverride[]>();
  for (const o of old) {
    const k = `${o.sheet}\u0000${o.headerRow}`;
    byTable.set(k, [...(byTable.get(k) ?? []), o]);
  }
  return [...byTable.values()].map((list) => {
    const { sheet, headerRow } = list[0]!;
    const right = Math.max(0, ...list.map((o) => (o.column ? columnIndex(o.column) : 0)));
    return {
      sheet,
      range: rangeAddress(headerRow - 1, 0, headerRow - 1, right),
      action: 'found' as const,
      headerOffset: 0,
      columns: list.map((o) => ({ field: o.field, offset: o.column ? columnIndex(o.column) : null })),
    };
  });
}

/** A fresh Name for a new correction. */
export function nextCorrectionName(corrections: TableCorrection[]): string {
  let n = 0;
  for (const c of corrections) {
    const m = c.name ? /(\d+)$/.exec(c.name) : null;
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `${CORRECTION_NAME_PREFIX}${n + 1}`;
}

/** The part of a scanned table a correction is matched to. */
export interface TableRef {
  sheet: string;
  range: string;
  headerRow: number;
  headerHeight?: number;
}

/** The correction (and where it is now) that belongs to a scanned table, if any. */
export function correctionOf(
  table: TableRef,
  placed: ResolvedCorrections['placed'],
): ResolvedCorrections['placed'][number] | undefined {
  const box = parseRangeAddress(table.range);
  return placed.find((p) => {
    if (p.sheet !== table.sheet || p.correction.action === 'ignore') return false;
    if (p.correction.action === 'table') return box !== null && boxRange(p.box) === boxRange(box);
    return headerRowOf(p.correction, p.box) === table.headerRow;
  });
}

/** The fields a person set on this table. */
export function userFieldsOf(table: TableRef, placed: ResolvedCorrections['placed']): Set<Field> {
  return new Set((correctionOf(table, placed)?.correction.columns ?? []).map((c) => c.field));
}

type Placed = ResolvedCorrections['placed'];

function replace(corrections: TableCorrection[], old: TableCorrection | undefined, next: TableCorrection) {
  return old ? corrections.map((c) => (c === old ? next : c)) : [...corrections, next];
}

/** The corrections with the range given to a correction rewritten to where its Name points now. */
function current(p: Placed[number]): TableCorrection {
  return { ...p.correction, sheet: p.sheet, range: boxRange(p.box) };
}

/** Take a range as a person's table, the header row proposed by the engine. */
export function addTable(corrections: TableCorrection[], sheet: string, range: string): TableCorrection[] {
  return [...corrections, { name: nextCorrectionName(corrections), sheet, range, action: 'table', columns: [] }];
}

/** The correction a table already has (where it is now), or a new one on a new Name over its range. */
function correctionFor(
  corrections: TableCorrection[],
  placed: Placed,
  table: TableRef,
  action: 'found' | 'table',
): { p: ReturnType<typeof correctionOf>; base: TableCorrection } {
  const p = correctionOf(table, placed);
  const base: TableCorrection = p
    ? current(p)
    : { name: nextCorrectionName(corrections), sheet: table.sheet, range: table.range, action, columns: [] };
  return { p, base };
}

/** Re-point a field of a table (column letters, or null for none). */
export function setColumn(
  corrections: TableCorrection[],
  placed: Placed,
  table: TableRef,
  field: Field,
  column: string | null,
): TableCorrection[] {
  const { p, base } = correctionFor(corrections, placed, table, 'found');
  const box = parseRangeAddress(base.range)!;
  // Column corrections are keyed by the header row: a proposed one is pinned where it is now.
  if (base.headerOffset === undefined)
    base.headerOffset = table.headerHeight === 0 ? null : table.headerRow - 1 - box.top;
  const offset = column === null ? null : columnIndex(column) - box.left;
  if (offset !== null && offset < 0) return corrections;
  const columns = [...base.columns.filter((c) => c.field !== field), { field, offset }];
  return replace(corrections, p?.correction, { ...base, columns });
}

/** Move a table's header row (1-based sheet row), or say it has none (null). Its column corrections are kept. */
export function setHeaderRow(
  corrections: TableCorrection[],
  placed: Placed,
  table: TableRef,
  headerRow: number | null,
): TableCorrection[] {
  const { p, base } = correctionFor(corrections, placed, table, 'table');
  const box = parseRangeAddress(base.range)!;
  if (headerRow !== null && (headerRow - 1 < box.top || headerRow - 1 > box.bottom)) return corrections;
  return replace(corrections, p?.correction, {
    ...base,
    action: 'table',
    headerOffset: headerRow === null ? null : headerRow - 1 - box.top,
  });
}

/** "Not an appendix": the table's range is dismissed (and any other correction of it replaced). */
export function dismissTable(corrections: TableCorrection[], placed: Placed, table: TableRef): TableCorrection[] {
  const p = correctionOf(table, placed);
  const next: TableCorrection = {
    name: p?.correction.name ?? nextCorrectionName(corrections),
    sheet: table.sheet,
    range: table.range,
    action: 'ignore',
    columns: [],
  };
  return replace(corrections, p?.correction, next);
}
