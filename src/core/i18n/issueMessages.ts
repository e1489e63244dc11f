/**
 * Issue codes with their severity and message templates in Vietnamese and English. A code is stable:
 * the task pane, the report workbook and users' filters rely on it.
 */
import type { Severity } from '../report/schema';
import type { Lang } from './lang';
type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface IssueDefinition {
  severity: Severity;
  vi: Template;
  en: Template;
}

export const ISSUE_DEFINITIONS = {
  'missing-column': {
    severity: 'error',
    vi: (p) => `Bảng không có cột “${p.field}”.`,
    en: (p) => `The table has no “${p.field}” column.`,
  },
  'missing-lead': {
    severity: 'error',
    vi: () => 'Nhiệm vụ chưa giao cơ quan chủ trì.',
    en: () => 'The task has no lead agency.',
  },
  'multiple-leads': {
    severity: 'warning',
    vi: (p) => `Ô chủ trì ghi ${p.count} cơ quan (${p.list}); mỗi nhiệm vụ nên có một cơ quan chủ trì.`,
    en: (p) => `The lead cell names ${p.count} agencies (${p.list}); each task should have one lead.`,
  },
  'vague-lead': {
    severity: 'warning',
    vi: (p) => `Cơ quan chủ trì chung chung “${p.lead}”: chưa rõ ai chịu trách nhiệm chính.`,
    en: (p) => `Vague lead “${p.lead}”: it does not say who is responsible.`,
  },
  'lead-also-coordinating': {
    severity: 'warning',
    vi: (p) => `“${p.lead}” vừa chủ trì vừa có tên trong cơ quan phối hợp.`,
    en: (p) => `“${p.lead}” is both the lead and one of the coordinating agencies.`,
  },
  'missing-deadline': {
    severity: 'error',
    vi: () => 'Nhiệm vụ chưa có thời hạn.',
    en: () => 'The task has no deadline.',
  },
  'unreadable-deadline': {
    severity: 'warning',
    vi: (p) => `Không hiểu được thời hạn “${p.text}”.`,
    en: (p) => `The deadline “${p.text}” could not be read.`,
  },
  'deadline-before-document': {
    severity: 'warning',
    vi: (p) => `Thời hạn ${p.due} sớm hơn ngày của văn bản (${p.document}).`,
    en: (p) => `The deadline ${p.due} is earlier than the document's own date (${p.document}).`,
  },
  overdue: {
    severity: 'warning',
    vi: (p) => `Quá hạn: hạn ${p.due}, đã trễ ${p.days} ngày.`,
    en: (p) => `Overdue: due ${p.due}, ${p.days} days late.`,
  },
  'due-soon': {
    severity: 'info',
    vi: (p) => `Sắp đến hạn: còn ${p.days} ngày (hạn ${p.due}).`,
    en: (p) => `Due soon: ${p.days} days left (due ${p.due}).`,
  },
  'missing-output': {
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa ghi kết quả/sản phẩm.',
    en: () => 'The task states no output.',
  },
  'missing-authority': {
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa ghi thẩm quyền.',
    en: () => 'The task states no approving authority.',
  },
  'missing-leader': {
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa có lãnh đạo chỉ đạo.',
    en: () => 'The task has no supervising leader.',
  },
  'numbering-gap': {
    severity: 'warning',
    vi: (p) => `Số thứ tự nhảy cóc: sau ${p.prev} là ${p.no} (thiếu ${p.missing}).`,
    en: (p) => `Numbering skips: ${p.no} follows ${p.prev} (${p.missing} missing).`,
  },
  'numbering-duplicate': {
    severity: 'warning',
    vi: (p) => `Số thứ tự ${p.no} bị trùng (đã có ở dòng ${p.firstRow}).`,
    en: (p) => `Number ${p.no} is used twice (first at row ${p.firstRow}).`,
  },
  'numbering-order': {
    severity: 'warning',
    vi: (p) => `Số thứ tự sai thứ tự: ${p.no} đứng sau ${p.prev}.`,
    en: (p) => `Numbering out of order: ${p.no} comes after ${p.prev}.`,
  },
  'spelling-variant': {
    severity: 'info',
    vi: (p) =>
      `“${p.text}” được viết theo ${p.count} cách trong tệp (${p.variants}); cách dùng nhiều nhất: “${p.best}”.`,
    en: (p) => `“${p.text}” is written ${p.count} ways in the file (${p.variants}); most used: “${p.best}”.`,
  },
  'duplicate-task': {
    severity: 'warning',
    vi: (p) => `Nhiệm vụ trùng với nhiệm vụ ${p.other} (dòng ${p.otherRow}).`,
    en: (p) => `The task repeats task ${p.other} (row ${p.otherRow}).`,
  },
  'continuation-merged': {
    severity: 'info',
    vi: (p) => `Dòng ${p.row} là phần tiếp theo của nhiệm vụ (bị ngắt trang) và đã được ghép vào nhiệm vụ ${p.no}.`,
    en: (p) => `Row ${p.row} continues a task split across pages and was merged into task ${p.no}.`,
  },
  'template-row': {
    severity: 'info',
    vi: () => 'Dòng chỉ có số thứ tự, chưa có nội dung: không tính là nhiệm vụ.',
    en: () => 'The row has only a number and nothing else: not counted as a task.',
  },
  'extra-lead-row': {
    severity: 'info',
    vi: (p) =>
      `Dòng này ghi thêm cơ quan “${p.lead}” ở cột chủ trì của nhiệm vụ ${p.no} (ô gộp ở dòng trên); nhiệm vụ được tính cho cơ quan ghi ở dòng trên.`,
    en: (p) =>
      `The row names one more body, “${p.lead}”, in the lead column of task ${p.no} (merged cells above); the task is counted under the body on the row above.`,
  },
  'repeated-header': {
    severity: 'info',
    vi: () => 'Dòng tiêu đề lặp lại (ngắt trang) được bỏ qua.',
    en: () => 'Repeated header row (page break) skipped.',
  },
  'value-inherited': {
    severity: 'info',
    vi: (p) => `Dòng không có ${p.field}; lấy theo dòng trên (ô gộp): “${p.value}”.`,
    en: (p) => `The row has no ${p.field} of its own; taken from the row above (merged cell): “${p.value}”.`,
  },
  'cell-error': {
    severity: 'warning',
    vi: (p) => `Ô có giá trị lỗi ${p.value}.`,
    en: (p) => `The cell holds the error value ${p.value}.`,
  },
} satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof ISSUE_DEFINITIONS;

export function issueMessage(code: IssueCode, lang: Lang, params: Params = {}): string {
  return ISSUE_DEFINITIONS[code][lang](params);
}

export function issueSeverity(code: IssueCode): Severity {
  return ISSUE_DEFINITIONS[code].severity as Severity;
}
