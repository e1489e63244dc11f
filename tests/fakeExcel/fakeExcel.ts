/**
 * A faithful fake of the part of Excel's object model the add-in uses, for jest: install() puts the
 * Excel enums on globalThis; FakeExcelHost gives the adapter its run() and isSetSupported() and
 * records every sync.
 */
import type { OfficeHost } from '../../src/excel/officeHost';
import { FakeContext, FakeOfficeError, type SyncRecord } from './context';
import type { WorkbookModel } from './model';
import { FakeWorkbook, type FakeEvents } from './objects';

const ENUMS = {
  ConditionalFormatType: { custom: 'Custom' },
  HorizontalAlignment: { center: 'Center', left: 'Left' },
  VerticalAlignment: { top: 'Top' },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideHorizontal: 'InsideHorizontal',
    insideVertical: 'InsideVertical',
  },
  BorderLineStyle: { continuous: 'Continuous', none: 'None' },
  ChartType: { barClustered: 'BarClustered' },
  ChartSeriesBy: { columns: 'Columns' },
  AggregationFunction: { sum: 'Sum', count: 'Count' },
  SpecialCellType: { constants: 'Constants', formulas: 'Formulas' },
};

export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = ENUMS;
}

function versionLE(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export class FakeExcelHost implements OfficeHost {
  /** Every sync of every run, in order. */
  readonly syncs: SyncRecord[] = [];
  /** Syncs per Excel.run batch. */
  readonly runs: SyncRecord[][] = [];
  readonly events: FakeEvents = { changed: [] };
  /** A test's fault: in the next batch, this sync (1-based) fails (GeneralException, as a dropped connection). */
  failSync: number | null = null;
  /** Faults for the next batches, one per batch in order: that batch's sync `at` fails with `code`. */
  private faults: { at: number; code: string }[] = [];
  /**
   * The person is typing in a cell: while true, every sync fails with InvalidOperationInCellEditMode
   * and runs none of its operations, as Excel refuses requests until the cell is left (Enter or Esc).
   */
  cellEditMode = false;
  /** What the person does while the add-in works: runs just before sync `before` (1-based) of the next batch. */
  private acts: { before: number; act: (model: WorkbookModel) => void }[] = [];

  constructor(
    readonly model: WorkbookModel,
    public apiVersion = '1.13',
  ) {
    installExcelEnums();
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const records: SyncRecord[] = [];
    this.runs.push(records);
    const ctx = new FakeContext(records);
    ctx.failAt = this.failSync;
    this.failSync = null;
    const fault = this.faults.shift();
    if (fault) {
      ctx.failAt = fault.at;
      ctx.failCode = fault.code;
    }
    const acts = this.acts;
    this.acts = [];
    ctx.beforeSync = (sync) => {
      for (const a of acts) if (a.before === sync) a.act(this.model);
      if (this.cellEditMode)
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
        );
    };
    const workbook = new FakeWorkbook(ctx, this.model, this.events);
    const context = Object.assign(ctx, { workbook });
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      ctx.closed = true;
      this.syncs.push(...records);
    }
  };

  isSetSupported = (name: string, version: string): boolean =>
    name === 'ExcelApi' && versionLE(version, this.apiVersion);

  documentName = (): string => this.model.name;

  /** The workbooks Excel.createWorkbook was asked to open (base64), in order; this workbook is untouched. */
  readonly createdWorkbooks: string[] = [];

  createWorkbook = async (base64: string): Promise<void> => {
    // As Excel: the function exists from ExcelApi 1.8; a base64 that is no workbook is refused.
    if (!versionLE('1.8', this.apiVersion))
      throw new FakeOfficeError('ApiNotFound', 'The API you are trying to use could not be found.');
    if (!base64.startsWith('UEsDB'))
      throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    this.createdWorkbooks.push(base64);
  };

  /** The next `batches` batches each fail at sync `at` with Office error `code` (ServiceNotAvailable, GeneralException …). */
  failNext(at: number, code: string, batches = 1): void {
    for (let i = 0; i < batches; i++) this.faults.push({ at, code });
  }

  /** A person's action between two syncs of the next batch: it runs just before sync `before` (1-based). */
  between(before: number, act: (model: WorkbookModel) => void): void {
    this.acts.push({ before, act });
  }

  /** Syncs of the last run. */
  lastRun(): SyncRecord[] {
    return this.runs[this.runs.length - 1] ?? [];
  }
}
