/**
 * One file's corrections from every source, checked against the workbook and turned into the
 * engine's overrides. Precedence: flags > config > the workbook's stored corrections. A given table
 * or a dismissal replaces any lower source's table or dismissal it overlaps on the same sheet; a
 * column mapping replaces a lower source's mapping of the same field in the same table; within a
 * source a table's own mapping wins over the mapping for every table.
 */
import { resolveCorrections as resolveStoredCorrections, type NameTarget } from '../core/scan/corrections';
import { columnIndex, rangeAddress, type CellBox } from '../core/a1';
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import type { ColumnOverride } from '../core/recognize/columnOverrides';
import { recognizeTables, type RecognizedTable } from '../core/recognize/recognizeTables';
import { boxesIntersect, overrideBox, type TableOverride } from '../core/recognize/tableOverrides';
import type { Field } from '../core/report/schema';
import type { StoredSettings } from '../workbookPort/storedSettings';
import { CorrectionError, type Corrections, type FieldMap, type TableSpec } from './corrections';

export interface ResolvedCorrections {
  tableOverrides: TableOverride[];
  columnOverrides: ColumnOverride[];
}

function checkSheet(grid: WorkbookGrid, sheet: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === sheet);
  if (!found) throw new CorrectionError({ kind: 'unknown-sheet', sheet, sheets: grid.sheets.map((s) => s.name) });
  return found;
}

function checkSpec(grid: WorkbookGrid, spec: TableSpec): void {
  checkSheet(grid, spec.sheet);
  const { box } = spec;
  if (
    spec.headerRow !== undefined &&
    spec.headerRow > 0 &&
    (spec.headerRow < box.top + 1 || spec.headerRow > box.bottom + 1)
  )
    throw new CorrectionError({ kind: 'header-outside', sheet: spec.sheet, row: spec.headerRow, range: spec.range });
  for (const [field, col] of Object.entries(spec.map)) {
    if (col === null || col === undefined) continue;
    const c = columnIndex(col);
    if (c < box.left || c > box.right)
      throw new CorrectionError({ kind: 'column-outside', sheet: spec.sheet, field, column: col, range: spec.range });
  }
}

function toTableOverrides(c: Corrections): TableOverride[] {
  return [
    ...c.tables.map((t): TableOverride => ({
      sheet: t.sheet,
      range: t.range,
      action: 'table',
      ...(t.headerRow === undefined ? {} : { headerRow: t.headerRow }),
    })),
    ...c.ignore.map((r): TableOverride => ({ sheet: r.sheet, range: r.range, action: 'ignore' })),
  ];
}

/** Higher layers first: a lower layer's override is dropped where a higher one overlaps it. */
function mergeTableOverrides(layers: TableOverride[][]): TableOverride[] {
  const kept: TableOverride[] = [];
  for (const layer of layers) {
    const higher = [...kept];
    for (const o of layer)
      if (!higher.some((h) => h.sheet === o.sheet && boxesIntersect(overrideBox(h), overrideBox(o)))) kept.push(o);
  }
  return kept;
}

/** Every table of the workbook as the engine reads it with these overrides (the scan's first pass). */
function recognizeAll(grid: WorkbookGrid, columns: ColumnOverride[], tables: TableOverride[]): RecognizedTable[] {
  const all: RecognizedTable[] = [];
  let previous: RecognizedTable | undefined;
  for (const sheet of grid.sheets) {
    const found = recognizeTables(sheet, columns, previous, tables);
    if (found.length) previous = found[found.length - 1];
    all.push(...found);
  }
  return all;
}

const boxOf = (t: RecognizedTable): CellBox => ({ top: t.top, left: t.left, bottom: t.bottom, right: t.right });

/** Does this column hold anything in the table's rows (a found table's range is the engine's guess)? */
function columnUsed(sheet: SheetGrid, t: RecognizedTable, col: number): boolean {
  if (col >= t.left && col <= t.right) return true;
  for (let r = t.top; r <= t.bottom; r++) if (sheet.rows[r]?.[col]?.text) return true;
  return false;
}

export function resolveCorrections(
  grid: WorkbookGrid,
  stored: StoredSettings | null,
  config: Corrections,
  flags: Corrections,
  names: Record<string, NameTarget> = {},
): ResolvedCorrections {
  for (const source of [config, flags]) {
    source.tables.forEach((t) => checkSpec(grid, t));
    source.ignore.forEach((r) => checkSheet(grid, r.sheet));
  }
  // What the add-in stored (read through its schema, src/workbookPort/storedSettings.ts).
  // The add-in keeps its corrections on workbook Names, which Excel moves with the table.
  const fromStore = stored ? resolveStoredCorrections(stored.tableCorrections, names) : null;
  const storedColumns = fromStore?.columnOverrides ?? [];
  const storedTables: TableOverride[] = fromStore?.tableOverrides ?? [];
  const tableOverrides = mergeTableOverrides([toTableOverrides(flags), toTableOverrides(config), storedTables]);
  const hasMaps = [config, flags].some(
    (s) => Object.keys(s.map).length > 0 || s.tables.some((t) => Object.keys(t.map).length > 0),
  );
  if (!hasMaps) return { tableOverrides, columnOverrides: storedColumns };

  // First pass: the tables (found and given) with their header rows, which key column corrections.
  const tables = recognizeAll(grid, storedColumns, tableOverrides);
  const byKey = new Map<string, ColumnOverride>();
  const put = (sheet: string, headerRow: number, map: FieldMap) => {
    for (const [field, column] of Object.entries(map) as [Field, string | null][])
      byKey.set(`${sheet}\u0000${headerRow}\u0000${field}`, { sheet, headerRow, field, column });
  };
  for (const o of storedColumns) byKey.set(`${o.sheet}\u0000${o.headerRow}\u0000${o.field}`, o);
  for (const source of [config, flags]) {
    for (const t of tables) {
      if (Object.keys(source.map).length === 0) break;
      const sheet = grid.sheets.find((s) => s.name === t.sheet)!;
      for (const [field, column] of Object.entries(source.map))
        if (column && !columnUsed(sheet, t, columnIndex(column)))
          throw new CorrectionError({
            kind: 'column-outside',
            sheet: t.sheet,
            field,
            column,
            range: rangeAddress(t.top, t.left, t.bottom, t.right),
          });
      put(t.sheet, t.header.row + 1, source.map);
    }
    for (const spec of source.tables) {
      if (Object.keys(spec.map).length === 0) continue;
      // The given table as the engine built it: only when this source's range won over the others.
      const t = tables.find(
        (x) =>
          x.header.foundBy === 'user' &&
          x.sheet === spec.sheet &&
          x.top === spec.box.top &&
          x.left === spec.box.left &&
          boxesIntersect(boxOf(x), spec.box),
      );
      if (t) put(t.sheet, t.header.row + 1, spec.map);
    }
  }
  return { tableOverrides, columnOverrides: [...byKey.values()] };
}
