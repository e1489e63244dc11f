/** Office.js errors → the host errors the pane explains (protected sheet, cell being edited …). */
import { HostError, type HostErrorCode } from '../workbookPort/hostError';
import { TooLargeError } from '../core/readLimits';

/** Office.js error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes) → what the pane tells the person. */
const CODES: Record<string, HostErrorCode> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'cell-editing',
  ApiNotFound: 'api-missing',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  // "There was an internal error while processing the request": what Excel answers when it is busy
  // (calculating, saving, a dialog open) or a connection dropped; trying again later usually works.
  GeneralException: 'busy',
  RequestAborted: 'busy',
  Conflict: 'busy',
  ItemNotFound: 'not-found',
};

/** The Office.js error code of an error, or '' for anything else. */
export function officeCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof TooLargeError) return HostError.tooLarge(error);
  const e = error as { message?: unknown; debugInfo?: { message?: string } };
  const detail = (typeof e?.message === 'string' && e.message) || e?.debugInfo?.message || String(error);
  return new HostError(CODES[officeCode(error)] ?? 'unknown', detail);
}

/** Run a host operation and turn whatever it throws into a HostError. */
export async function hostCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toHostError(e);
  }
}
