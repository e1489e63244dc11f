/**
 * The command line's words: the text output in Vietnamese and English, and the usage text and usage
 * errors (English only, like the option names they explain).
 */
import type { Lang } from '../core/i18n/lang';

const VI = {
  asOf: 'Tính đến ngày',
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

export const USAGE = `Usage: appendix-tracker scan FILE... [--as-of YYYY-MM-DD] [--due-soon-days N] [--lang vi|en]
                        [--json] [--out report.xlsx] [--leaders leaders.json] [--all]

  FILE               .xlsx, .csv or .tsv workbooks holding appendix ("Phụ lục") task tables
  --as-of DATE       reference date for overdue / due soon (default: today)
  --due-soon-days N  due-soon window in days (default: 7)
  --lang vi|en       language of messages (default: vi)
  --json             print the scan report (contract version 1) as JSON
  --out FILE.xlsx    also write a report workbook (tasks, issues, summaries)
  --leaders FILE     JSON object mapping lead agency → supervising leader, for tables without a leader column
  --all              list informational findings too (default: counted, not listed)`;

/** Why the arguments were refused: shown above the usage text. */
export const usageText = {
  unknownCommand: (command: string) => `unknown command “${command}”`,
  missingCommand: 'missing command “scan”',
  noFile: 'no file given',
  badAsOf: (asOf: string) => `--as-of needs a date as YYYY-MM-DD, got “${asOf}”`,
  badDueSoonDays: (raw: string) => `--due-soon-days needs a whole number 0–365, got “${raw}”`,
  badLang: (lang: string, langs: readonly Lang[]) => `--lang is ${langs.join(' or ')}, got “${lang}”`,
  badOut: (out: string) => `--out needs a .xlsx file name, got “${out}”`,
  badLeadersFile: (path: string, reason: string) => `--leaders ${path}: ${reason}`,
  badLeadersShape: (path: string) => `--leaders ${path}: expected a JSON object of "lead agency": "leader" strings`,
};
