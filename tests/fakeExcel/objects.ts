/** The fake object model's proxies: the part of Excel's API the add-in uses, with Office's semantics. */
import { columnLetter } from '../../src/core/a1';
import { parseNameReference } from '../../src/core/scan/corrections';
import { FakeClientObject, FakeContext, FakeOfficeError } from './context';
import {
  addSheet,
  boxAddress,
  deleteSheet,
  renameSheet,
  cellOf,
  DEFAULT_FONT_NAME,
  displayText,
  ensureCell,
  key,
  parseAddress,
  usedBox,
  valueType,
  type Box,
  type ConditionalFormatModel,
  type PivotModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from './model';

const FORMULA_START = /^[=+\-@]/;

function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} not found`);
}

function sheetBy(wb: WorkbookModel, nameOrId: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === nameOrId.toLowerCase());
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function guardProtected(sheet: SheetModel): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
}

/** A value as a collection of proxies, each created per item at load time. */
abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private itemsCache: T[] | null = null;
  protected abstract list(): T[];
  protected snapshot(prop: string): unknown {
    if (prop === 'items')
      return (this.itemsCache = this.list()).map((i) => {
        i.markSynced();
        return i;
      });
    return undefined;
  }
  protected override navigate(prop: string): FakeClientObject[] | null {
    if (prop !== 'items') return null;
    this.itemsCache = this.list();
    return this.itemsCache;
  }
  override runLoad(props: string[]): void {
    super.runLoad(props.length === 0 || props.every((p) => !p.startsWith('items')) ? ['items'] : props);
  }
  get items(): T[] {
    return this.read<T[]>('items');
  }
}

export class FakeWorkbook {
  readonly names: FakeNamedItemCollection;
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettings;
  readonly tables: FakeTableCollection;
  readonly pivotTables: FakePivotTableCollection;
  constructor(
    readonly context: FakeContext,
    readonly model: WorkbookModel,
    readonly events: FakeEvents,
  ) {
    this.worksheets = new FakeWorksheetCollection(context, this);
    this.names = new FakeNamedItemCollection(context, this);
    this.settings = new FakeSettings(context, model);
    this.tables = new FakeTableCollection(context, this, null);
    this.pivotTables = new FakePivotTableCollection(context, this, null);
  }

  private selected(): { sheet: SheetModel; areas: string[] } {
    const sel = this.model.selection;
    const sheet = sel ? sheetBy(this.model, sel.sheet) : this.model.sheets[0];
    if (!sheet) return notFound('selection');
    return { sheet, areas: sel ? sel.address.split(',') : ['A1'] };
  }
  /** Excel's getSelectedRange fails when several areas are selected. */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      () => this.selected().sheet,
      () => {
        const { areas } = this.selected();
        if (areas.length > 1) throw new FakeOfficeError('InvalidSelection', 'the selection has several areas');
        return parseAddress(areas[0]!);
      },
    );
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this,
      () => this.selected().sheet,
      null,
      () => this.selected().areas,
    );
  }
}

/** Workbook-scoped Names: add (refused for a name taken or that looks like a cell), getItemOrNullObject, delete. */
export class FakeNamedItemCollection {
  constructor(
    readonly context: FakeContext,
    readonly wb: FakeWorkbook,
  ) {}
  /** `reference`: a formula ("='Sheet'!$A$1:$B$2") or a Range (which holds its sheet, whatever its name). */
  add(name: string, reference: string | FakeRange, _comment?: string): FakeNamedItem {
    this.context.enqueue(
      () => {
        const model = this.wb.model;
        if (/^[A-Za-z]{1,3}\d+$/.test(name) || !/^[A-Za-z_\\][\w.]*$/.test(name))
          throw new FakeOfficeError('InvalidArgument', `${name} is not a valid name`);
        if ([...model.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError('ItemAlreadyExists', `the name ${name} exists`);
        if (reference instanceof FakeRange) {
          model.names.set(name, { sheetId: reference.sheet().id, box: reference.box() });
          return;
        }
        const where = parseNameReference(reference);
        const sheet = where ? sheetBy(model, where.sheet) : undefined;
        if (!where || !sheet) throw new FakeOfficeError('InvalidArgument', `bad reference ${reference}`);
        model.names.set(name, { sheetId: sheet.id, box: where.box });
      },
      typeof reference === 'string' ? reference : 'range',
    );
    return new FakeNamedItem(this.context, this.wb, name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.wb, name, true);
  }
}

export class FakeNamedItem extends FakeClientObject {
  private checked = false;
  private isNull = false;
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly name: string,
    orNull: boolean,
  ) {
    super(context);
    if (orNull)
      context.enqueue(() => {
        this.isNull = this.key() === undefined;
        this.checked = true;
      });
  }
  private key(): string | undefined {
    return [...this.wb.model.names.keys()].find((n) => n.toLowerCase() === this.name.toLowerCase());
  }
  get isNullObject(): boolean {
    if (!this.checked)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.isNull;
  }
  protected snapshot(prop: string): unknown {
    const k = this.key();
    // A null object loads, with null properties, as in Office.
    if (k === undefined) return null;
    const ref = this.wb.model.names.get(k)!;
    const sheet = ref ? this.wb.model.sheets.find((s) => s.id === ref.sheetId) : undefined;
    if (prop === 'name') return k;
    if (prop === 'type') return ref && sheet ? 'Range' : 'Error';
    if (prop === 'value') {
      if (!ref || !sheet) return '#REF!';
      const abs = boxAddress(ref.box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return `${/^[A-Za-z_][\w.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${abs}`;
    }
    throw new FakeOfficeError('InvalidArgument', `unknown named item property ${prop}`);
  }
  get value(): string {
    return this.read('value');
  }
  get type(): string {
    return this.read('type');
  }
  delete(): void {
    this.context.enqueue(() => {
      this.wb.model.names.delete(this.key() ?? notFound(`name ${this.name}`));
    });
  }
}

export interface FakeEvents {
  changed: ((e: {
    worksheetId: string;
    address: string;
    changeType: string;
    source: string;
  }) => Promise<void> | void)[];
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly onChanged: { add: (h: FakeEvents['changed'][number]) => { remove: () => void; context: FakeContext } };
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
  ) {
    super(context);
    this.onChanged = {
      add: (h) => {
        context.enqueue(() => {
          wb.events.changed.push(h);
        });
        return {
          context,
          remove: () =>
            context.enqueue(() => {
              wb.events.changed = wb.events.changed.filter((x) => x !== h);
            }),
        };
      },
    };
  }
  protected list(): FakeWorksheet[] {
    return this.wb.model.sheets.map((s) => new FakeWorksheet(this.context, this.wb, () => s));
  }
  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.wb,
      () => sheetBy(this.wb.model, nameOrId) ?? notFound(`worksheet ${nameOrId}`),
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.wb, () => {
      const m = this.wb.model;
      const name = m.selection?.sheet ?? m.active;
      return (name ? sheetBy(m, name) : m.sheets[0]) ?? notFound('active worksheet');
    });
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.wb, () => sheetBy(this.wb.model, nameOrId) ?? null, true);
  }
  /** Excel's sheet-name rules apply (checkSheetName): InvalidArgument or ItemAlreadyExists at sync. */
  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(() => {
      created = addSheet(this.wb.model, name);
    }, name);
    return new FakeWorksheet(this.context, this.wb, () => created ?? notFound('new worksheet'));
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly pivotTables: FakePivotTableCollection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  private nullChecked = false;
  private isNull = false;
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly resolveOrNull: () => SheetModel | null,
    private readonly orNull = false,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, wb, this);
    this.charts = new FakeChartCollection(context, wb, this);
    this.pivotTables = new FakePivotTableCollection(context, wb, this);
    this.freezePanes = {
      freezeRows: (n) =>
        context.enqueue(() => {
          this.sheet().frozenRows = n;
        }),
    };
    if (orNull)
      context.enqueue(() => {
        this.isNull = resolveOrNull() === null;
        this.nullChecked = true;
      });
  }
  sheet(): SheetModel {
    return this.resolveOrNull() ?? notFound('worksheet');
  }
  get isNullObject(): boolean {
    if (!this.nullChecked)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.isNull;
  }
  protected snapshot(prop: string): unknown {
    if (this.orNull && this.resolveOrNull() === null) return null;
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    if (prop === 'position') return this.wb.model.sheets.indexOf(s);
    if (prop === 'visibility') return 'Visible';
    throw new FakeOfficeError('InvalidArgument', `unknown worksheet property ${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  /** Renaming: Excel's sheet-name rules apply at sync (InvalidArgument, ItemAlreadyExists). */
  set name(v: string) {
    this.context.enqueue(() => renameSheet(this.wb.model, this.sheet(), v), v);
  }
  get id(): string {
    return this.read('id');
  }
  /** Deletes the sheet with what lives on it (tables, charts, PivotTables), as Excel does; Names into it become #REF!. */
  delete(): void {
    this.context.enqueue(() => deleteSheet(this.wb.model, this.sheet()));
  }
  /** The sheet becomes the active one and the selection is on it (where it was left on that sheet is not kept: A1). */
  activate(): void {
    this.context.enqueue(() => {
      const m = this.wb.model;
      const name = this.sheet().name;
      m.active = name;
      if (m.selection && m.selection.sheet !== name) m.selection = { sheet: name, address: 'A1' };
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.wb,
      () => this.sheet(),
      () => (address ? parseAddress(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }),
    );
  }
  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.wb, () => this.sheet(), addresses.split(','));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this.wb,
      () => this.sheet(),
      () => usedBox(this.sheet(), valuesOnly),
      true,
    );
  }
}

/** A range's data validation: `type` loads as Excel reports it (None, one rule's type, or Inconsistent). */
export class FakeDataValidation extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'type') throw new FakeOfficeError('InvalidArgument', `DataValidation.${prop}`);
    const b = this.range.box();
    const cells = this.range.sheet().cells;
    let some = false;
    let all = true;
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        if (cells.get(key(r, c))?.dataValidation) some = true;
        else all = false;
      }
    return !some ? 'None' : all ? 'List' : 'Inconsistent';
  }
  get type(): string {
    return this.read<string>('type');
  }
  clear(): void {
    this.context.enqueue(() =>
      this.range.eachCell((c) => {
        delete c.dataValidation;
      }),
    );
  }
  set rule(rule: unknown) {
    this.context.enqueue(
      () =>
        this.range.eachCell((c) => {
          c.dataValidation = JSON.stringify(rule);
        }),
      rule,
    );
  }
  get rule(): unknown {
    throw new FakeOfficeError('PropertyNotLoaded', 'rule');
  }
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;
  private nullChecked = false;
  private isNull = false;
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly sheet: () => SheetModel,
    readonly boxOrNull: () => Box | null,
    private readonly orNull = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(
      context,
      () => this.sheet(),
      () => [this.box()],
    );
    this.dataValidation = new FakeDataValidation(context, this);
    if (orNull)
      context.enqueue(() => {
        this.isNull = boxOrNull() === null;
        this.nullChecked = true;
      });
  }
  box(): Box {
    return this.boxOrNull() ?? notFound('range');
  }
  get isNullObject(): boolean {
    if (!this.nullChecked)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.isNull;
  }
  eachCell(fn: (cell: ReturnType<typeof ensureCell>, r: number, c: number) => void): void {
    const b = this.box();
    const s = this.sheet();
    guardProtected(s);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(ensureCell(s, r, c), r, c);
  }
  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const b = this.box();
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }
  protected override cellsFor(prop: string): number {
    if (!['values', 'text', 'numberFormat', 'valueTypes', 'formulas'].includes(prop)) return 0;
    const b = this.box();
    return (b.bottom - b.top + 1) * (b.right - b.left + 1);
  }
  protected snapshot(prop: string): unknown {
    // A null object (an empty sheet's used range) loads, with null properties, as in Office.
    if (this.orNull && this.boxOrNull() === null) return null;
    const s = this.sheet();
    const b = this.box();
    switch (prop) {
      case 'values':
        return this.grid((r, c) => {
          const cell = cellOf(s, r, c);
          return cell?.value ?? '';
        });
      case 'text':
        return this.grid((r, c) => displayText(cellOf(s, r, c)));
      case 'numberFormat':
        return this.grid((r, c) => cellOf(s, r, c)?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((r, c) => valueType(cellOf(s, r, c)));
      case 'formulas':
        return this.grid((r, c) => {
          const cell = cellOf(s, r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      case 'address':
        return `${s.name}!${boxAddress(b)}`;
      case 'rowIndex':
        return b.top;
      case 'columnIndex':
        return b.left;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      default:
        throw new FakeOfficeError('InvalidArgument', `unknown range property ${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(() => {
      const b = this.box();
      const s = this.sheet();
      guardProtected(s);
      this.checkShape(v, b);
      v.forEach((row, i) =>
        row.forEach((value, j) => {
          const cell = ensureCell(s, b.top + i, b.left + j);
          delete cell.formula;
          delete cell.error;
          if (typeof value === 'string' && FORMULA_START.test(value) && cell.numberFormat !== '@') {
            cell.formula = value;
            cell.value = '#NAME?';
            cell.error = true;
          } else cell.value = value === '' ? null : (value as string | number | boolean);
        }),
      );
      this.wb.events.changed.forEach(
        (h) => void h({ worksheetId: s.id, address: boxAddress(b), changeType: 'RangeEdited', source: 'Local' }),
      );
    }, v);
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue(() => {
      const b = this.box();
      guardProtected(this.sheet());
      this.checkShape(v, b);
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          ensureCell(this.sheet(), b.top + i, b.left + j).numberFormat = f;
        }),
      );
    }, v);
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  private checkShape(v: unknown[][], b: Box): void {
    if (
      !Array.isArray(v) ||
      v.length !== b.bottom - b.top + 1 ||
      v.some((r) => !Array.isArray(r) || r.length !== b.right - b.left + 1)
    ) {
      throw new FakeOfficeError('InvalidArgument', `array of ${v.length} rows does not match range ${boxAddress(b)}`);
    }
  }
  select(): void {
    this.context.enqueue(() => {
      this.wb.model.selection = { sheet: this.sheet().name, address: boxAddress(this.box()) };
    });
  }
  clear(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      guardProtected(s);
      const b = this.box();
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) s.cells.delete(k);
      }
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !cf.ranges.some((a) => overlaps(parseAddress(a), b)));
    });
  }
  /**
   * Excel's "Go To Special": the cells of the range holding constants (values typed in) or formulas, as
   * rectangular areas (runs of a row, stacked where rows repeat the same run). A null object when none.
   */
  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas'): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.wb, this.sheet, null, () =>
      specialAreas(this.sheet(), this.box(), cellType).map(boxAddress),
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.wb, this.sheet, null, () => {
      const b = this.box();
      return this.sheet()
        .merges.filter((m) => overlaps(m, b))
        .map((m) => boxAddress(m));
    });
  }
  /** Only the properties asked for come back, as Office.js gives them (an unset font name is Excel's default). */
  getCellProperties(spec: { format?: { font?: { bold?: boolean; name?: boolean } } }): { value: unknown[][] } {
    const result = new FakeClientResult<unknown[][]>(this.context);
    this.context.enqueue(() => {
      const s = this.sheet();
      const want = spec.format?.font ?? {};
      const v = this.grid((r, c) => {
        const cell = cellOf(s, r, c);
        const font: { bold?: boolean; name?: string } = {};
        if (want.bold) font.bold = cell?.bold === true;
        if (want.name) font.name = cell?.fontName ?? DEFAULT_FONT_NAME;
        return { format: { font } };
      });
      this.context.respond(v, this.cellsFor('values'));
      result.set(v);
    });
    return result;
  }
}

/** The cells of `cellType` inside `b`, as areas: runs of each row, merged downwards while identical. */
function specialAreas(s: SheetModel, b: Box, cellType: 'Constants' | 'Formulas'): Box[] {
  const rows = new Map<number, number[]>();
  for (const [k, cell] of s.cells) {
    const held = cell.value !== null && cell.value !== '';
    if (cellType === 'Formulas' ? !cell.formula : !held || !!cell.formula) continue;
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (r < b.top || r > b.bottom || c < b.left || c > b.right) continue;
    let cols = rows.get(r);
    if (!cols) rows.set(r, (cols = []));
    cols.push(c);
  }
  const open = new Map<string, Box>();
  const out: Box[] = [];
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const cols = rows.get(r)!.sort((x, y) => x - y);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Box>();
    for (const [left, right] of runs) {
      const key = `${left},${right}`;
      const above = open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
      } else {
        const box = { top: r, left, bottom: r, right };
        out.push(box);
        next.set(key, box);
      }
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  return out;
}

export class FakeClientResult<T> {
  private v: T | undefined;
  private ready = false;
  constructor(readonly context: FakeContext) {}
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready)
      throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is available after context.sync()');
    return this.v as T;
  }
}

export class FakeRangeAreas extends FakeClientObject {
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private nullChecked = false;
  private isNull = false;
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly sheet: () => SheetModel,
    addresses: string[] | null,
    compute?: () => string[],
  ) {
    super(context);
    const list = () => addresses ?? compute!();
    this.conditionalFormats = new FakeConditionalFormatCollection(context, sheet, () => list().map(parseAddress));
    this.compute = list;
    if (!addresses)
      context.enqueue(() => {
        this.isNull = list().length === 0;
        this.nullChecked = true;
      });
  }
  private readonly compute: () => string[];
  get isNullObject(): boolean {
    if (!this.nullChecked)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.isNull;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'address')
      return this.compute()
        .map((a) => `${this.sheet().name}!${a}`)
        .join(',');
    if (prop === 'areaCount') return this.compute().length;
    throw new FakeOfficeError('InvalidArgument', `unknown RangeAreas property ${prop}`);
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem: (edge: string) => { style: string } };
  constructor(
    readonly context: FakeContext,
    readonly range: FakeRange,
  ) {
    const set = (fn: (cell: ReturnType<typeof ensureCell>) => void, payload: unknown) =>
      context.enqueue(() => range.eachCell(fn), payload);
    this.font = {
      set bold(v: boolean) {
        set((c) => {
          c.bold = v;
        }, v);
      },
      set italic(v: boolean) {
        set((c) => {
          c.italic = v;
        }, v);
      },
      set size(v: number) {
        set((c) => {
          c.fontSize = v;
        }, v);
      },
      set name(v: string) {
        set((c) => {
          c.fontName = v;
        }, v);
      },
    };
    this.fill = {
      set color(v: string) {
        set((c) => {
          c.fill = v;
        }, v);
      },
    };
    this.borders = {
      getItem: () =>
        ({
          set style(v: string) {
            set((c) => {
              c.border = v !== 'None';
            }, v);
          },
        }) as { style: string },
    };
  }
  set wrapText(v: boolean) {
    this.context.enqueue(
      () =>
        this.range.eachCell((c) => {
          c.wrap = v;
        }),
      v,
    );
  }
  set horizontalAlignment(_v: string) {
    this.context.enqueue(() => undefined);
  }
  set verticalAlignment(_v: string) {
    this.context.enqueue(() => undefined);
  }
  set columnWidth(v: number) {
    this.context.enqueue(() => {
      const b = this.range.box();
      for (let c = b.left; c <= b.right; c++) this.range.sheet().columnWidths.set(c, v);
    }, v);
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  readonly custom: { rule: FakeClientObject & { formula: string }; format: { fill: { color: string } } };
  constructor(
    context: FakeContext,
    readonly sheet: () => SheetModel,
    readonly model: () => ConditionalFormatModel,
  ) {
    super(context);
    const cf = this;
    const rule = new (class extends FakeClientObject {
      protected snapshot(prop: string): unknown {
        if (prop !== 'formula') throw new FakeOfficeError('InvalidArgument', prop);
        const m = cf.model();
        if (m.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'not a custom conditional format');
        return m.formula;
      }
      get formula(): string {
        return this.read('formula');
      }
      set formula(v: string) {
        context.enqueue(() => {
          cf.model().formula = v;
        }, v);
      }
    })(context);
    this.custom = {
      rule,
      format: {
        fill: {
          set color(v: string) {
            context.enqueue(() => {
              cf.model().fill = v;
            }, v);
          },
          get color(): string {
            throw new FakeOfficeError('PropertyNotLoaded', 'color');
          },
        },
      },
    };
  }
  protected snapshot(prop: string): unknown {
    const m = this.model();
    if (prop === 'type') return m.type;
    if (prop === 'id') return m.id;
    throw new FakeOfficeError('InvalidArgument', prop);
  }
  get type(): string {
    return this.read('type');
  }
  get id(): string {
    return this.read('id');
  }
  delete(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      s.conditionalFormats = s.conditionalFormats.filter((c) => c !== this.model());
    });
  }
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(
    context: FakeContext,
    readonly sheet: () => SheetModel,
    readonly boxes: () => Box[],
  ) {
    super(context);
  }
  protected list(): FakeConditionalFormat[] {
    const s = this.sheet();
    const boxes = this.boxes();
    return s.conditionalFormats
      .filter((cf) => cf.ranges.some((a) => boxes.some((b) => overlaps(parseAddress(a), b))))
      .map((m) => new FakeConditionalFormat(this.context, this.sheet, () => m));
  }
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    this.context.enqueue(() => {
      const s = this.sheet();
      guardProtected(s);
      created = {
        id: `cf-${Math.random().toString(36).slice(2)}`,
        ranges: this.boxes().map(boxAddress),
        type,
        formula: null,
        fill: null,
      };
      s.conditionalFormats.unshift(created);
    }, type);
    return new FakeConditionalFormat(this.context, this.sheet, () => created ?? notFound('conditional format'));
  }
}

export class FakeSettings {
  constructor(
    readonly context: FakeContext,
    readonly model: WorkbookModel,
  ) {}
  add(key: string, value: unknown): void {
    this.context.enqueue(() => {
      this.model.settings.set(key, value);
    }, value);
  }
  getItemOrNullObject(key: string) {
    const ctx = this.context;
    const model = this.model;
    return new (class extends FakeClientObject {
      private checked = false;
      private isNull = false;
      constructor() {
        super(ctx);
        ctx.enqueue(() => {
          this.isNull = !model.settings.has(key);
          this.checked = true;
        });
      }
      protected snapshot(prop: string): unknown {
        if (prop === 'value') return model.settings.get(key) ?? null;
        if (prop === 'key') return key;
        throw new FakeOfficeError('InvalidArgument', prop);
      }
      get value(): unknown {
        return this.read('value');
      }
      get isNullObject(): boolean {
        if (!this.checked)
          throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
        return this.isNull;
      }
    })();
  }
}

export class FakeTable extends FakeClientObject {
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly model: () => TableModel,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'name') return this.model().name;
    if (prop === 'style') return this.model().style;
    throw new FakeOfficeError('InvalidArgument', prop);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.context.enqueue(() => {
      if (this.wb.model.tables.some((t) => t !== this.model() && t.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError('InvalidArgument', `table name ${v} is taken`);
      this.model().name = v;
    }, v);
  }
  set style(v: string) {
    this.context.enqueue(() => {
      this.model().style = v;
    }, v);
  }
  delete(): void {
    this.context.enqueue(() => {
      const t = this.model();
      if (this.wb.model.pivots.some((p) => p.source === t.name))
        throw new FakeOfficeError('InvalidOperation', `table ${t.name} is the source of a PivotTable`);
      this.wb.model.tables = this.wb.model.tables.filter((x) => x !== t);
    });
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly ws: FakeWorksheet | null,
  ) {
    super(context);
  }
  protected list(): FakeTable[] {
    const id = this.ws?.sheet().id;
    return this.wb.model.tables
      .filter((t) => !id || t.sheetId === id)
      .map((m) => new FakeTable(this.context, this.wb, () => m));
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.context.enqueue(() => {
      const s = this.ws!.sheet();
      guardProtected(s);
      const b = parseAddress(address);
      if (this.wb.model.tables.some((t) => t.sheetId === s.id && overlaps(parseAddress(t.address), b)))
        throw new FakeOfficeError('InvalidOperation', 'tables cannot overlap');
      let n = 1;
      while (this.wb.model.tables.some((t) => t.name === `Table${n}`)) n++;
      created = { name: `Table${n}`, sheetId: s.id, address: boxAddress(b), style: null, hasHeaders };
      this.wb.model.tables.push(created);
    }, address);
    return new FakeTable(this.context, this.wb, () => created ?? notFound('table'));
  }
}

export class FakeChart extends FakeClientObject {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly model: () => import('./model').ChartModel,
  ) {
    super(context);
    const m = model;
    this.title = {
      set text(v: string) {
        context.enqueue(() => {
          m().title = v;
        }, v);
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'text');
      },
    };
    this.legend = {
      set visible(v: boolean) {
        context.enqueue(() => {
          m().legend = v;
        }, v);
      },
      get visible(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'visible');
      },
    };
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'name') return this.model().name;
    throw new FakeOfficeError('InvalidArgument', prop);
  }
  get name(): string {
    return this.read('name');
  }
  setPosition(a: string, b: string): void {
    this.context.enqueue(() => {
      this.model().position = [a, b];
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      this.wb.model.charts = this.wb.model.charts.filter((c) => c !== this.model());
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected list(): FakeChart[] {
    const id = this.ws.sheet().id;
    return this.wb.model.charts
      .filter((c) => c.sheetId === id)
      .map((m) => new FakeChart(this.context, this.wb, () => m));
  }
  add(type: string, source: FakeRange, _seriesBy: string): FakeChart {
    let created: import('./model').ChartModel | null = null;
    this.context.enqueue(() => {
      const s = this.ws.sheet();
      created = {
        name: `Chart ${this.wb.model.charts.length + 1}`,
        sheetId: s.id,
        type,
        source: boxAddress(source.box()),
        title: null,
        legend: true,
        position: null,
      };
      this.wb.model.charts.push(created);
    });
    return new FakeChart(this.context, this.wb, () => created ?? notFound('chart'));
  }
}

class FakeHierarchy {
  constructor(readonly name: string) {}
}

export class FakePivotTable extends FakeClientObject {
  readonly hierarchies: { getItem: (name: string) => FakeHierarchy };
  readonly rowHierarchies: { add: (h: FakeHierarchy) => void };
  readonly columnHierarchies: { add: (h: FakeHierarchy) => void };
  readonly dataHierarchies: { add: (h: FakeHierarchy) => { summarizeBy: string } };
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly model: () => PivotModel,
  ) {
    super(context);
    const fields = (): string[] => {
      const t = wb.model.tables.find((x) => x.name === model().source) ?? notFound('pivot source');
      const sheet = wb.model.sheets.find((s) => s.id === t.sheetId)!;
      const b = parseAddress(t.address);
      const out: string[] = [];
      for (let c = b.left; c <= b.right; c++) out.push(String(cellOf(sheet, b.top, c)?.value ?? ''));
      return out;
    };
    const check = (h: FakeHierarchy) => {
      if (!fields().includes(h.name)) throw new FakeOfficeError('ItemNotFound', `no field ${h.name}`);
    };
    this.hierarchies = { getItem: (name) => new FakeHierarchy(name) };
    this.rowHierarchies = {
      add: (h) =>
        context.enqueue(() => {
          check(h);
          model().rows.push(h.name);
        }),
    };
    this.columnHierarchies = {
      add: (h) =>
        context.enqueue(() => {
          check(h);
          model().columns.push(h.name);
        }),
    };
    this.dataHierarchies = {
      add: (h) => {
        const entry = { name: h.name, summarizeBy: 'Automatic' };
        context.enqueue(() => {
          check(h);
          model().data.push(entry);
        });
        return {
          set summarizeBy(v: string) {
            context.enqueue(() => {
              entry.summarizeBy = v;
            });
          },
          get summarizeBy(): string {
            throw new FakeOfficeError('PropertyNotLoaded', 'summarizeBy');
          },
        };
      },
    };
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'name') return this.model().name;
    throw new FakeOfficeError('InvalidArgument', prop);
  }
  get name(): string {
    return this.read('name');
  }
  delete(): void {
    this.context.enqueue(() => {
      this.wb.model.pivots = this.wb.model.pivots.filter((p) => p !== this.model());
    });
  }
}

export class FakePivotTableCollection extends FakeCollection<FakePivotTable> {
  constructor(
    context: FakeContext,
    readonly wb: FakeWorkbook,
    readonly ws: FakeWorksheet | null,
  ) {
    super(context);
  }
  protected list(): FakePivotTable[] {
    const id = this.ws?.sheet().id;
    return this.wb.model.pivots
      .filter((p) => !id || p.sheetId === id)
      .map((m) => new FakePivotTable(this.context, this.wb, () => m));
  }
  add(name: string, source: FakeTable, destination: FakeRange): FakePivotTable {
    let created: PivotModel | null = null;
    this.context.enqueue(() => {
      if (this.wb.model.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('InvalidArgument', `PivotTable ${name} exists`);
      const s = destination.sheet();
      created = {
        name,
        sheetId: s.id,
        source: source.model().name,
        destination: boxAddress(destination.box()),
        rows: [],
        columns: [],
        data: [],
      };
      this.wb.model.pivots.push(created);
    }, name);
    return new FakePivotTable(this.context, this.wb, () => created ?? notFound('pivot'));
  }
}

export { columnLetter };
