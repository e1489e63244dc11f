/**
 * How much a reader takes in before it refuses a file as too large: the same limits for every reader
 * (the command line's, the browser's and Excel's), so that a hostile or broken file costs bounded
 * memory and time wherever it is opened. Each limit is far above what a real appendix needs (a large one
 * has 5,000 tasks: 50,000 cells, a few MB of XML, a few hundred merged cells).
 */

export type ReadLimitName = 'size' | 'cells' | 'merged-area' | 'columns' | 'rows' | 'span';

export interface ReadLimits {
  /** Bytes of text a reader inflates or decodes: the workbook's parts (uncompressed), a text file. */
  size: number;
  /** Cells that hold something, in the whole workbook. */
  cells: number;
  /** Cells covered by merged areas, in the whole workbook. */
  mergedArea: number;
  /** Columns of one row (Excel's own limit is 16,384: XFD). */
  columns: number;
  /** Rows of one sheet (Excel's own limit is 1,048,576). */
  rows: number;
  /**
   * Cells the engine reads a row as, summed over the workbook's rows: from column A to each row's last
   * cell that holds something. Bounds a sheet whose few values sit far to the right on many rows.
   */
  span: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  size: 200_000_000,
  cells: 2_000_000,
  mergedArea: 1_000_000,
  columns: 16_384,
  rows: 1_048_576,
  span: 20_000_000,
});

/** `--no-limits`: only what Excel itself cannot hold (a workbook a person trusts, on a machine that can take it). */
export const EXCEL_LIMITS_ONLY: Readonly<ReadLimits> = Object.freeze({
  size: Infinity,
  cells: Infinity,
  mergedArea: Infinity,
  columns: READ_LIMITS.columns,
  rows: READ_LIMITS.rows,
  span: Infinity,
});

const LIMIT_KEYS: Record<ReadLimitName, keyof ReadLimits> = {
  size: 'size',
  cells: 'cells',
  'merged-area': 'mergedArea',
  columns: 'columns',
  rows: 'rows',
  span: 'span',
};

/** A file over one of the limits: which one, its bound, and where it was passed (sheet, when known). */
export class TooLargeError extends Error {
  constructor(
    readonly limit: ReadLimitName,
    readonly max: number,
    readonly sheet: string | null,
  ) {
    super(`over the ${limit} limit (${max})${sheet ? ` on sheet ${sheet}` : ''}`);
    this.name = 'TooLargeError';
  }
}

/**
 * Counts what a reader takes in, for one workbook, and throws TooLargeError the moment a limit is
 * passed: a reader stops where the file became too large, never after reading all of it.
 */
export class ReadMeter {
  private used: ReadLimits = { size: 0, cells: 0, mergedArea: 0, columns: 0, rows: 0, span: 0 };

  constructor(readonly limits: Readonly<ReadLimits> = READ_LIMITS) {}

  private add(name: ReadLimitName, n: number, sheet: string | null): void {
    const key = LIMIT_KEYS[name];
    this.used[key] += n;
    if (this.used[key] > this.limits[key]) throw new TooLargeError(name, this.limits[key], sheet);
  }

  /** `n` more bytes of text inflated or decoded. */
  bytes(n: number, sheet: string | null = null): void {
    this.add('size', n, sheet);
  }

  /** A cell that holds something, at 0-based row `row` and column `col`. */
  cell(row: number, col: number, sheet: string): void {
    if (row >= this.limits.rows) throw new TooLargeError('rows', this.limits.rows, sheet);
    if (col >= this.limits.columns) throw new TooLargeError('columns', this.limits.columns, sheet);
    this.add('cells', 1, sheet);
  }

  /** A row read as `width` cells (its last cell's column + 1). */
  row(width: number, sheet: string): void {
    if (width > this.limits.columns) throw new TooLargeError('columns', this.limits.columns, sheet);
    this.add('span', width, sheet);
  }

  /** `cells` cells read as rows from column A at once (a host that hands over whole ranges). */
  span(cells: number, sheet: string): void {
    this.add('span', cells, sheet);
  }

  /** A merged area (0-based, inclusive corners). */
  merged(top: number, left: number, bottom: number, right: number, sheet: string): void {
    if (bottom >= this.limits.rows) throw new TooLargeError('rows', this.limits.rows, sheet);
    if (right >= this.limits.columns) throw new TooLargeError('columns', this.limits.columns, sheet);
    this.add('merged-area', (bottom - top + 1) * (right - left + 1), sheet);
  }
}
