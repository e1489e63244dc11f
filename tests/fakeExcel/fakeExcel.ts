/**
 * A faithful fake of the part of Excel's object model the add-in uses, for jest: install() puts the
 * Excel enums on globalThis; FakeExcelHost gives the adapter its run() and isSetSupported() and
 * records every sync.
 */
import type { OfficeHost } from '../../src/excel/officeHost';
import { FakeContext, type SyncRecord } from './context';
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
  /** A test's fault: in the next batch, this sync (1-based) fails. */
  failSync: number | null = null;

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

  /** Syncs of the last run. */
  lastRun(): SyncRecord[] {
    return this.runs[this.runs.length - 1] ?? [];
  }
}
