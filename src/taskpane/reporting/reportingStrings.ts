/**
 * The words of "Tách theo đơn vị" and "Tổng hợp báo cáo", Vietnamese first: loaded with the panels and
 * the reporting chunk, not with the pane's first screen (which has only the two section titles).
 */
import type { ReportingField } from '../../core/i18n/reportingLabels';
import type { Lang } from '../../core/i18n/lang';
import type { ConfirmReason } from '../../core/merge/mergePlan';
import { countOf } from '../../core/i18n/plural';

const TASKS = { one: 'task', other: 'tasks' };

const vi = {
  split: {
    title: 'Tách theo đơn vị',
    intro: 'Mỗi cơ quan chủ trì nhận một sổ làm việc với các nhiệm vụ của mình, có cột để điền tình hình thực hiện.',
    prepare: 'Chọn đơn vị…',
    agencies: (n: number) => `Cơ quan chủ trì (${n})`,
    agency: (label: string, tasks: number) => `${label} (${tasks} nhiệm vụ)`,
    all: 'Chọn tất cả',
    none: 'Bỏ chọn tất cả',
    format: 'Tải về dưới dạng',
    zip: 'Một tệp .zip gồm tất cả',
    separate: 'Mỗi đơn vị một tệp .xlsx',
    open: 'Mở từng sổ làm việc trong Excel, rồi lưu lại (khi Excel không tải tệp về được)',
    opened: (names: readonly string[]) =>
      `Đã mở ${names.length} sổ làm việc mới trong Excel. Lưu từng sổ với tên: ${names.join('; ')}.`,
    download: (n: number) => `Tạo và tải ${n} tệp`,
    unassigned: (n: number) => `Nhiệm vụ chưa giao chủ trì (${n}): không có trong tệp nào, văn thư theo dõi riêng`,
    done: (n: number, zip: boolean) =>
      zip ? `Đã tạo ${n} sổ làm việc trong một tệp .zip.` : `Đã tạo ${n} sổ làm việc, mỗi đơn vị một tệp.`,
    zipName: (stem: string) => `${stem} - tach theo don vi.zip`,
  },
  merge: {
    title: 'Tổng hợp báo cáo',
    intro:
      'Chọn các tệp các đơn vị gửi lại (.xlsx). Add-in đối chiếu từng nhiệm vụ với bảng này và liệt kê các thay đổi để bạn duyệt trước khi ghi.',
    pick: 'Chọn các tệp báo cáo…',
    pickLabel: 'Các tệp báo cáo của đơn vị',
    fileFailed: 'Không đọc được:',
    notXlsx: (n: string) => `"${n}" không phải tệp .xlsx đọc được.`,
    textFile: (n: string) =>
      `"${n}" là tệp văn bản (CSV, TSV), không phải sổ làm việc: hãy mở bằng Excel, lưu thành .xlsx rồi chọn lại.`,
    details: 'Chi tiết',
    nothingRead: 'Không đọc được tệp nào trong các tệp đã chọn.',
    files: (n: number) => `Tệp đã đọc (${n})`,
    file: (agency: string, split: boolean, tasks: number, matched: number) =>
      `${agency} · ${split ? 'tệp đã tách' : 'bảng riêng của đơn vị'} · ${tasks} nhiệm vụ · khớp ${matched}`,
    review: (n: number) => `Cần xem lại đối chiếu (${n})`,
    reviewWhy: (weak: boolean, ambiguous: boolean, duplicate: boolean, keyLost: boolean) =>
      [weak && 'khớp yếu', ambiguous && 'nhiều khả năng', duplicate && 'trùng dòng', keyLost && 'mất khóa']
        .filter(Boolean)
        .join(', '),
    returnedTask: (agency: string, no: string, task: string) => `${agency} · STT ${no || '—'}: ${task}`,
    matchedTo: 'Khớp với nhiệm vụ',
    confirm: 'Đúng',
    noMatch: 'Không khớp',
    taskOption: (sheet: string, no: string, task: string) => `${sheet} · STT ${no || '—'}: ${task}`,
    changes: (n: number, ticked: number) => `Thay đổi (${n}) · sẽ ghi ${ticked}`,
    change: (no: string, task: string, field: string) => `STT ${no || '—'} · ${task} · ${field}`,
    oldNew: (old: string, now: string, from: string) => `${old || '(trống)'} → ${now} · từ ${from}`,
    needs: {
      'non-empty': 'ô đã có nội dung',
      conflict: 'các đơn vị báo khác nhau',
      'weak-match': 'khớp yếu',
      'ambiguous-match': 'khớp chưa rõ',
    } as Record<ConfirmReason, string>,
    tickChange: (address: string) => `Ghi ô ${address}`,
    page: (from: number, to: number, total: number) => `${from}–${to} / ${total}`,
    previous: 'Trước',
    next: 'Sau',
    unmatched: (n: number) => `Nhiệm vụ báo cáo không có trong bảng (${n})`,
    unreported: (n: number) => `Chưa báo cáo, cần đôn đốc (${n} đơn vị)`,
    unreportedAgency: (agency: string, n: number) => `${agency}: ${n} nhiệm vụ`,
    conflicts: (n: number) => `Báo cáo mâu thuẫn (${n})`,
    conflict: (no: string, task: string, reports: string) => `STT ${no || '—'} · ${task}: ${reports}`,
    badDates: (n: number) => `Ngày hoàn thành không đọc được (${n})`,
    badDate: (agency: string, no: string, text: string) => `${agency} · STT ${no || '—'}: “${text}”`,
    apply: (n: number) => `Áp dụng (${n} ô)`,
    undo: 'Hoàn tác tổng hợp',
    nothingTicked: 'Chưa chọn thay đổi nào để ghi.',
    applied: (cells: number, columns: number) =>
      `Đã ghi ${cells} ô${columns ? `, thêm ${columns} cột theo dõi` : ''}; đã quét lại.`,
    undone: (cells: number, columns: number) =>
      `Đã trả lại ${cells} ô${columns ? `, bỏ ${columns} cột đã thêm` : ''}; đã quét lại.`,
    refused: (cells: string) => `Không ghi các ô đã bị sửa sau khi lập danh sách: ${cells}.`,
    kept: (columns: string) => `Giữ nguyên cột đang có nội dung khác: ${columns}.`,
    fields: {
      status: 'Tình hình thực hiện',
      completedOn: 'Ngày hoàn thành',
      result: 'Kết quả',
      reportingAgency: 'Đơn vị báo cáo',
      reportDate: 'Ngày báo cáo',
    } as Record<ReportingField, string>,
    search: 'Tìm nhiệm vụ',
  },
};

export type ReportingStrings = typeof vi;

const en: ReportingStrings = {
  split: {
    title: 'Split by agency',
    intro: 'Each lead agency gets a workbook of its own tasks, with columns to fill in its progress.',
    prepare: 'Choose agencies…',
    agencies: (n) => `Lead agencies (${n})`,
    agency: (label, tasks) => `${label} (${countOf('en', tasks, TASKS)})`,
    all: 'Select all',
    none: 'Select none',
    format: 'Download as',
    zip: 'One .zip with all of them',
    separate: 'One .xlsx per agency',
    open: 'Open each workbook in Excel, then save it (where Excel does not download files)',
    opened: (names) => `Opened ${names.length} new workbook(s) in Excel. Save each as: ${names.join('; ')}.`,
    download: (n) => `Make and download ${countOf('en', n, { one: 'file', other: 'files' })}`,
    unassigned: (n) => `Tasks without a lead agency (${n}): in no file, for the clerk to follow`,
    done: (n, zip) => (zip ? `Made ${n} workbook(s) in one .zip.` : `Made ${n} workbook(s), one file per agency.`),
    zipName: (stem) => `${stem} - split by agency.zip`,
  },
  merge: {
    title: 'Merge reports',
    intro:
      'Pick the files the agencies sent back (.xlsx). The add-in matches each task to this table and lists the changes for you to review before anything is written.',
    pick: 'Pick the returned files…',
    pickLabel: "The agencies' returned files",
    fileFailed: 'Could not read:',
    notXlsx: (n) => `"${n}" is not a readable .xlsx file.`,
    textFile: (n) =>
      `"${n}" is a text file (CSV, TSV), not a workbook: open it in Excel, save it as .xlsx and pick it again.`,
    details: 'Details',
    nothingRead: 'None of the files picked could be read.',
    files: (n) => `Files read (${n})`,
    file: (agency, split, tasks, matched) =>
      `${agency} · ${split ? 'split file' : "the agency's own table"} · ${countOf('en', tasks, TASKS)} · ${matched} matched`,
    review: (n) => `Matches to review (${n})`,
    reviewWhy: (weak, ambiguous, duplicate, keyLost) =>
      [weak && 'weak', ambiguous && 'ambiguous', duplicate && 'duplicated row', keyLost && 'key lost']
        .filter(Boolean)
        .join(', '),
    returnedTask: (agency, no, task) => `${agency} · No. ${no || '—'}: ${task}`,
    matchedTo: 'Matched to task',
    confirm: 'Confirm',
    noMatch: 'No match',
    taskOption: (sheet, no, task) => `${sheet} · No. ${no || '—'}: ${task}`,
    changes: (n, ticked) => `Changes (${n}) · ${ticked} to write`,
    change: (no, task, field) => `No. ${no || '—'} · ${task} · ${field}`,
    oldNew: (old, now, from) => `${old || '(empty)'} → ${now} · from ${from}`,
    needs: {
      'non-empty': 'the cell is not empty',
      conflict: 'agencies disagree',
      'weak-match': 'weak match',
      'ambiguous-match': 'ambiguous match',
    },
    tickChange: (address) => `Write cell ${address}`,
    page: (from, to, total) => `${from}–${to} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    unmatched: (n) => `Reported tasks not in the table (${n})`,
    unreported: (n) => `Not reported, to chase (${countOf('en', n, { one: 'agency', other: 'agencies' })})`,
    unreportedAgency: (agency, n) => `${agency}: ${countOf('en', n, TASKS)}`,
    conflicts: (n) => `Conflicting reports (${n})`,
    conflict: (no, task, reports) => `No. ${no || '—'} · ${task}: ${reports}`,
    badDates: (n) => `Completion dates that are no date (${n})`,
    badDate: (agency, no, text) => `${agency} · No. ${no || '—'}: “${text}”`,
    apply: (n) => `Apply (${countOf('en', n, { one: 'cell', other: 'cells' })})`,
    undo: 'Undo the merge',
    nothingTicked: 'No change is ticked to write.',
    applied: (cells, columns) =>
      `Wrote ${countOf('en', cells, { one: 'cell', other: 'cells' })}${columns ? `, added ${columns} tracking column(s)` : ''}; scanned again.`,
    undone: (cells, columns) =>
      `Restored ${countOf('en', cells, { one: 'cell', other: 'cells' })}${columns ? `, removed ${columns} added column(s)` : ''}; scanned again.`,
    refused: (cells) => `Not written, changed since the list was made: ${cells}.`,
    kept: (columns) => `Columns left as they are, something else is in them: ${columns}.`,
    fields: {
      status: 'Status',
      completedOn: 'Completed on',
      result: 'Result',
      reportingAgency: 'Reporting agency',
      reportDate: 'Report date',
    },
    search: 'Search tasks',
  },
};

export const REPORTING_STRINGS: Record<Lang, ReportingStrings> = { vi, en };
