/**
 * The command line's words, in Vietnamese and English: the text output, and why a command line, a
 * correction or the report's target is refused (the usage text itself is helpText.ts).
 */
import type { Lang } from '../core/i18n/lang';
import { CANONICAL_FIELDS } from '../core/report/schema';
import type { OutputProblem } from './outputTarget';
import type { UsageProblem } from './usageError';

/** The fields' contract names, as the messages and the usage list them. */
export const FIELD_NAMES = CANONICAL_FIELDS.join(', ');

const q = (s: string) => `“${s}”`;

const VI = {
  asOf: 'Tính đến ngày',
  yearWord: 'năm',
  dueSoonWindow: 'số ngày “sắp đến hạn”',
  sheet: 'Trang tính',
  documentDate: 'Ngày văn bản',
  precision: { month: 'chỉ ghi tháng, năm', year: 'chỉ ghi năm' },
  columns: 'Cột',
  pleaseConfirm: 'cần xác nhận: cột chọn theo nội dung ô hoặc tiêu đề chưa rõ',
  tasks: 'Nhiệm vụ',
  sections: 'Mục',
  repeatedHeaders: 'Tiêu đề lặp',
  continuations: 'Dòng nối',
  unassigned: 'Chưa giao chủ trì',
  issues: 'Vấn đề',
  no: 'STT',
  infoHidden: '(các mục thông tin không liệt kê; dùng --all để xem)',
  byLead: 'Theo cơ quan chủ trì',
  byLeader: 'Theo lãnh đạo chỉ đạo',
  noTable: 'Không tìm thấy bảng phụ lục nhiệm vụ nào.',
  wrote: 'Đã ghi báo cáo',
};

const EN: typeof VI = {
  asOf: 'As of',
  yearWord: 'year',
  dueSoonWindow: 'due-soon window (days)',
  sheet: 'Sheet',
  documentDate: 'Document date',
  precision: { month: 'month and year only', year: 'year only' },
  columns: 'Columns',
  pleaseConfirm: 'please confirm: chosen from the cells, or a weak header',
  tasks: 'Tasks',
  sections: 'Sections',
  repeatedHeaders: 'Repeated headers',
  continuations: 'Continuation rows',
  unassigned: 'Without lead',
  issues: 'Issues',
  no: 'No.',
  infoHidden: '(informational findings not listed; use --all)',
  byLead: 'By lead agency',
  byLeader: 'By leader',
  noTable: 'No appendix task table found.',
  wrote: 'Report written to',
};

export function uiText(lang: Lang): typeof VI {
  return lang === 'en' ? EN : VI;
}

/** Why the command line was refused, in one line, in `lang`. */
export function usageMessage(lang: Lang, p: UsageProblem): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'unknown-option':
      return vi ? `không có tùy chọn ${q(p.option)}` : `unknown option ${q(p.option)}`;
    case 'missing-value':
      return vi ? `tùy chọn ${q(p.option)} cần một giá trị đi kèm` : `option ${q(p.option)} needs a value`;
    case 'unexpected-value':
      return vi ? `tùy chọn ${q(p.option)} không nhận giá trị` : `option ${q(p.option)} takes no value`;
    case 'unknown-command':
      return vi
        ? `không có lệnh ${q(p.command)}; các lệnh: ${p.commands.join(', ')}`
        : `unknown command ${q(p.command)}; the commands are: ${p.commands.join(', ')}`;
    case 'missing-command':
      return vi
        ? `chưa nêu lệnh; các lệnh: ${p.commands.join(', ')}`
        : `no command given; the commands are: ${p.commands.join(', ')}`;
    case 'no-file':
      return vi ? `lệnh ${p.command} cần ít nhất một tệp` : `${p.command} needs at least one file`;
    case 'bad-date':
      return vi
        ? `${p.option} cần một ngày có thật, dạng NGÀY/THÁNG/NĂM (01/05/2026) hoặc NĂM-THÁNG-NGÀY (2026-05-01); nhận ${q(p.text)}`
        : `${p.option} needs a real date, as DD/MM/YYYY (01/05/2026) or YYYY-MM-DD (2026-05-01); got ${q(p.text)}`;
    case 'bad-number':
      return vi
        ? `${p.option} cần một số nguyên từ ${p.min} đến ${p.max}; nhận ${q(p.text)}`
        : `${p.option} needs a whole number from ${p.min} to ${p.max}; got ${q(p.text)}`;
    case 'bad-choice':
      return vi
        ? `${p.option} chỉ có thể là ${p.choices.join(' hoặc ')}; nhận ${q(p.text)}`
        : `${p.option} is ${p.choices.join(' or ')}; got ${q(p.text)}`;
    case 'needs-option':
      return vi ? `${p.option} chỉ dùng kèm ${p.needs}` : `${p.option} applies to ${p.needs} only`;
    case 'bad-correction':
      return correctionMessage(lang, p.problem);
    case 'option-file-unreadable':
      return `${p.option}: ${p.error.messageIn(lang)}`;
    case 'option-file-not-json':
      return vi
        ? `${p.option} ${q(p.path)} không phải JSON hợp lệ\nChi tiết: ${p.detail}`
        : `${p.option} ${q(p.path)} is not valid JSON\nDetails: ${p.detail}`;
    case 'bad-leaders':
      return vi
        ? `--leaders ${q(p.path)}: cần một đối tượng JSON dạng {"cơ quan chủ trì": "lãnh đạo chỉ đạo"}, mỗi giá trị là một chuỗi`
        : `--leaders ${q(p.path)}: expected a JSON object of "lead agency": "leader" strings`;
  }
}

/** The line under a usage error: where the usage is, in `lang` (English needs --lang en to read it). */
export function helpPointer(lang: Lang): string {
  return lang === 'vi' ? 'Xem cách dùng: appendix-tracker --help' : 'For the usage: appendix-tracker --help --lang en';
}

/** Why a correction (flag, config file, stored setting) cannot be applied. */
export type CorrectionProblem =
  | { kind: 'bad-range'; text: string }
  | { kind: 'small-range'; text: string }
  | { kind: 'unknown-field'; text: string }
  | { kind: 'bad-column'; text: string }
  | { kind: 'bad-map'; text: string }
  | { kind: 'bad-header-row'; text: string }
  | { kind: 'unknown-sheet'; sheet: string; sheets: string[] }
  | { kind: 'column-outside'; sheet: string; field: string; column: string; range: string }
  | { kind: 'header-outside'; sheet: string; row: number; range: string }
  | { kind: 'bad-config'; path: string; detail: string }
  | { kind: 'bad-config-entry'; path: string; pattern: string; detail: string | CorrectionProblem };

/** "PL!A5:H80", or "'My sheet'!A5:H80" when the name needs quotes (as Excel writes it). */
export function sheetRef(sheet: string, range: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!${range}` : `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/** The problem in one line, in `lang`. */
export function correctionMessage(lang: Lang, p: CorrectionProblem): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'bad-range':
      return vi
        ? `vùng ${q(p.text)} không hợp lệ: cần dạng Trang!A5:H80 (tên trang có dấu cách: 'Trang 1'!A5:H80)`
        : `range ${q(p.text)} is not valid: expected Sheet!A5:H80 ('My sheet'!A5:H80 for a name with spaces)`;
    case 'small-range':
      return vi
        ? `vùng ${q(p.text)} quá nhỏ để là một bảng: cần ít nhất 2 dòng và 2 cột`
        : `range ${q(p.text)} is too small for a table: it needs at least 2 rows and 2 columns`;
    case 'unknown-field':
      return vi
        ? `không có trường ${q(p.text)}; các trường: ${FIELD_NAMES}`
        : `unknown field ${q(p.text)}; the fields are: ${FIELD_NAMES}`;
    case 'bad-column':
      return vi
        ? `${q(p.text)}: cột phải là chữ cái (A–XFD) hoặc “-” (không có cột)`
        : `${q(p.text)}: a column is letters (A–XFD) or “-” (no such column)`;
    case 'bad-map':
      return vi
        ? `${q(p.text)} không phải dạng trường=CỘT (ví dụ lead=D)`
        : `${q(p.text)} is not field=COLUMN (e.g. lead=D)`;
    case 'bad-header-row':
      return vi
        ? `--header-row cần một số dòng (0 = không có dòng tiêu đề), nhận ${q(p.text)}`
        : `--header-row needs a row number (0 = no header row), got ${q(p.text)}`;
    case 'unknown-sheet':
      return vi
        ? `không có trang tính ${q(p.sheet)} (các trang: ${p.sheets.map(q).join(', ')})`
        : `no sheet named ${q(p.sheet)} (sheets: ${p.sheets.map(q).join(', ')})`;
    case 'column-outside':
      return vi
        ? `cột ${p.column} (${p.field}) nằm ngoài bảng ${sheetRef(p.sheet, p.range)}`
        : `column ${p.column} (${p.field}) is outside the table ${sheetRef(p.sheet, p.range)}`;
    case 'header-outside':
      return vi
        ? `dòng tiêu đề ${p.row} nằm ngoài bảng ${sheetRef(p.sheet, p.range)}`
        : `header row ${p.row} is outside the table ${sheetRef(p.sheet, p.range)}`;
    case 'bad-config':
      return vi
        ? `tệp cấu hình ${q(p.path)} không hợp lệ: ${p.detail}`
        : `config ${q(p.path)} is not valid: ${p.detail}`;
    case 'bad-config-entry':
      return vi
        ? `tệp cấu hình ${q(p.path)}, mục ${q(p.pattern)}: ${detail(lang, p.detail)}`
        : `config ${q(p.path)}, entry ${q(p.pattern)}: ${detail(lang, p.detail)}`;
  }
}

const detail = (lang: Lang, d: string | CorrectionProblem) => (typeof d === 'string' ? d : correctionMessage(lang, d));

/** Why the report workbook cannot be written where --out says, in one line, in `lang`. */
export function outputMessage(lang: Lang, p: OutputProblem): string {
  const vi = lang === 'vi';
  const out = q(p.out);
  switch (p.kind) {
    case 'out-is-input':
      return vi
        ? `--out ${out} là tệp đang được quét (${q(p.input)}): báo cáo sẽ ghi đè lên nó; hãy đặt tên khác`
        : `--out ${out} is a file being scanned (${q(p.input)}): the report would replace it; give another name`;
    case 'out-exists':
      return vi
        ? `--out ${out} đã có: báo cáo không ghi đè tệp có sẵn; hãy đặt tên khác hoặc thêm --force để thay thế`
        : `--out ${out} already exists: the report does not replace a file; give another name or add --force to replace it`;
    case 'out-is-folder':
      return vi
        ? `--out ${out} là một thư mục, không phải tệp: hãy nêu tên tệp báo cáo, ví dụ ${p.out.replace(/[\\/]+$/, '')}/bao-cao.xlsx`
        : `--out ${out} is a folder, not a file: name the report file, e.g. ${p.out.replace(/[\\/]+$/, '')}/report.xlsx`;
    case 'not-xlsx':
      return vi
        ? `--out ${out}: báo cáo là một sổ làm việc Excel, tên tệp phải có đuôi .xlsx (ví dụ bao-cao.xlsx)`
        : `--out ${out}: the report is an Excel workbook, its file name needs to end in .xlsx (e.g. report.xlsx)`;
    case 'missing-folder':
      return vi
        ? `--out ${out}: không có thư mục ${q(p.folder)}; hãy tạo nó trước`
        : `--out ${out}: there is no folder ${q(p.folder)}; create it first`;
    case 'folder-read-only':
      return vi
        ? `--out ${out}: không có quyền ghi vào thư mục ${q(p.folder)}`
        : `--out ${out}: the folder ${q(p.folder)} cannot be written to`;
    case 'out-read-only':
      return vi
        ? `--out ${out} chỉ đọc (không ghi được): hãy bỏ thuộc tính chỉ đọc hoặc đặt tên khác`
        : `--out ${out} is read-only: clear its read-only flag or give another name`;
    case 'write-failed':
      return vi
        ? `không ghi được báo cáo ${out}; tệp cũ (nếu có) vẫn nguyên\nChi tiết: ${p.cause}`
        : `cannot write the report ${out}; the old file (if any) is untouched\nDetails: ${p.cause}`;
  }
}
