/** A file the command line or the playground could not read, with a one-line message in both languages. */
import type { Lang } from '../core/i18n/lang';
import { fileReadMessage } from './fileText';

export type FileReadErrorCode = 'not-found' | 'unsupported-type' | 'unreadable' | 'empty-file';

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

  static of(code: FileReadErrorCode, fileName: string): FileReadError {
    const m = fileReadMessage(code, fileName);
    return new FileReadError(code, fileName, m.vi, m.en);
  }
}
