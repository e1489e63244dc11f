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

/** How to save a workbook as .xlsx, in Excel and in LibreOffice (the words of their Vietnamese and English menus). */
const SAVE_AS_XLSX = {
  vi: 'mở bằng Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx) (LibreOffice: Tệp > Lưu thành… > Excel 2007-365 (.xlsx)), rồi quét tệp .xlsx',
  en: 'open it in Excel and choose File > Save As > Excel Workbook (.xlsx) (LibreOffice: File > Save As… > Excel 2007-365 (.xlsx)), then scan the .xlsx',
};

/** The message's first line, for each kind of file that cannot be read. */
function firstLine(code: FileReadErrorCode, f: string, detail: FileReadDetail): Record<Lang, string> {
  switch (code) {
    case 'not-found':
      return { vi: `Không tìm thấy tệp ${f}.`, en: `File ${f} not found.` };
    case 'is-folder':
      return { vi: `${f} là một thư mục, không phải tệp.`, en: `${f} is a folder, not a file.` };
    case 'no-permission':
      return {
        vi: `Không có quyền đọc tệp ${f}: hãy xin quyền đọc hoặc chép tệp sang thư mục của mình.`,
        en: `No permission to read ${f}: ask for read access or copy the file to a folder of your own.`,
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
    case 'word-file':
      return {
        vi: `Tệp ${f} là văn bản Word, không phải bảng tính: hãy chép bảng phụ lục sang Excel và lưu thành .xlsx.`,
        en: `${f} is a Word document, not a workbook: copy the appendix table into Excel and save it as .xlsx.`,
      };
    case 'powerpoint-file':
      return {
        vi: `Tệp ${f} là bản trình chiếu PowerPoint, không phải bảng tính: hãy chép bảng phụ lục sang Excel và lưu thành .xlsx.`,
        en: `${f} is a PowerPoint presentation, not a workbook: copy the appendix table into Excel and save it as .xlsx.`,
      };
    case 'ods-file':
      return {
        vi: `Tệp ${f} là bảng tính OpenDocument (.ods): hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${f} is an OpenDocument spreadsheet (.ods): ${SAVE_AS_XLSX.en}.`,
      };
    case 'opendocument-file':
      return {
        vi: `Tệp ${f} là văn bản OpenDocument (.odt, .odp…), không phải bảng tính: hãy chép bảng phụ lục sang Excel và lưu thành .xlsx.`,
        en: `${f} is an OpenDocument document (.odt, .odp…), not a workbook: copy the appendix table into Excel and save it as .xlsx.`,
      };
    case 'zip-without-workbook':
      return {
        vi: `Tệp ${f} là một tệp nén (zip) không chứa sổ làm việc Excel: hãy giải nén và quét tệp .xlsx bên trong.`,
        en: `${f} is a zip archive that holds no Excel workbook: unpack it and scan the .xlsx inside.`,
      };
    case 'xlsb-file':
      return {
        vi: `Tệp ${f} là sổ làm việc nhị phân của Excel (.xlsb): hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${f} is an Excel binary workbook (.xlsb): ${SAVE_AS_XLSX.en}.`,
      };
    case 'xls-file':
      return {
        vi: `Tệp ${f} là định dạng Excel cũ (.xls, Excel 97-2003): hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${f} is an old Excel file (.xls, Excel 97-2003): ${SAVE_AS_XLSX.en}.`,
      };
    case 'encrypted-file':
      return {
        vi: `Tệp ${f} được đặt mật khẩu (mã hóa): hãy mở bằng Excel, gỡ mật khẩu ở Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, rồi lưu thành .xlsx (LibreOffice: Tệp > Lưu thành… > Excel 2007-365 (.xlsx), bỏ chọn “Lưu với mật khẩu”) và quét lại.`,
        en: `${f} is protected by a password (encrypted): open it in Excel, remove the password in File > Info > Protect Workbook > Encrypt with Password, save it as .xlsx (LibreOffice: File > Save As… > Excel 2007-365 (.xlsx), without “Save with password”) and scan it again.`,
      };
    case 'pdf-file':
      return {
        vi: `Tệp ${f} là tệp PDF, không phải bảng tính: hãy dùng tệp Excel gốc của phụ lục (.xlsx).`,
        en: `${f} is a PDF, not a workbook: use the appendix's original Excel file (.xlsx).`,
      };
    case 'html-file':
      return {
        vi: `Tệp ${f} là một trang web (HTML), dù tên là bảng tính (nhiều phần mềm xuất “.xls” như vậy): hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${f} is a web page (HTML) under a workbook's name (many programs export ".xls" that way): ${SAVE_AS_XLSX.en}.`,
      };
    case 'xml-spreadsheet':
      return {
        vi: `Tệp ${f} là bảng tính XML 2003 (XML Spreadsheet): hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${f} is an XML Spreadsheet 2003 file: ${SAVE_AS_XLSX.en}.`,
      };
    case 'not-a-workbook':
      return {
        vi: `Tệp ${f} không phải bảng tính Excel (.xlsx) hay bảng văn bản (.csv, .tsv): nội dung là dữ liệu nhị phân khác.`,
        en: `${f} is neither an Excel workbook (.xlsx) nor a text table (.csv, .tsv): it holds other binary data.`,
      };
    case 'damaged-file':
      return {
        vi: `Tệp ${f} bị hỏng hoặc không đầy đủ (có thể tải xuống hay sao chép chưa xong): hãy lấy lại bản gốc.`,
        en: `${f} is damaged or incomplete (perhaps a download or copy that did not finish): get the original again.`,
      };
    case 'reader-limit':
      return {
        vi: `Không đọc được tệp ${f}: tệp vượt quá sức chứa của trình đọc (bộ nhớ hoặc độ dài tối đa của một chuỗi).`,
        en: `Cannot read ${f}: it exceeds what the reader can hold (memory, or the longest string it allows).`,
      };
    case 'unreadable':
      return {
        vi: `Không đọc được tệp ${f}: tệp không phải là bảng tính Excel hợp lệ (.xlsx).`,
        en: `Cannot read ${f}: it is not a valid Excel workbook (.xlsx).`,
      };
  }
}

/**
 * The message for a file that could not be read, in every language: one line, and when the reader
 * failed a second that says how (“Chi tiết: …” / “Details: …”, the reader's own words).
 */
export function fileReadMessage(
  code: FileReadErrorCode,
  fileName: string,
  detail: FileReadDetail = {},
): Record<Lang, string> {
  const m = firstLine(code, `“${fileName}”`, detail);
  if (!detail.cause) return m;
  return { vi: `${m.vi}\n${CAUSE_LABEL.vi}: ${detail.cause}`, en: `${m.en}\n${CAUSE_LABEL.en}: ${detail.cause}` };
}

const CAUSE_LABEL: Record<Lang, string> = { vi: 'Chi tiết', en: 'Details' };
const CAUSE_LINE = new RegExp(`^(${Object.values(CAUSE_LABEL).join('|')}): \\S`);

/** Whether a message has the shape of a file's refusal: one line, and at most the line of its cause. */
export function isRefusalShape(message: string): boolean {
  const lines = message.split(/\r?\n/);
  return lines.length === 1 || (lines.length === 2 && CAUSE_LINE.test(lines[1]!));
}
