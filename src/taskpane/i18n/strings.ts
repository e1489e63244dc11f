/** The task pane's words, Vietnamese first. Engine messages (issues, states, fields) come from src/core/i18n. */
import type { Capability } from '../../workbookPort/workbookPort';
import type { HostErrorCode } from '../../workbookPort/hostError';
import type { HighlightKind } from '../../core/plans/highlightPlan';
import type { Lang } from '../../core/i18n/lang';
import { countOf } from '../../core/i18n/plural';
import type { SelectionProblem } from '../../core/scan/selection';
import type { UndoKind } from '../state/useTracker';

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
  /** Before a year written alone: “năm 2026”. */
  yearWord: 'năm',
  taskCount: (n: number) => `${n} nhiệm vụ`,
  mapping: 'Ánh xạ cột',
  confidence: (p: number) => `chắc chắn ${p}%`,
  userSet: 'do bạn chọn',
  pleaseConfirm: 'cần xác nhận',
  foundByBody: 'Bảng được nhận ra từ nội dung các dòng (không đọc được tiêu đề): hãy kiểm tra ánh xạ cột.',
  useSelection: 'Dùng vùng đang chọn làm bảng Phụ lục',
  tableAdded: (sheet: string, range: string) =>
    `Đã lấy vùng ${range} (trang "${sheet}") làm bảng Phụ lục. Kiểm tra dòng tiêu đề và ánh xạ cột bên dưới.`,
  badSelection: {
    'several-areas': 'Hãy chọn một vùng liền nhau trên một trang tính (không chọn nhiều vùng hay nhiều trang).',
    'whole-sheet': 'Vùng chọn là cả trang tính (hoặc cả cột, cả dòng): hãy chọn đúng vùng của bảng.',
    'one-cell': 'Ô đang chọn không nằm trong một bảng: hãy chọn vùng của bảng, hoặc một ô bên trong bảng.',
    'one-column': 'Vùng chọn chỉ có một cột: một bảng Phụ lục cần ít nhất hai cột.',
    'no-text': 'Vùng chọn không có chữ nào: hãy chọn vùng có tiêu đề và nội dung của bảng.',
  } as Record<SelectionProblem, string>,
  headerRow: 'Dòng tiêu đề',
  headerRowOption: (row: number, text: string) => `Dòng ${row}${text ? `: ${text}` : ''}`.slice(0, 70),
  noHeaderRow: 'Không có dòng tiêu đề',
  headerRowFor: (table: string) => `Dòng tiêu đề của bảng ${table}`,
  notAppendix: 'Không phải Phụ lục',
  foundByUser: 'Bảng do bạn chỉ ra.',
  undo: 'Hoàn tác',
  undoWhat: {
    add: 'Hoàn tác: thêm bảng',
    header: 'Hoàn tác: đổi dòng tiêu đề',
    column: 'Hoàn tác: đổi cột',
    dismiss: 'Hoàn tác: bỏ bảng',
  } as Record<UndoKind, string>,
  undone: {
    add: 'Đã bỏ bảng vừa thêm.',
    header: 'Đã trả lại dòng tiêu đề như trước.',
    column: 'Đã trả lại ánh xạ cột như trước.',
    dismiss: 'Đã đưa bảng trở lại.',
  } as Record<UndoKind, string>,
  correctionsLost: (ranges: string) =>
    `Vùng của các bảng bạn đã chỉnh không còn trong sổ làm việc (đã bị xóa): ${ranges}. Các chỉnh sửa đó đã được bỏ.`,
  notMapped: '(không có)',
  mappingFor: (field: string) => `Cột cho "${field}"`,
  /** The list's heading: errors and warnings are the problems; information items are counted apart. */
  issues: (problems: number, infos: number) => `Vấn đề (${problems})${infos ? ` · ${infos} thông tin` : ''}`,
  filterAll: 'Tất cả',
  noIssues: 'Không có vấn đề nào.',
  issueAt: (cell: string, no: string | null) => (no ? `Ô ${cell} · STT ${no}` : `Ô ${cell}`),
  legend: 'Chú giải đánh dấu',
  /** One kind's count, in what it counts (tasks, or cells for errors): the legend and the notice say the same. */
  highlightCount: (kind: HighlightKind, n: number) =>
    ({
      overdue: `${n} nhiệm vụ quá hạn`,
      'due-soon': `${n} nhiệm vụ sắp đến hạn`,
      unassigned: `${n} nhiệm vụ chưa giao chủ trì`,
      error: `${n} ô có lỗi`,
    })[kind],
  highlighted: (counts: string[]) => `Đã tô màu ${counts.join(' · ')} (xem chú giải).`,
  nothingToHighlight: 'Không có nhiệm vụ quá hạn, sắp đến hạn, chưa giao chủ trì hay ô có lỗi nào để tô màu.',
  cleared: (n: number) => `Đã xóa ${n} định dạng đánh dấu của add-in; định dạng của bạn giữ nguyên.`,
  written: 'Đã ghi:',
  writtenTasks: (tasks: number) => `${tasks} nhiệm vụ, mỗi nhiệm vụ một dòng (bảng Excel có bộ lọc)`,
  writtenByLead: 'tổng hợp theo cơ quan chủ trì',
  writtenByLeader: 'theo lãnh đạo chỉ đạo',
  writtenPerTable: (tables: number) => `theo cơ quan chủ trì của từng bảng (${tables} bảng)`,
  writtenPivots: (n: number) => `${n} PivotTable`,
  writtenChart: 'biểu đồ nhiệm vụ quá hạn theo cơ quan chủ trì',
  writtenChartData: 'số liệu của biểu đồ nhiệm vụ quá hạn (chưa vẽ biểu đồ)',
  openSheet: 'Mở trang',
  openSheetNamed: (sheet: string) => `Mở trang “${sheet}”`,
  trackingAdded: (a: string, b: string) => `Đã thêm cột ${a} (tình hình thực hiện) và ${b} (ngày hoàn thành).`,
  stale: 'Bảng đã được sửa sau lần quét trước: kết quả có thể đã cũ.',
  staleAction: 'Quét lại',
  counts: (tasks: number, errors: number, warnings: number, infos: number) =>
    `${tasks} nhiệm vụ · ${errors} lỗi · ${warnings} cảnh báo · ${infos} thông tin`,
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
    'cell-editing':
      'Bạn đang sửa một ô nên Excel chưa nhận lệnh. Nhấn Enter (giữ nội dung vừa gõ) hoặc Esc (bỏ) để rời ô, rồi bấm Thử lại; kết quả trong ngăn vẫn được giữ.',
    'api-missing': 'Phiên bản Excel này thiếu chức năng cần cho thao tác này.',
    'too-large': 'Dữ liệu quá lớn cho một lần gửi tới Excel. Hãy thử lại; nếu vẫn lỗi, chia bảng thành nhiều trang.',
    'workbook-too-large': 'Sổ làm việc quá lớn để đọc.',
    busy: 'Excel đang bận hoặc chưa xử lý được yêu cầu. Kết quả trong ngăn vẫn được giữ; hãy chờ một lát rồi bấm Thử lại.',
    'columns-not-empty':
      'Các ô bên phải bảng đã có dữ liệu hoặc quy tắc nhập liệu (Data Validation); add-in không ghi đè. Hãy chèn hai cột trống rồi thử lại.',
    'not-found': 'Không tìm thấy trang tính hoặc ô (có thể đã bị đổi tên hoặc xóa). Hãy quét lại.',
    'sheet-gone': 'Một trang tính của lần quét trước đã bị xóa hoặc đổi; hãy quét lại. Add-in không ghi gì.',
    'table-moved':
      'Bảng đã dịch chuyển kể từ lần quét (có dòng được chèn hoặc xóa phía trên hay bên trong bảng); add-in không ghi để khỏi ghi nhầm dòng. Hãy quét lại.',
    unknown: 'Đã có lỗi không mong muốn; dữ liệu của bạn không bị thay đổi.',
  } as Record<HostErrorCode, string>,
  /** The subject of a read-limit refusal: "Sổ làm việc quá lớn để đọc: …". */
  workbookIs: 'Sổ làm việc',
  /** The two failures about one sheet, naming it (the errors above are their fallbacks). */
  sheetGone: (sheet: string) =>
    `Trang tính “${sheet}” đã bị xóa hoặc đổi; hãy quét lại. Add-in không ghi gì vào sổ làm việc.`,
  tableMoved: (sheet: string) =>
    `Bảng trên trang tính “${sheet}” đã dịch chuyển kể từ lần quét (có dòng được chèn hoặc xóa phía trên hay bên trong bảng); add-in không ghi để khỏi ghi nhầm dòng. Hãy quét lại.`,
  retry: 'Thử lại',
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
  yearWord: 'year',
  taskCount: (n) => countOf('en', n, TASKS),
  mapping: 'Column mapping',
  confidence: (p) => `${p}% sure`,
  userSet: 'set by you',
  pleaseConfirm: 'please confirm',
  foundByBody: 'Found from its rows (no header recognised): please check the column mapping.',
  useSelection: 'Use the selection as an appendix table',
  tableAdded: (sheet: string, range: string) =>
    `Range ${range} (sheet "${sheet}") is now an appendix table. Check its header row and column mapping below.`,
  badSelection: {
    'several-areas': 'Select one block of cells on one sheet (not several areas or sheets).',
    'whole-sheet': 'The selection is the whole sheet (or whole rows or columns): select the table’s range.',
    'one-cell': 'The selected cell is not inside a table: select the table’s range, or a cell inside it.',
    'one-column': 'The selection has a single column: an appendix table needs at least two.',
    'no-text': 'The selection holds no text: select the range with the table’s header and rows.',
  },
  headerRow: 'Header row',
  headerRowOption: (row: number, text: string) => `Row ${row}${text ? `: ${text}` : ''}`.slice(0, 70),
  noHeaderRow: 'No header row',
  headerRowFor: (table: string) => `Header row of table ${table}`,
  notAppendix: 'Not an appendix',
  foundByUser: 'A table you pointed out.',
  undo: 'Undo',
  undoWhat: {
    add: 'Undo: add table',
    header: 'Undo: header row',
    column: 'Undo: column',
    dismiss: 'Undo: dismiss table',
  },
  undone: {
    add: 'The table just added was removed.',
    header: 'The header row is back as it was.',
    column: 'The column mapping is back as it was.',
    dismiss: 'The table is back.',
  },
  correctionsLost: (ranges: string) =>
    `The ranges of tables you corrected are gone from the workbook (deleted): ${ranges}. Those corrections were dropped.`,
  notMapped: '(none)',
  mappingFor: (field) => `Column for "${field}"`,
  issues: (problems, infos) => `Issues (${problems})${infos ? ` · ${infos} information` : ''}`,
  filterAll: 'All',
  noIssues: 'No issues.',
  issueAt: (cell, no) => (no ? `Cell ${cell} · No. ${no}` : `Cell ${cell}`),
  legend: 'Highlight legend',
  highlightCount: (kind, n) =>
    ({
      overdue: countOf('en', n, { one: 'overdue task', other: 'overdue tasks' }),
      'due-soon': countOf('en', n, { one: 'task due soon', other: 'tasks due soon' }),
      unassigned: countOf('en', n, { one: 'task with no lead agency', other: 'tasks with no lead agency' }),
      error: countOf('en', n, { one: 'cell with an error', other: 'cells with an error' }),
    })[kind],
  highlighted: (counts) => `Coloured ${counts.join(' · ')} (see the legend).`,
  nothingToHighlight:
    'No task overdue, due soon or without a lead agency, and no cell with an error: nothing to colour.',
  cleared: (n) => `Removed ${n} highlight formats added by the add-in; your formatting is unchanged.`,
  written: 'Written:',
  writtenTasks: (tasks) => `${countOf('en', tasks, TASKS)}, one row each (an Excel table with filters)`,
  writtenByLead: 'summary by lead agency',
  writtenByLeader: 'by supervising leader',
  writtenPerTable: (tables) => `by lead agency for each table (${tables} tables)`,
  writtenPivots: (n) => countOf('en', n, { one: 'PivotTable', other: 'PivotTables' }),
  writtenChart: 'a chart of overdue tasks per lead agency',
  writtenChartData: 'the data of the overdue-tasks chart (no chart drawn)',
  openSheet: 'Open',
  openSheetNamed: (sheet) => `Open the sheet “${sheet}”`,
  trackingAdded: (a, b) => `Added columns ${a} (status) and ${b} (completion date).`,
  stale: 'The table changed since the last scan: results may be out of date.',
  staleAction: 'Rescan',
  counts: (tasks, errors, warnings, infos) =>
    [
      countOf('en', tasks, TASKS),
      countOf('en', errors, { one: 'error', other: 'errors' }),
      countOf('en', warnings, { one: 'warning', other: 'warnings' }),
      `${infos} information`,
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
    'cell-editing':
      'A cell is being edited, so Excel cannot take the request. Press Enter (keep what you typed) or Esc (discard it) to leave the cell, then press Try again; the results in the pane are kept.',
    'api-missing': 'This version of Excel lacks a feature this action needs.',
    'too-large':
      'Too much data for one request to Excel. Try again; if it still fails, split the table over several sheets.',
    'workbook-too-large': 'The workbook is too large to read.',
    busy: 'Excel is busy or could not handle the request. The results in the pane are kept; wait a moment, then press Try again.',
    'columns-not-empty':
      'The cells right of the table hold data or a data validation rule; the add-in does not overwrite them. Insert two empty columns and try again.',
    'not-found': 'The sheet or cell was not found (it may have been renamed or deleted). Scan again.',
    'sheet-gone': 'A sheet of the last scan was deleted or changed; scan again. The add-in wrote nothing.',
    'table-moved':
      'The table has moved since the scan (rows were inserted or deleted above or inside it); the add-in wrote nothing rather than write into the wrong rows. Scan again.',
    unknown: 'Something unexpected went wrong; your data was not changed.',
  },
  workbookIs: 'The workbook is',
  sheetGone: (sheet) =>
    `The sheet “${sheet}” was deleted or changed; scan again. The add-in wrote nothing to the workbook.`,
  tableMoved: (sheet) =>
    `The table on the sheet “${sheet}” has moved since the scan (rows were inserted or deleted above or inside it); the add-in wrote nothing rather than write into the wrong rows. Scan again.`,
  retry: 'Try again',
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
