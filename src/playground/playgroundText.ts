/** The playground page's own words (the pane beside it brings its own), Vietnamese and English. */
import type { Lang } from '../core/i18n/lang';
import { fileFailureText } from '../workbookPort/fileFailureText';

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

/** Why a file could not be opened, in the playground's words (see fileFailureText). */
export function openFailureText(e: unknown, name: string, lang: Lang): string {
  return fileFailureText(e, name, lang, WORDS[lang]);
}
