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
  | 'unknown';

/** For 'workbook-too-large': the read limit the workbook passed (src/core/readLimits.ts). */
export interface ExceededLimit {
  limit: ReadLimitName;
  max: number;
  sheet: string | null;
}

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail: string,
    readonly exceeded?: ExceededLimit,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HostError';
  }

  /** A workbook over a read limit, as every port reports it. */
  static tooLarge(e: TooLargeError): HostError {
    return new HostError('workbook-too-large', e.message, { limit: e.limit, max: e.max, sheet: e.sheet });
  }
}
