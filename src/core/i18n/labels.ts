/**
 * The engine's words for people, Vietnamese and English: states, severities, fields, summary columns
 * and the words of the sheet plans. Issue messages live beside this, in issueMessages.ts.
 */
import type { ContentKind, DeadlineKind, Field, MappingReason, Severity, TaskState } from '../report/schema';
import type { Lang } from './lang';

type Catalogue<K extends string> = Record<Lang, Record<K, string>>;

const STATES: Catalogue<TaskState> = {
  vi: {
    'done-on-time': 'Hoàn thành đúng hạn',
    'done-late': 'Hoàn thành quá hạn',
    'open-on-track': 'Chưa hoàn thành – trong hạn',
    'open-due-soon': 'Sắp đến hạn',
    'open-overdue': 'Chưa hoàn thành – quá hạn',
    'no-deadline': 'Không thời hạn',
    unknown: 'Chưa xác định được thời hạn',
  },
  en: {
    'done-on-time': 'Done on time',
    'done-late': 'Done late',
    'open-on-track': 'Open – on track',
    'open-due-soon': 'Due soon',
    'open-overdue': 'Open – overdue',
    'no-deadline': 'No deadline',
    unknown: 'Deadline not understood',
  },
};

const SEVERITIES: Catalogue<Severity> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

const FIELDS: Catalogue<Field> = {
  vi: {
    no: 'STT',
    task: 'Nhiệm vụ',
    output: 'Kết quả/Sản phẩm',
    deadline: 'Thời hạn',
    lead: 'Cơ quan chủ trì',
    coordinating: 'Cơ quan phối hợp',
    authority: 'Thẩm quyền',
    leader: 'Lãnh đạo chỉ đạo',
    status: 'Tình hình thực hiện',
    completedOn: 'Ngày hoàn thành',
    note: 'Ghi chú',
  },
  en: {
    no: 'No.',
    task: 'Task',
    output: 'Output',
    deadline: 'Deadline',
    lead: 'Lead agency',
    coordinating: 'Coordinating agencies',
    authority: 'Authority',
    leader: 'Supervising leader',
    status: 'Status',
    completedOn: 'Completed on',
    note: 'Note',
  },
};

const KINDS: Catalogue<DeadlineKind> = {
  vi: {
    date: 'Ngày',
    month: 'Tháng',
    quarter: 'Quý',
    half: 'Nửa năm',
    year: 'Năm',
    range: 'Khoảng thời gian',
    milestones: 'Nhiều mốc',
    recurring: 'Thường xuyên',
    event: 'Theo sự kiện',
    none: 'Không có',
    unknown: 'Không đọc được',
  },
  en: {
    date: 'Date',
    month: 'Month',
    quarter: 'Quarter',
    half: 'Half-year',
    year: 'Year',
    range: 'Range',
    milestones: 'Milestones',
    recurring: 'Recurring',
    event: 'Event-driven',
    none: 'None',
    unknown: 'Unreadable',
  },
};

export type SummaryColumn =
  | 'total'
  | 'doneOnTime'
  | 'doneLate'
  | 'openOnTrack'
  | 'openOverdue'
  | 'openDueSoon'
  | 'noDeadline'
  | 'unknown'
  | 'completionRate';
const SUMMARY: Catalogue<SummaryColumn> = {
  vi: {
    total: 'Tổng số',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành quá hạn',
    openOnTrack: 'Chưa hoàn thành trong hạn',
    openOverdue: 'Chưa hoàn thành quá hạn',
    openDueSoon: 'Sắp đến hạn',
    noDeadline: 'Không thời hạn',
    unknown: 'Chưa xác định',
    completionRate: 'Tỷ lệ hoàn thành',
  },
  en: {
    total: 'Total',
    doneOnTime: 'Done on time',
    doneLate: 'Done late',
    openOnTrack: 'Open on track',
    openOverdue: 'Open overdue',
    openDueSoon: 'Due soon',
    noDeadline: 'No deadline',
    unknown: 'Not determined',
    completionRate: 'Completion rate',
  },
};

// The sheet plans' own words (titles, column headers beyond the field labels).
const SUMMARY_SHEET = {
  vi: {
    short: [
      'Tổng',
      'HT đúng hạn',
      'HT quá hạn',
      'Chưa HT-trong hạn',
      'Chưa HT-quá hạn',
      'Sắp đến hạn',
      'Không thời hạn',
      'Chưa XĐ',
      'Tỷ lệ HT',
    ],
    title: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
    byLead: 'Theo cơ quan chủ trì',
    byLeader: 'Theo lãnh đạo chỉ đạo',
    all: 'tất cả các bảng',
    total: 'Tổng cộng',
    no: 'STT',
    openInTime: 'Chưa hoàn thành trong hạn',
    dueSoon: 'Trong đó: sắp đến hạn',
    chart: 'Nhiệm vụ quá hạn theo cơ quan chủ trì',
    overdue: 'Số nhiệm vụ quá hạn',
    asOf: (d: string, n: number) => `Tính đến ngày ${d}; sắp đến hạn: trong ${n} ngày tới`,
  },
  en: {
    short: [
      'Total',
      'Done on time',
      'Done late',
      'Open on time',
      'Open overdue',
      'Due soon',
      'No deadline',
      'Unknown',
      'Done %',
    ],
    title: 'TASK PROGRESS SUMMARY',
    byLead: 'By lead agency',
    byLeader: 'By supervising leader',
    all: 'all tables',
    total: 'Total',
    no: 'No.',
    openInTime: 'Open, on time',
    dueSoon: 'Of which: due soon',
    chart: 'Overdue tasks per lead agency',
    overdue: 'Overdue tasks',
    asOf: (d: string, n: number) => `As of ${d}; due soon: within ${n} days`,
  },
};

const TASK_SHEET = {
  vi: {
    file: 'Tệp',
    table: 'Bảng',
    leadAsWritten: 'Chủ trì (như trong bảng)',
    kind: 'Loại thời hạn',
    start: 'Bắt đầu',
    due: 'Hạn',
    state: 'Trạng thái',
    rows: 'Dòng',
    section: 'Mục',
    count: 'Số nhiệm vụ',
  },
  en: {
    file: 'File',
    table: 'Table',
    leadAsWritten: 'Lead (as written)',
    kind: 'Deadline kind',
    start: 'Start',
    due: 'Due',
    state: 'State',
    rows: 'Rows',
    section: 'Section',
    count: 'Tasks',
  },
};

const ISSUE_SHEET = {
  vi: { file: 'Tệp', sheet: 'Trang tính', cell: 'Ô', severity: 'Mức độ', code: 'Mã', message: 'Nội dung' },
  en: { file: 'File', sheet: 'Sheet', cell: 'Cell', severity: 'Severity', code: 'Code', message: 'Message' },
};

const CONTENT_KINDS: Catalogue<ContentKind> = {
  vi: {
    stt: 'số thứ tự',
    prose: 'câu mô tả công việc',
    body: 'tên cơ quan, đơn vị',
    person: 'chức danh, người',
    deadline: 'thời hạn',
    date: 'ngày tháng',
    status: 'từ chỉ tình trạng',
    mark: 'dấu đánh dấu',
    figure: 'số liệu',
    citation: 'số hiệu văn bản',
    clock: 'giờ trong ngày',
  },
  en: {
    stt: 'numbering',
    prose: 'sentences of work',
    body: 'names of public bodies',
    person: 'people in office',
    deadline: 'deadlines',
    date: 'dates',
    status: 'status words',
    mark: 'ticks',
    figure: 'figures',
    citation: 'document numbers',
    clock: 'times of day',
  },
};

/** Why a column holds a field, for a person: "header “Cơ quan chủ trì”", "92% of cells are names of public bodies". */
export function mappingReasonText(lang: Lang, reason: MappingReason, headerText: string): string {
  if (reason.kind === 'user') return lang === 'vi' ? 'do bạn chọn' : 'set by you';
  if (reason.kind === 'header') return lang === 'vi' ? `tiêu đề “${headerText}”` : `header “${headerText}”`;
  const pct = Math.round(reason.share * 100);
  const what = CONTENT_KINDS[lang][reason.content];
  return lang === 'vi' ? `${pct}% ô là ${what}` : `${pct}% of cells are ${what}`;
}

export const stateLabel = (lang: Lang, s: TaskState): string => STATES[lang][s];
export const severityLabel = (lang: Lang, s: Severity): string => SEVERITIES[lang][s];
export const fieldLabel = (lang: Lang, f: Field): string => FIELDS[lang][f];
export const deadlineKindLabel = (lang: Lang, k: DeadlineKind): string => KINDS[lang][k];
export const summaryHeaders = (lang: Lang): Record<SummaryColumn, string> => SUMMARY[lang];
export const unassignedLabel = (lang: Lang): string => (lang === 'vi' ? '(chưa giao)' : '(unassigned)');
export const noLeaderLabel = (lang: Lang): string => (lang === 'vi' ? '(chưa xác định)' : '(not determined)');
export const summarySheetWords = (lang: Lang) => SUMMARY_SHEET[lang];
export const taskSheetWords = (lang: Lang) => TASK_SHEET[lang];
export const issueSheetWords = (lang: Lang) => ISSUE_SHEET[lang];
