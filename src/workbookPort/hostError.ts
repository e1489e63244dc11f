/**
 * Failures a host reports, named for what the person can do about them. The task pane shows the
 * message for the code in the person's language; the detail (the host's own words) goes below it.
 */
export type HostErrorCode =
  'protected' | 'cell-editing' | 'api-missing' | 'too-large' | 'busy' | 'columns-not-empty' | 'not-found' | 'unknown';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HostError';
  }
}
