/** A file the command line or the playground could not read, with a one-line message in both languages. */
import type { Lang } from '../core/i18n/lang';
import { fileReadMessage } from './fileText';
import { TooLargeError, type ReadLimitName } from '../core/readLimits';
import type { RefusedKind } from './kind/fileKind';
import { causeText, readFailureCode, type ReadFailureCode } from './readFailure';

export type FileReadErrorCode =
  'not-found' | 'is-folder' | 'no-permission' | 'empty-file' | 'bad-text' | 'too-large' | RefusedKind | ReadFailureCode;

/** What the reader knows of where and why a file broke (a text file's line, csv-parse's code, the cause). */
export interface FileReadDetail {
  line?: number;
  reason?: string;
  /** For 'too-large': the limit passed, its bound, and the sheet where it was passed. */
  limit?: ReadLimitName;
  max?: number;
  sheet?: string | null;
  /** The cause in one line (the reader's own words), shown as a second line “Chi tiết: …” / “Details: …”. */
  cause?: string;
}

/** The codes whose message says the cause on a second line: the reader failed, and how is the clue. */
const SHOWS_CAUSE = new Set<FileReadErrorCode>(['damaged-file', 'reader-limit', 'unreadable']);

export class FileReadError extends Error {
  constructor(
    readonly code: FileReadErrorCode,
    readonly fileName: string,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'FileReadError';
  }

  /** The message in `lang`. */
  messageIn(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageVi;
  }

  static of(code: FileReadErrorCode, fileName: string, detail: FileReadDetail = {}, cause?: unknown): FileReadError {
    const withCause =
      cause !== undefined && detail.cause === undefined && SHOWS_CAUSE.has(code)
        ? { ...detail, cause: causeText(cause) }
        : detail;
    const m = fileReadMessage(code, fileName, withCause);
    const e = new FileReadError(code, fileName, m.vi, m.en);
    if (cause !== undefined) e.cause = cause;
    return e;
  }

  /** Why the file system refused: not there, a folder, no permission; anything else with its cause. */
  static fromFileSystem(path: string, e: unknown): FileReadError {
    switch ((e as NodeJS.ErrnoException).code) {
      case 'ENOENT':
      case 'ENOTDIR':
        return FileReadError.of('not-found', path, {}, e);
      case 'EISDIR':
        return FileReadError.of('is-folder', path, {}, e);
      case 'EACCES':
      case 'EPERM':
        return FileReadError.of('no-permission', path, {}, e);
      default:
        return FileReadError.of('unreadable', path, {}, e);
    }
  }

  /** Whatever a reader threw, as this file's error: over a read limit, damaged, too large for the reader, or unreadable, with its cause. */
  static fromFailure(fileName: string, e: unknown): FileReadError {
    if (e instanceof FileReadError) return e;
    if (e instanceof TooLargeError)
      return FileReadError.of('too-large', fileName, { limit: e.limit, max: e.max, sheet: e.sheet }, e);
    return FileReadError.of(readFailureCode(e), fileName, {}, e);
  }
}
