/** Labels shown to people: states, severities, fields and summary columns, Vietnamese and English. */
import type { DeadlineKind, Field, Severity, TaskState } from '../report/schema';
import type { Lang } from './issueMessages';

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

export const stateLabel = (lang: Lang, s: TaskState): string => STATES[lang][s];
export const severityLabel = (lang: Lang, s: Severity): string => SEVERITIES[lang][s];
export const fieldLabel = (lang: Lang, f: Field): string => FIELDS[lang][f];
export const deadlineKindLabel = (lang: Lang, k: DeadlineKind): string => KINDS[lang][k];
export const summaryHeaders = (lang: Lang): Record<SummaryColumn, string> => SUMMARY[lang];
export const unassignedLabel = (lang: Lang): string => (lang === 'vi' ? '(chưa giao)' : '(unassigned)');
export const noLeaderLabel = (lang: Lang): string => (lang === 'vi' ? '(chưa xác định)' : '(not determined)');
