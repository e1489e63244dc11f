/** Office.js errors → the host errors the pane explains (protected sheet, cell being edited …). */
import { HostError, type HostErrorCode } from '../workbookPort/hostError';
import { TooLargeError } from '../core/readLimits';

const CODES: Record<string, HostErrorCode> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'cell-editing',
  ApiNotFound: 'api-missing',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  ItemNotFound: 'not-found',
};

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof TooLargeError) return HostError.tooLarge(error);
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { message?: string } };
  const code = typeof e?.code === 'string' ? e.code : '';
  const detail = (typeof e?.message === 'string' && e.message) || e?.debugInfo?.message || String(error);
  return new HostError(CODES[code] ?? 'unknown', detail);
}

/** Run a host operation and turn whatever it throws into a HostError. */
export async function hostCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toHostError(e);
  }
}
