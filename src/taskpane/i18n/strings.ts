/** The task pane's words, Vietnamese first. Engine messages (issues, states, fields) come from src/core/i18n. */
import type { Capability } from '../../workbookPort/workbookPort';
import type { HostErrorCode } from '../../workbookPort/hostError';
import type { HighlightKind } from '../../core/plans/highlightPlan';
import type { Lang } from '../../core/i18n/lang';
import { countOf } from '../../core/i18n/plural';

const TASKS = { one: 'task', other: 'tasks' };

const vi = {
  appTitle: 'Theo dõi Phụ lục',
  scan: 'Quét',
  rescan: 'Quét lại',
  highlight: 'Đánh dấu',
  clearHighlight: 'Xóa đánh dấu',
  summarise: 'Tổng hợp',
  addTracking: 'Thêm cột theo dõi',
  language: 'English',
  languageLabel: 'Ngôn ngữ',
  settings: 'Thiết lập',
  asOf: 'Tính đến ngày',
  asOfToday: 'Hôm nay',
  dueSoonDays: 'Sắp đến hạn trong (ngày)',
  leaderMapping: 'Cơ quan chủ trì → Lãnh đạo chỉ đạo (cho bảng không có cột lãnh đạo)',
  leaderPlaceholder: 'Lãnh đạo chỉ đạo',
  save: 'Lưu thiết lập',
  saved: 'Đã lưu thiết lập vào sổ làm việc.',
  reading: (sheet: string, done: number, total: number) => `Đang đọc "${sheet}": ${done}/${total} dòng`,
  working: 'Đang xử lý…',
  noTables:
    'Không tìm thấy bảng phụ lục nào (cần dòng tiêu đề có các cột như STT, Nhiệm vụ, Thời hạn, Cơ quan chủ trì).',
  notScanned: 'Bấm "Quét" để tìm các bảng phụ lục trong sổ làm việc.',
  tables: (n: number) => `Bảng phụ lục (${n})`,
  tableLine: (sheet: string, range: string) => `Trang "${sheet}", vùng ${range}`,
  documentDate: 'Ngày văn bản',
  taskCount: (n: number) => `${n} nhiệm vụ`,
  mapping: 'Ánh xạ cột',
  confidence: (p: number) => `chắc chắn ${p}%`,
  userSet: 'do bạn chọn',
  pleaseConfirm: 'cần xác nhận',
  foundByBody: 'Bảng được nhận ra từ nội dung các dòng (không đọc được tiêu đề): hãy kiểm tra ánh xạ cột.',
  notMapped: '(không có)',
  mappingFor: (field: string) => `Cột cho "${field}"`,
  issues: (n: number) => `Vấn đề (${n})`,
  filterAll: 'Tất cả',
  noIssues: 'Không có vấn đề nào.',
  issueAt: (cell: string, no: string | null) => (no ? `Ô ${cell} · STT ${no}` : `Ô ${cell}`),
  legend: 'Chú giải đánh dấu',
  legendKinds: {
    overdue: 'Quá hạn',
    'due-soon': 'Sắp đến hạn',
    unassigned: 'Chưa giao chủ trì',
    error: 'Ô có lỗi',
  } as Record<HighlightKind, string>,
  highlighted: (n: number) => `Đã đánh dấu ${n} vùng.`,
  cleared: (n: number) => `Đã xóa ${n} định dạng đánh dấu của add-in; định dạng của bạn giữ nguyên.`,
  summarised: (tasks: string, summary: string) => `Đã ghi trang "${tasks}" và "${summary}".`,
  trackingAdded: (a: string, b: string) => `Đã thêm cột ${a} (tình hình thực hiện) và ${b} (ngày hoàn thành).`,
  stale: 'Bảng đã được sửa sau lần quét trước: kết quả có thể đã cũ.',
  staleAction: 'Quét lại',
  counts: (tasks: number, errors: number, warnings: number) =>
    `${tasks} nhiệm vụ · ${errors} lỗi · ${warnings} cảnh báo`,
  summaryTitle: 'Tổng quan',
  missing: {
    conditionalFormats: 'định dạng có điều kiện',
    multiAreaRanges: 'vùng nhiều khối',
    pivotTables: 'PivotTable',
    charts: 'biểu đồ',
    dataValidation: 'danh sách thả xuống',
    changeEvents: 'theo dõi thay đổi',
    cellProperties: 'định dạng từng ô',
    mergedAreas: 'ô gộp',
  } as Record<Capability, string>,
  hostLacks: (what: string) =>
    `Nơi đang chạy add-in (phiên bản Excel này hoặc trang dùng thử) chưa hỗ trợ: ${what}. Add-in đã làm những gì được phép.`,
  errors: {
    protected:
      'Trang tính đang được bảo vệ. Hãy bỏ bảo vệ (Review → Unprotect Sheet) rồi thử lại; dữ liệu không bị thay đổi.',
    'cell-editing': 'Bạn đang sửa một ô. Nhấn Enter hoặc Esc để kết thúc rồi thử lại.',
    'api-missing': 'Phiên bản Excel này thiếu chức năng cần cho thao tác này.',
    'too-large': 'Dữ liệu quá lớn cho một lần gửi tới Excel. Hãy thử lại; nếu vẫn lỗi, chia bảng thành nhiều trang.',
    busy: 'Excel đang bận. Hãy chờ một lát rồi thử lại.',
    'columns-not-empty': 'Các ô bên phải bảng đã có dữ liệu; add-in không ghi đè. Hãy chèn hai cột trống rồi thử lại.',
    'not-found': 'Không tìm thấy trang tính hoặc ô (có thể đã bị đổi tên hoặc xóa). Hãy quét lại.',
    unknown: 'Đã có lỗi không mong muốn; dữ liệu của bạn không bị thay đổi.',
  } as Record<HostErrorCode, string>,
  errorDetail: 'Chi tiết',
  dismiss: 'Đóng',
  severityFilter: 'Lọc theo mức độ',
  issueListLabel: 'Danh sách vấn đề, bấm để chọn ô',
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Appendix Tracker',
  scan: 'Scan',
  rescan: 'Rescan',
  highlight: 'Highlight',
  clearHighlight: 'Clear highlights',
  summarise: 'Summarise',
  addTracking: 'Add tracking columns',
  language: 'Tiếng Việt',
  languageLabel: 'Language',
  settings: 'Settings',
  asOf: 'As of',
  asOfToday: 'Today',
  dueSoonDays: 'Due soon within (days)',
  leaderMapping: 'Lead agency → supervising leader (for tables without a leader column)',
  leaderPlaceholder: 'Supervising leader',
  save: 'Save settings',
  saved: 'Settings saved in the workbook.',
  reading: (sheet, done, total) => `Reading "${sheet}": ${done}/${total} rows`,
  working: 'Working…',
  noTables: 'No appendix table found (a header row with columns such as No., Task, Deadline, Lead agency is needed).',
  notScanned: 'Click "Scan" to find the appendix tables in this workbook.',
  tables: (n) => `Appendix tables (${n})`,
  tableLine: (sheet, range) => `Sheet "${sheet}", range ${range}`,
  documentDate: 'Document date',
  taskCount: (n) => countOf('en', n, TASKS),
  mapping: 'Column mapping',
  confidence: (p) => `${p}% sure`,
  userSet: 'set by you',
  pleaseConfirm: 'please confirm',
  foundByBody: 'Found from its rows (no header recognised): please check the column mapping.',
  notMapped: '(none)',
  mappingFor: (field) => `Column for "${field}"`,
  issues: (n) => `Issues (${n})`,
  filterAll: 'All',
  noIssues: 'No issues.',
  issueAt: (cell, no) => (no ? `Cell ${cell} · No. ${no}` : `Cell ${cell}`),
  legend: 'Highlight legend',
  legendKinds: {
    overdue: 'Overdue',
    'due-soon': 'Due soon',
    unassigned: 'No lead agency',
    error: 'Cell with an error',
  },
  highlighted: (n) => `Highlighted ${n} ranges.`,
  cleared: (n) => `Removed ${n} highlight formats added by the add-in; your formatting is unchanged.`,
  summarised: (tasks, summary) => `Wrote sheets "${tasks}" and "${summary}".`,
  trackingAdded: (a, b) => `Added columns ${a} (status) and ${b} (completion date).`,
  stale: 'The table changed since the last scan: results may be out of date.',
  staleAction: 'Rescan',
  counts: (tasks, errors, warnings) =>
    [
      countOf('en', tasks, TASKS),
      countOf('en', errors, { one: 'error', other: 'errors' }),
      countOf('en', warnings, { one: 'warning', other: 'warnings' }),
    ].join(' · '),
  summaryTitle: 'Overview',
  missing: {
    conditionalFormats: 'conditional formats',
    multiAreaRanges: 'multi-area ranges',
    pivotTables: 'PivotTables',
    charts: 'charts',
    dataValidation: 'dropdown lists',
    changeEvents: 'change tracking',
    cellProperties: 'per-cell formats',
    mergedAreas: 'merged cells',
  },
  hostLacks: (what) =>
    `Where the add-in runs (this version of Excel, or the playground) does not support: ${what}. The add-in did what it allows.`,
  errors: {
    protected: 'The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again; nothing was changed.',
    'cell-editing': 'A cell is being edited. Press Enter or Esc to finish, then try again.',
    'api-missing': 'This version of Excel lacks a feature this action needs.',
    'too-large':
      'Too much data for one request to Excel. Try again; if it still fails, split the table over several sheets.',
    busy: 'Excel is busy. Wait a moment and try again.',
    'columns-not-empty':
      'The cells right of the table are not empty; the add-in does not overwrite them. Insert two empty columns and try again.',
    'not-found': 'The sheet or cell was not found (it may have been renamed or deleted). Scan again.',
    unknown: 'Something unexpected went wrong; your data was not changed.',
  },
  errorDetail: 'Details',
  dismiss: 'Dismiss',
  severityFilter: 'Filter by severity',
  issueListLabel: 'Issues; click one to select its cell',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Office's display language decides: English when Office runs in English, Vietnamese otherwise. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}
