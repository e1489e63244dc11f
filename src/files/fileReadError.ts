/** A file the command line or the playground could not read, with a one-line message in both languages. */
import type { Lang } from '../core/i18n/lang';
import { fileReadMessage } from './fileText';
import type { ReadLimitName } from '../core/readLimits';

export type FileReadErrorCode =
  'not-found' | 'unsupported-type' | 'unreadable' | 'empty-file' | 'bad-text' | 'too-large';

/** What the reader knows of where and why a file broke (a text file's line, csv-parse's code). */
export interface FileReadDetail {
  line?: number;
  reason?: string;
  /** For 'too-large': the limit passed, its bound, and the sheet where it was passed. */
  limit?: ReadLimitName;
  max?: number;
  sheet?: string | null;
}

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
    const m = fileReadMessage(code, fileName, detail);
    const e = new FileReadError(code, fileName, m.vi, m.en);
    if (cause !== undefined) e.cause = cause;
    return e;
  }
}
