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
    selected: (a: string) => `Selected cell: ${a}`,
  },
};

export const playgroundText = (lang: Lang) => WORDS[lang];
