/**
 * The command line's words: the text output in Vietnamese and English, and the usage text and usage
 * errors (English only, like the option names they explain).
 */
import type { Lang } from '../core/i18n/lang';
import { CANONICAL_FIELDS } from '../core/report/schema';
import type { OutputProblem } from './outputTarget';
import { WEAK_BELOW } from '../core/merge/matchTasks';

const FIELD_NAMES = CANONICAL_FIELDS.join(', ');

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

export const USAGE = `Usage: appendix-tracker scan FILE... [--as-of DD/MM/YYYY] [--due-soon-days N] [--lang vi|en]
                        [--json [--pretty]] [--out report.xlsx [--force]] [--leaders leaders.json] [--all]
                        [--no-limits] [--table "Sheet!A5:H80" [--header-row N] [--map lead=D,...]]... [--header-row N]
                        [--map field=COL,...] [--ignore "Sheet!A1:F20"]... [--config corrections.json]

  FILE               .xlsx, .csv or .tsv workbooks holding appendix ("Phụ lục") task tables
  --as-of DATE       reference date for overdue / due soon, DD/MM/YYYY or YYYY-MM-DD (default: today)
  --due-soon-days N  due-soon window in days (default: 7)
  --lang vi|en       language of messages (default: vi)
  --json             print the scan report (contract version 1) as JSON, streamed, compact
  --pretty           with --json: indent the JSON by 2 spaces, for people
  --out FILE.xlsx    also write a report workbook (tasks, issues, summaries); never over a file being
                     scanned (by any path or link), nor over an existing file unless --force
  --force            with --out: replace the report workbook if it exists
  --leaders FILE     JSON object mapping lead agency → supervising leader, for tables without a leader column
  --all              list informational findings too (default: counted, not listed)
  --no-limits        read a workbook past the read limits (2,000,000 cells, 200 MB uncompressed,
                     1,000,000 merged cells …; see README): only for a file you trust, with the memory
  --table RANGE      take this range as an appendix table ("Sheet!A5:H80", "'My sheet'!A1:H9"); repeatable
  --header-row N     after a --table: its header row (1-based sheet row, 0 = none; default: proposed);
                     before any --table: the default for every --table without its own
  --map F=COL,...    re-point fields to columns (lead=D,deadline=F,leader=-); after a --table: for that
                     table; before any --table: for every table found. Fields: ${FIELD_NAMES}
  --ignore RANGE     the table at this range is not an appendix; repeatable
  --config FILE      JSON corrections per file (see README); flags win over it, it wins over the
                     corrections stored in a workbook by the add-in

       appendix-tracker split MASTER.xlsx --out DIR [--agency NAME]... [--lang vi|en] [--force] [--as-of DATE]

  one workbook per lead agency into DIR (made if missing): its tasks with the master's columns, the
  columns to fill (status, completion date, result), a hidden key per task, an instruction sheet
  --agency NAME      only this agency (any spelling of its name, or its key); repeatable (default: all)
  --force            replace a workbook already in DIR (never the master)

       appendix-tracker merge MASTER.xlsx RETURNED.xlsx... [--out merged.xlsx [--force]] [--overwrite]
                              [--min-confidence X] [--json] [--lang vi|en] [--as-of DATE]

  the agencies' returned workbooks into a copy of the master: prints every change (old → new per
  cell), the matches to review, returned tasks with no master task, unreported tasks per agency and
  conflicting reports; writes the copy to --out (without --out: only prints). The master is never written.
  --overwrite        also change cells that hold something else, and take the latest of conflicting reports
  --min-confidence X apply weak matches whose confidence is at least X (0–1; default ${WEAK_BELOW}: none of them)
  --json             print the merge plan as JSON instead of text`;

/** Why the arguments were refused: shown above the usage text. */
export const usageText = {
  unknownCommand: (command: string) => `unknown command “${command}”`,
  missingCommand: 'missing command “scan”',
  noFile: 'no file given',
  badAsOf: (asOf: string) => `--as-of needs a date as DD/MM/YYYY or YYYY-MM-DD, got “${asOf}”`,
  badDueSoonDays: (raw: string) => `--due-soon-days needs a whole number 0–365, got “${raw}”`,
  badLang: (lang: string, langs: readonly Lang[]) => `--lang is ${langs.join(' or ')}, got “${lang}”`,
  prettyWithoutJson: '--pretty applies to --json only',
  badOut: (out: string) => `--out needs a .xlsx file name, got “${out}”`,
  forceWithoutOut: '--force applies to --out only',
  badLeadersFile: (path: string, reason: string) => `--leaders ${path}: ${reason}`,
  badLeadersShape: (path: string) => `--leaders ${path}: expected a JSON object of "lead agency": "leader" strings`,
  splitOneMaster: (n: number) => `split takes one master workbook, got ${n}`,
  splitNeedsOut: 'split needs --out DIR: the folder the workbooks go into',
  mergeNeedsFiles: 'merge needs the master workbook and at least one returned workbook',
  badMinConfidence: (raw: string) => `--min-confidence needs a number from 0 to 1, got “${raw}”`,
};

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

const q = (s: string) => `“${s}”`;

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
      return vi ? `--out ${out} là một thư mục, không phải tệp .xlsx` : `--out ${out} is a folder, not an .xlsx file`;
    case 'out-not-folder':
      return vi
        ? `--out ${out} là một tệp, không phải thư mục để ghi các tệp tách`
        : `--out ${out} is a file, not a folder for the split workbooks`;
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

/** The words of `split` and `merge` in the terminal. */
const REPORTING_VI = {
  splitHeading: (master: string, n: number, dir: string) =>
    `Tách “${master}” theo đơn vị chủ trì: ${n} tệp vào “${dir}”`,
  splitFile: (file: string, agency: string, tasks: number) => `${file} — ${agency}: ${tasks} nhiệm vụ`,
  unassigned: (n: number) => `Nhiệm vụ chưa giao chủ trì (không vào tệp nào): ${n}`,
  unknownAgency: (names: string[], known: string[]) =>
    `không có đơn vị ${names.map((n) => `“${n}”`).join(', ')} trong bảng; các đơn vị: ${known.join('; ')}`,
  noAgency: 'bảng không có nhiệm vụ nào đã giao chủ trì: không có tệp nào để tách',
  noTable: (file: string) => `không tìm thấy bảng phụ lục nhiệm vụ nào trong “${file}”`,
  masterNotWorkbook: (file: string) =>
    `“${file}” là tệp văn bản (CSV/TSV): cần bảng tổng hợp dạng .xlsx để ghi kết quả; hãy lưu nó thành .xlsx`,
  mergeHeading: (master: string, n: number, date: string) => `Tổng hợp ${n} tệp báo cáo vào “${master}” (ngày ${date})`,
  fileLine: (name: string, agency: string, how: string, tasks: number, matched: number) =>
    `${name} — ${agency} (${how}): ${tasks} nhiệm vụ, khớp ${matched}`,
  agencySource: { 'split-file': 'tệp tách', 'lead-column': 'theo cột chủ trì', 'file-name': 'theo tên tệp' },
  applied: (n: number, of: number) => `Thay đổi sẽ ghi: ${n} ô (trên ${of})`,
  pending: (n: number) => `Cần xác nhận, chưa ghi: ${n} ô`,
  pendingHint:
    'dùng --overwrite để ghi ô đã có giá trị và báo cáo khác nhau; --min-confidence để nhận các khớp chưa chắc',
  review: (n: number) => `Khớp cần xem lại: ${n}`,
  unmatched: (n: number) => `Nhiệm vụ gửi về không có trong bảng tổng hợp: ${n}`,
  conflicts: (n: number) => `Báo cáo khác nhau về cùng một nhiệm vụ: ${n}`,
  badDates: (n: number) => `Ngày hoàn thành không đọc được (không ghi): ${n}`,
  unreported: (n: number) => `Chưa có báo cáo (theo đơn vị chủ trì): ${n} nhiệm vụ`,
  nothing: 'Không có gì thay đổi.',
  wrote: (file: string, n: number) => `Đã ghi “${file}”: ${n} ô thay đổi (tệp gốc không bị sửa)`,
  preview: 'Chưa ghi tệp nào (không có --out).',
  empty: '(trống)',
  row: 'dòng',
  confidence: 'độ tin cậy',
  reasons: {
    key: 'theo khóa',
    'stt-text': 'theo STT và nội dung',
    text: 'theo nội dung',
    stt: 'theo STT',
    user: 'do người dùng chọn',
    none: 'không khớp',
  },
  confirm: {
    'non-empty': 'ô đã có giá trị khác',
    conflict: 'các đơn vị báo cáo khác nhau',
    'weak-match': 'khớp chưa chắc',
    'ambiguous-match': 'khớp chưa rõ',
  },
  flags: {
    weak: 'chưa chắc',
    ambiguous: (no: string) => `có thể là STT ${no}`,
    duplicate: 'dòng lặp trong tệp',
    keyLost: 'khóa không còn trong bảng tổng hợp',
  },
  reportsNothing: 'không báo cáo gì',
};

const REPORTING_EN: typeof REPORTING_VI = {
  splitHeading: (master, n, dir) => `Split “${master}” by lead agency: ${n} files into “${dir}”`,
  splitFile: (file, agency, tasks) => `${file} — ${agency}: ${tasks} tasks`,
  unassigned: (n) => `Tasks without a lead agency (in no file): ${n}`,
  unknownAgency: (names, known) =>
    `no agency ${names.map((n) => `“${n}”`).join(', ')} in the table; the agencies are: ${known.join('; ')}`,
  noAgency: 'no task of the table has a lead agency: there is nothing to split',
  noTable: (file) => `no appendix task table found in “${file}”`,
  masterNotWorkbook: (file) =>
    `“${file}” is a text file (CSV/TSV): the merge writes into an .xlsx master; save it as .xlsx first`,
  mergeHeading: (master, n, date) => `Merging ${n} returned files into “${master}” (on ${date})`,
  fileLine: (name, agency, how, tasks, matched) => `${name} — ${agency} (${how}): ${tasks} tasks, ${matched} matched`,
  agencySource: {
    'split-file': 'split file',
    'lead-column': 'from its lead column',
    'file-name': 'from its file name',
  },
  applied: (n, of) => `Changes to write: ${n} cells (of ${of})`,
  pending: (n) => `To confirm, not written: ${n} cells`,
  pendingHint:
    'use --overwrite to write over cells that hold something and conflicting reports; --min-confidence to take weak matches',
  review: (n) => `Matches to review: ${n}`,
  unmatched: (n) => `Returned tasks with no master task: ${n}`,
  conflicts: (n) => `Conflicting reports on one task: ${n}`,
  badDates: (n) => `Completion dates that could not be read (not written): ${n}`,
  unreported: (n) => `Not reported on (by lead agency): ${n} tasks`,
  nothing: 'Nothing to change.',
  wrote: (file, n) => `Wrote “${file}”: ${n} cells changed (the master is untouched)`,
  preview: 'No file written (no --out).',
  empty: '(empty)',
  row: 'row',
  confidence: 'confidence',
  reasons: {
    key: 'by key',
    'stt-text': 'by STT and text',
    text: 'by text',
    stt: 'by STT',
    user: 'chosen by the user',
    none: 'no match',
  },
  confirm: {
    'non-empty': 'the cell holds something else',
    conflict: 'the agencies disagree',
    'weak-match': 'weak match',
    'ambiguous-match': 'ambiguous match',
  },
  flags: {
    weak: 'weak',
    ambiguous: (no) => `could be STT ${no}`,
    duplicate: 'a row repeated in the file',
    keyLost: 'its key is no longer in the master',
  },
  reportsNothing: 'reports nothing',
};

export function reportingText(lang: Lang): typeof REPORTING_VI {
  return lang === 'en' ? REPORTING_EN : REPORTING_VI;
}
