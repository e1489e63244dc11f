/**
 * Why a picked or dropped file could not be opened, in `lang`: the reader's own message where it has
 * one (a FileReadError: what the file is, or how it is damaged, with its cause), else the page's words
 * (a text file; not a readable workbook) and the cause on a second line. Duck-typed, so a page does not
 * load the readers to show a message. The playground and the pane's merge picker each give their words.
 */
import type { Lang } from '../core/i18n/lang';

export interface FailureWords {
  notXlsx: (name: string) => string;
  textFile: (name: string) => string;
  details: string;
}

export function fileFailureText(e: unknown, name: string, lang: Lang, w: FailureWords): string {
  const err = e as { messageIn?: unknown; textFile?: unknown; message?: unknown } | null;
  if (err && typeof err.messageIn === 'function') return String((err.messageIn as (l: Lang) => string).call(e, lang));
  if (err?.textFile === true) return w.textFile(name);
  const cause = err && typeof err.message === 'string' ? err.message : String(e);
  return cause ? `${w.notXlsx(name)}\n${w.details}: ${cause}` : w.notXlsx(name);
}
