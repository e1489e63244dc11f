/**
 * Issue codes, defined once: each with its severity, the shape of its parameters (zod) and its message
 * in Vietnamese and English. The engine's checks make findings (code + params, no text); the edges
 * render them here in the user's language. A code is stable: the task pane, the report workbook and
 * users' filters rely on it.
 */
import { z } from 'zod';
import { fieldSchema, isoDateSchema, type Finding, type Issue, type Severity } from '../report/schema';
import { fieldInSentence } from './fieldNames';
import { formatDate } from './formatDate';
import { fieldLabel } from './labels';
import type { Lang } from './lang';
import { plural } from './plural';
import { LEGACY_ENCODING_NAMES, LEGACY_ENCODINGS } from '../text/legacyEncodings/encoding';

interface IssueDefinition<S extends z.ZodObject> {
  severity: Severity;
  params: S;
  vi: (p: z.infer<S>) => string;
  en: (p: z.infer<S>) => string;
}

/** Ties each code's templates to the type of its own parameters. */
const define = <S extends z.ZodObject>(d: IssueDefinition<S>): IssueDefinition<S> => d;

const NONE = z.strictObject({});
const text = z.string();
const count = z.number().int().nonnegative();
const row = z.number().int().positive();
/** A value written as a number (a serial), not as a date's text. */
const SERIAL_RE = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const legacyEncoding = z.enum(LEGACY_ENCODINGS);
/** The fonts each legacy encoding is known by. */
const LEGACY_FONTS = { tcvn3: '.VnTime, .VnArial, .VnTimeH…', vni: 'VNI-Times, VNI-Helve…' } as const;

export const ISSUE_DEFINITIONS = {
  'missing-column': define({
    params: z.strictObject({ field: fieldSchema }),
    severity: 'error',
    vi: (p) => `Bảng không có cột “${fieldLabel('vi', p.field)}”.`,
    en: (p) => `The table has no “${fieldLabel('en', p.field)}” column.`,
  }),
  'missing-lead': define({
    params: NONE,
    severity: 'error',
    vi: () => 'Nhiệm vụ chưa giao cơ quan chủ trì.',
    en: () => 'The task has no lead agency.',
  }),
  'multiple-leads': define({
    params: z.strictObject({ count: count, list: text }),
    severity: 'warning',
    vi: (p) => `Ô chủ trì ghi ${p.count} cơ quan (${p.list}); mỗi nhiệm vụ nên có một cơ quan chủ trì.`,
    en: (p) => `The lead cell names ${p.count} agencies (${p.list}); each task should have one lead.`,
  }),
  'vague-lead': define({
    params: z.strictObject({ lead: text }),
    severity: 'warning',
    vi: (p) => `Cơ quan chủ trì chung chung “${p.lead}”: chưa rõ ai chịu trách nhiệm chính.`,
    en: (p) => `Vague lead “${p.lead}”: it does not say who is responsible.`,
  }),
  'lead-also-coordinating': define({
    params: z.strictObject({ lead: text }),
    severity: 'warning',
    vi: (p) => `“${p.lead}” vừa chủ trì vừa có tên trong cơ quan phối hợp.`,
    en: (p) => `“${p.lead}” is both the lead and one of the coordinating agencies.`,
  }),
  'missing-deadline': define({
    params: NONE,
    severity: 'error',
    vi: () => 'Nhiệm vụ chưa có thời hạn.',
    en: () => 'The task has no deadline.',
  }),
  'unreadable-deadline': define({
    params: z.strictObject({ text: text }),
    severity: 'warning',
    vi: (p) => `Không hiểu được thời hạn “${p.text}”.`,
    en: (p) => `The deadline “${p.text}” could not be read.`,
  }),
  'placeholder-deadline': define({
    params: z.strictObject({ text: text }),
    severity: 'warning',
    vi: (p) =>
      `Thời hạn “${p.text}” là ngày mặc định của phần mềm xuất dữ liệu khi ô để trống, không phải thời hạn thật: nhiệm vụ được coi là chưa có thời hạn rõ.`,
    en: (p) =>
      `The deadline “${p.text}” is the date an exporting program writes for an empty cell, not a real deadline: the task is treated as having no clear deadline.`,
  }),
  'deadline-before-document': define({
    params: z.strictObject({ due: isoDateSchema, document: isoDateSchema }),
    severity: 'warning',
    vi: (p) => `Thời hạn ${formatDate(p.due, 'vi')} sớm hơn ngày của văn bản (${formatDate(p.document, 'vi')}).`,
    en: (p) =>
      `The deadline ${formatDate(p.due, 'en')} is earlier than the document's own date (${formatDate(p.document, 'en')}).`,
  }),
  'deadline-before-start': define({
    params: z.strictObject({ text: text, start: isoDateSchema, due: isoDateSchema, from: z.enum(['cell', 'column']) }),
    severity: 'warning',
    vi: (p) =>
      p.from === 'cell'
        ? `Thời hạn “${p.text}” kết thúc (${formatDate(p.due, 'vi')}) trước khi bắt đầu (${formatDate(p.start, 'vi')}): không thể đúng, nên không dùng để tính trạng thái.`
        : `Ngày bắt đầu (${formatDate(p.start, 'vi')}) muộn hơn thời hạn “${p.text}” (${formatDate(p.due, 'vi')}): không thể đúng, nên thời hạn không dùng để tính trạng thái.`,
    en: (p) =>
      p.from === 'cell'
        ? `The deadline “${p.text}” ends (${formatDate(p.due, 'en')}) before it starts (${formatDate(p.start, 'en')}): it cannot be true, so it is not used for the task's state.`
        : `The start (${formatDate(p.start, 'en')}) is later than the deadline “${p.text}” (${formatDate(p.due, 'en')}): it cannot be true, so the deadline is not used for the task's state.`,
  }),
  'implausible-deadline': define({
    params: z.strictObject({
      text: text,
      due: isoDateSchema,
      anchor: isoDateSchema,
      anchorKind: z.enum(['document', 'as-of']),
      direction: z.enum(['after', 'before']),
      years: count,
    }),
    severity: 'warning',
    vi: (p) =>
      `Thời hạn “${p.text}” (${formatDate(p.due, 'vi')}) ${p.direction === 'after' ? 'sau' : 'trước'} ${p.anchorKind === 'document' ? 'ngày của văn bản' : 'ngày đối chiếu'} (${formatDate(p.anchor, 'vi')}) ${p.years} năm: có lẽ năm bị gõ nhầm, nên không dùng để tính trạng thái.`,
    en: (p) =>
      `The deadline “${p.text}” (${formatDate(p.due, 'en')}) is ${p.years} years ${p.direction} ${p.anchorKind === 'document' ? "the document's date" : 'the as-of date'} (${formatDate(p.anchor, 'en')}): probably a mistyped year, so it is not used for the task's state.`,
  }),
  overdue: define({
    params: z.strictObject({ due: isoDateSchema, days: count }),
    severity: 'warning',
    vi: (p) => `Quá hạn: hạn ${formatDate(p.due, 'vi')}, đã trễ ${p.days} ngày.`,
    en: (p) => `Overdue: due ${formatDate(p.due, 'en')}, ${p.days} days late.`,
  }),
  'due-soon': define({
    params: z.strictObject({ due: isoDateSchema, days: count }),
    severity: 'info',
    vi: (p) => `Sắp đến hạn: còn ${p.days} ngày (hạn ${formatDate(p.due, 'vi')}).`,
    en: (p) => `Due soon: ${p.days} days left (due ${formatDate(p.due, 'en')}).`,
  }),
  'missing-output': define({
    params: NONE,
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa ghi kết quả/sản phẩm.',
    en: () => 'The task states no output.',
  }),
  'missing-authority': define({
    params: NONE,
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa ghi thẩm quyền.',
    en: () => 'The task states no approving authority.',
  }),
  'missing-leader': define({
    params: NONE,
    severity: 'warning',
    vi: () => 'Nhiệm vụ chưa có lãnh đạo chỉ đạo.',
    en: () => 'The task has no supervising leader.',
  }),
  'numbering-gap': define({
    params: z.strictObject({ no: text, prev: text, missing: text }),
    severity: 'warning',
    vi: (p) => `Số thứ tự nhảy cóc: sau ${p.prev} là ${p.no} (thiếu ${p.missing}).`,
    en: (p) => `Numbering skips: ${p.no} follows ${p.prev} (${p.missing} missing).`,
  }),
  'numbering-duplicate': define({
    params: z.strictObject({ no: text, firstRow: row }),
    severity: 'warning',
    vi: (p) => `Số thứ tự ${p.no} bị trùng (đã có ở dòng ${p.firstRow}).`,
    en: (p) => `Number ${p.no} is used twice (first at row ${p.firstRow}).`,
  }),
  'numbering-order': define({
    params: z.strictObject({ no: text, prev: text }),
    severity: 'warning',
    vi: (p) => `Số thứ tự sai thứ tự: ${p.no} đứng sau ${p.prev}.`,
    en: (p) => `Numbering out of order: ${p.no} comes after ${p.prev}.`,
  }),
  'spelling-variant': define({
    params: z.strictObject({ text: text, count: count, variants: text, best: text }),
    severity: 'info',
    vi: (p) =>
      `“${p.text}” được viết theo ${p.count} cách trong tệp (${p.variants}); cách dùng nhiều nhất: “${p.best}”.`,
    en: (p) => `“${p.text}” is written ${p.count} ways in the file (${p.variants}); most used: “${p.best}”.`,
  }),
  'duplicate-task': define({
    params: z.strictObject({ other: text, otherRow: row }),
    severity: 'warning',
    vi: (p) => `Nhiệm vụ trùng với nhiệm vụ ${p.other} (dòng ${p.otherRow}).`,
    en: (p) => `The task repeats task ${p.other} (row ${p.otherRow}).`,
  }),
  'continuation-merged': define({
    params: z.strictObject({ row: row, no: text }),
    severity: 'info',
    vi: (p) => `Dòng ${p.row} là phần tiếp theo của nhiệm vụ (bị ngắt trang) và đã được ghép vào nhiệm vụ ${p.no}.`,
    en: (p) => `Row ${p.row} continues a task split across pages and was merged into task ${p.no}.`,
  }),
  'template-row': define({
    params: NONE,
    severity: 'info',
    vi: () => 'Dòng chỉ có số thứ tự, chưa có nội dung: không tính là nhiệm vụ.',
    en: () => 'The row has only a number and nothing else: not counted as a task.',
  }),
  'extra-lead-row': define({
    params: z.strictObject({ lead: text, no: text }),
    severity: 'info',
    vi: (p) =>
      `Dòng này ghi thêm cơ quan “${p.lead}” ở cột chủ trì của nhiệm vụ ${p.no} (ô gộp ở dòng trên); nhiệm vụ được tính cho cơ quan ghi ở dòng trên.`,
    en: (p) =>
      `The row names one more body, “${p.lead}”, in the lead column of task ${p.no} (merged cells above); the task is counted under the body on the row above.`,
  }),
  'repeated-header': define({
    params: NONE,
    severity: 'info',
    vi: () => 'Dòng tiêu đề lặp lại (ngắt trang) được bỏ qua.',
    en: () => 'Repeated header row (page break) skipped.',
  }),
  'value-inherited': define({
    params: z.strictObject({ field: fieldSchema, value: text }),
    severity: 'info',
    vi: (p) => `Dòng không có ${fieldInSentence(p.field, 'vi')}; lấy theo dòng trên (ô gộp): “${p.value}”.`,
    en: (p) =>
      `The row has no ${fieldInSentence(p.field, 'en')} of its own; taken from the row above (merged cell): “${p.value}”.`,
  }),
  'used-range-oversized': define({
    params: z.strictObject({ sheet: text, used: text, content: text }),
    severity: 'warning',
    vi: (p) =>
      `Vùng đã dùng của trang tính “${p.sheet}” là ${p.used} nhưng dữ liệu chỉ nằm trong ${p.content}: các ô thừa (định dạng, ô đã xóa nội dung, ô lạc) làm tệp nặng và chậm. Hãy chọn các dòng và cột thừa rồi xóa hẳn (Xóa → Xóa dòng/cột), sau đó lưu lại.`,
    en: (p) =>
      `Sheet “${p.sheet}” uses ${p.used} but its data lies within ${p.content}: the extra cells (formatting, cleared or stray cells) make the file heavy and slow. Select the extra rows and columns, delete them (Delete → Delete rows/columns), then save.`,
  }),
  'cell-error': define({
    params: z.strictObject({ value: text }),
    severity: 'warning',
    vi: (p) => `Ô có giá trị lỗi ${p.value}.`,
    en: (p) => `The cell holds the error value ${p.value}.`,
  }),
  'unreadable-cell': define({
    params: z.strictObject({
      value: text,
      reason: z.enum(['date-out-of-range', 'not-a-date', 'not-a-number', 'no-cached-value']),
    }),
    severity: 'warning',
    vi: (p) =>
      p.reason === 'date-out-of-range'
        ? `Ô có ${SERIAL_RE.test(p.value) ? `số ngày ${p.value}` : `ngày “${p.value}”`} ngoài lịch của Excel (1900–9999): không đọc được thành ngày.`
        : p.reason === 'not-a-date'
          ? `Ô lưu “${p.value}” dưới dạng ngày nhưng đó không phải là một ngày: không đọc được thành ngày.`
          : p.reason === 'not-a-number'
            ? `Ô có giá trị “${p.value}” không đọc được thành số hay ngày.`
            : 'Ô có công thức chưa được tính (tệp không lưu kết quả): không đọc được giá trị. Mở tệp bằng Excel, tính lại rồi lưu.',
    en: (p) =>
      p.reason === 'date-out-of-range'
        ? `The cell holds ${SERIAL_RE.test(p.value) ? `the day number ${p.value}` : `the date “${p.value}”`}, outside Excel's calendar (1900–9999): it cannot be read as a date.`
        : p.reason === 'not-a-date'
          ? `The cell stores “${p.value}” as a date, but it is no date: it cannot be read as one.`
          : p.reason === 'not-a-number'
            ? `The cell holds “${p.value}”, which cannot be read as a number or a date.`
            : 'The cell holds a formula that was never calculated (the file keeps no result): its value cannot be read. Open the file in Excel, recalculate and save it.',
  }),
  'legacy-encoding': define({
    params: z.strictObject({ encoding: legacyEncoding, count: count, sheet: text, cell: text }),
    severity: 'info',
    vi: (p) =>
      `${p.count} ô trên trang “${p.sheet}” gõ bằng bảng mã ${LEGACY_ENCODING_NAMES[p.encoding]} (phông ${LEGACY_FONTS[p.encoding]}) đã được đọc thành Unicode, ô đầu tiên là ${p.cell}; tệp gốc không bị thay đổi. Hãy chuyển mã tệp gốc sang Unicode (Unikey: Công cụ chuyển mã, nguồn ${LEGACY_ENCODING_NAMES[p.encoding]}, đích Unicode) rồi đổi sang phông Unicode (như Times New Roman).`,
    en: (p) =>
      `${p.count} ${plural('en', p.count, { one: 'cell', other: 'cells' })} on sheet “${p.sheet}” typed in the ${LEGACY_ENCODING_NAMES[p.encoding]} encoding (fonts ${LEGACY_FONTS[p.encoding]}) ${plural('en', p.count, { one: 'was', other: 'were' })} read as Unicode, the first at ${p.cell}; the file itself is unchanged. Convert the source to Unicode (Unikey's converter: source ${LEGACY_ENCODING_NAMES[p.encoding]}, target Unicode) and switch to a Unicode font (such as Times New Roman).`,
  }),
};

export type IssueCode = keyof typeof ISSUE_DEFINITIONS;
export const ISSUE_CODES = Object.keys(ISSUE_DEFINITIONS) as IssueCode[];

/** The parameters a finding of `code` carries. */
export type IssueParamsOf<C extends IssueCode> = z.infer<(typeof ISSUE_DEFINITIONS)[C]['params']>;

export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_DEFINITIONS, code);
}

export function issueSeverity(code: IssueCode): Severity {
  return ISSUE_DEFINITIONS[code].severity;
}

/** A finding's parameters checked against its code's schema (throws on an unknown code or a bad shape). */
export function validIssueParams(finding: Pick<Finding, 'code' | 'params'>): Finding['params'] {
  if (!isIssueCode(finding.code)) throw new Error(`unknown issue code “${finding.code}”`);
  return ISSUE_DEFINITIONS[finding.code].params.parse(finding.params);
}

/** A finding's message in `lang`, from its code and parameters. */
/** How much of a cell a message quotes: the whole text stays in the issue's params. */
const QUOTE_LIMIT = 300;

function quoted(params: Finding['params']): Finding['params'] {
  let out: Finding['params'] | null = null;
  for (const [k, v] of Object.entries(params))
    if (typeof v === 'string' && v.length > QUOTE_LIMIT) (out ??= { ...params })[k] = `${v.slice(0, QUOTE_LIMIT - 1)}…`;
  return out ?? params;
}

export function issueMessage(finding: Pick<Finding, 'code' | 'params'>, lang: Lang): string {
  if (!isIssueCode(finding.code)) return finding.code;
  const template = ISSUE_DEFINITIONS[finding.code][lang] as (p: Finding['params']) => string;
  return template(quoted(finding.params));
}

/** The contract's issue: the finding with its message in `lang`. */
export function renderIssue(finding: Finding, lang: Lang): Issue {
  return { ...finding, message: issueMessage(finding, lang) };
}
