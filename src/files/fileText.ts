/** The file adapters' words, Vietnamese and English: the report workbook's sheet names and why a file could not be read. */
import type { Lang } from '../core/i18n/lang';
import type { FileReadErrorCode } from './fileReadError';

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
export function fileReadMessage(code: FileReadErrorCode, fileName: string): Record<Lang, string> {
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
    default:
      return {
        vi: `Không đọc được tệp ${f}: tệp không phải là bảng tính Excel hợp lệ (.xlsx).`,
        en: `Cannot read ${f}: it is not a valid Excel workbook (.xlsx).`,
      };
  }
}
