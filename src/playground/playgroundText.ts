/** The playground page's own words (the pane beside it brings its own), Vietnamese and English. */
import type { Lang } from '../core/i18n/lang';

const WORDS = {
  vi: {
    title: 'Theo dõi Phụ lục — dùng thử không cần Excel',
    open: 'Mở tệp .xlsx…',
    sample: 'Tệp mẫu',
    download: 'Tải xuống',
    drop: 'Thả tệp .xlsx vào đây',
    loading: 'Đang mở sổ làm việc…',
    sheets: 'Các trang tính',
    sheet: (n: string) => `Trang tính ${n}`,
    notXlsx: (n: string) => `"${n}" không phải tệp .xlsx đọc được.`,
    textFile: (n: string) =>
      `"${n}" là tệp văn bản (CSV, TSV), không phải sổ làm việc: trang dùng thử chỉ mở tệp .xlsx. Hãy mở tệp bằng Excel và lưu thành .xlsx, hoặc quét nó bằng dòng lệnh (appendix-tracker scan).`,
    details: 'Chi tiết',
    selected: (a: string) => `Ô đang chọn: ${a}`,
  },
  en: {
    title: 'Appendix Tracker — try it without Excel',
    open: 'Open .xlsx…',
    sample: 'Sample',
    download: 'Download',
    drop: 'Drop an .xlsx file here',
    loading: 'Opening the workbook…',
    sheets: 'Sheets',
    sheet: (n: string) => `Sheet ${n}`,
    notXlsx: (n: string) => `"${n}" is not a readable .xlsx file.`,
    textFile: (n: string) =>
      `"${n}" is a text file (CSV, TSV), not a workbook: the playground opens .xlsx files only. Open it in Excel and save it as .xlsx, or scan it with the command line (appendix-tracker scan).`,
    details: 'Details',
    selected: (a: string) => `Selected cell: ${a}`,
  },
};

export const playgroundText = (lang: Lang) => WORDS[lang];

/**
 * Why a file could not be opened, in `lang`: the reader's own message where it has one (a
 * FileReadError: what the file is, or how it is damaged, with its cause), else the page's words and
 * the cause on a second line. Duck-typed, so the page does not load the readers to show a message.
 */
export function openFailureText(e: unknown, name: string, lang: Lang): string {
  const w = WORDS[lang];
  const err = e as { messageIn?: unknown; textFile?: unknown; message?: unknown } | null;
  if (err && typeof err.messageIn === 'function') return String((err.messageIn as (l: Lang) => string).call(e, lang));
  if (err?.textFile === true) return w.textFile(name);
  const cause = err && typeof err.message === 'string' ? err.message : String(e);
  return cause ? `${w.notXlsx(name)}\n${w.details}: ${cause}` : w.notXlsx(name);
}
