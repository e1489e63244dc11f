/** The file adapters' words, Vietnamese and English: the report workbook's sheet names and why a file could not be read. */
import type { Lang } from '../core/i18n/lang';
import type { FileReadDetail, FileReadErrorCode } from './fileReadError';
import { tooLargeReason } from '../core/i18n/readLimitMessages';

const REPORT_WORKBOOK = {
  vi: {
    tasks: 'Nhiệm vụ',
    issues: 'Vấn đề',
    summary: 'Tổng hợp',
  },
  en: {
    tasks: 'Tasks',
    issues: 'Issues',
    summary: 'Summary',
  },
};

export const reportWorkbookText = (lang: Lang) => REPORT_WORKBOOK[lang];

/** A one-line message for a file that could not be read, in every language. */
export function fileReadMessage(
  code: FileReadErrorCode,
  fileName: string,
  detail: FileReadDetail = {},
): Record<Lang, string> {
  const f = `“${fileName}”`;
  switch (code) {
    case 'not-found':
      return { vi: `Không tìm thấy tệp ${f}.`, en: `File ${f} not found.` };
    case 'unsupported-type':
      return /\.xls$/i.test(fileName)
        ? {
            vi: `Tệp ${f} là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại thành .xlsx.`,
            en: `${f} is an old Excel file (.xls): open it in Excel and save it as .xlsx.`,
          }
        : {
            vi: `Không đọc được tệp ${f}: chỉ nhận .xlsx, .csv hoặc .tsv.`,
            en: `Cannot read ${f}: only .xlsx, .csv and .tsv are supported.`,
          };
    case 'empty-file':
      return { vi: `Tệp ${f} trống (0 byte).`, en: `${f} is empty (0 bytes).` };
    case 'bad-text': {
      const quote = detail.reason === 'CSV_QUOTE_NOT_CLOSED';
      const at = detail.line ? { vi: ` (dòng ${detail.line})`, en: ` (line ${detail.line})` } : { vi: '', en: '' };
      return quote
        ? {
            vi: `Không đọc được tệp ${f}: một dấu ngoặc kép (") mở mà không đóng${at.vi}. Hãy đóng nó hoặc xóa nó rồi lưu lại.`,
            en: `Cannot read ${f}: a quote (") is opened and never closed${at.en}. Close or remove it and save again.`,
          }
        : {
            vi: `Không đọc được tệp ${f}: không tách được các cột của văn bản${at.vi}.`,
            en: `Cannot read ${f}: its text cannot be split into columns${at.en}.`,
          };
    }
    case 'too-large':
      return {
        vi: `Không đọc tệp ${f}: ${tooLargeReason(detail.limit ?? 'size', detail.max ?? 0, detail.sheet ?? null, 'vi')}`,
        en: `Did not read ${f}: ${tooLargeReason(detail.limit ?? 'size', detail.max ?? 0, detail.sheet ?? null, 'en')}`,
      };
    default:
      return {
        vi: `Không đọc được tệp ${f}: tệp không phải là bảng tính Excel hợp lệ (.xlsx).`,
        en: `Cannot read ${f}: it is not a valid Excel workbook (.xlsx).`,
      };
  }
}
