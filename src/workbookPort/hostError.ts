/**
 * Failures a host reports, named for what the person can do about them. The task pane shows the
 * message for the code in the person's language; the detail (the host's own words) goes below it.
 */
import { TooLargeError, type ReadLimitName } from '../core/readLimits';

export type HostErrorCode =
  | 'protected'
  | 'cell-editing'
  | 'api-missing'
  | 'too-large'
  | 'workbook-too-large'
  | 'busy'
  | 'columns-not-empty'
  | 'not-found'
  /** A sheet of the last scan is no longer in the workbook (deleted since): scan again. */
  | 'sheet-gone'
  /** A table's rows are not where the scan read them (rows inserted or deleted above or in it): scan again. */
  | 'table-moved'
  | 'unknown';

/** For 'workbook-too-large': the read limit the workbook passed (src/core/readLimits.ts). */
export interface ExceededLimit {
  limit: ReadLimitName;
  max: number;
  sheet: string | null;
}

/** Failures a person can clear and then simply try again (the pane offers a "try again" button). */
export const RETRY_BY_HAND: readonly HostErrorCode[] = ['cell-editing', 'busy'];

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail: string,
    /** The sheet the failure is about, by the name the person knows it (for 'sheet-gone', 'table-moved'). */
    readonly sheet?: string,
    /** For 'workbook-too-large': the read limit passed. */
    readonly exceeded?: ExceededLimit,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HostError';
  }

  /** A workbook over a read limit, as every port reports it. */
  static tooLarge(e: TooLargeError): HostError {
    return new HostError('workbook-too-large', e.message, undefined, { limit: e.limit, max: e.max, sheet: e.sheet });
  }
}
