/**
 * The words of the reporting cycle (split → agencies fill → merge), Vietnamese and English: the
 * headers of the columns an agency fills and the merge writes into the master, and the instruction
 * sheet of a split workbook. Headers are chosen so the recogniser maps none of them to another field
 * (a returned or merged workbook scans as its master did): checked in src/core/split/splitPlan.test.ts.
 */
import { isoToDmy } from '../isoDate';
import { comparisonKey } from '../text';
import { fieldLabel } from './labels';
import type { Lang } from './lang';

/** The columns of the reporting cycle: the two tracking fields of the contract and three of the cycle's own. */
export type ReportingField = 'status' | 'completedOn' | 'result' | 'reportingAgency' | 'reportDate';
export const REPORTING_FIELDS: readonly ReportingField[] = [
  'status',
  'completedOn',
  'result',
  'reportingAgency',
  'reportDate',
];

const HEADERS: Record<Lang, Record<Exclude<ReportingField, 'status' | 'completedOn'> | 'key', string>> = {
  vi: {
    result: 'Báo cáo kết quả thực hiện',
    reportingAgency: 'Đơn vị báo cáo',
    reportDate: 'Ngày báo cáo',
    key: 'Khóa đối chiếu (không sửa)',
  },
  en: {
    result: 'Reported result',
    reportingAgency: 'Reporting agency',
    reportDate: 'Report date',
    key: 'Match key (do not edit)',
  },
};

/** The header the add-in writes for a reporting column, or for the hidden key column of a split workbook. */
export function reportingHeader(lang: Lang, field: ReportingField | 'key'): string {
  if (field === 'status' || field === 'completedOn') return fieldLabel(lang, field);
  return HEADERS[lang][field];
}

/** Whether a header cell is the add-in's own header of `field`, in either language. */
export function isReportingHeader(text: string, field: ReportingField | 'key'): boolean {
  const key = comparisonKey(text);
  return !!key && (['vi', 'en'] as const).some((l) => comparisonKey(reportingHeader(l, field)) === key);
}

/** Headers a person's own table may give its result column ("Kết quả thực hiện", "Kết quả đạt được" …). */
const RESULT_HEADER_RE =
  /^(bao cao )?(ket qua (thuc hien|dat duoc|trien khai)|tinh hinh ket qua thuc hien|reported result|results? achieved)\b/;

export function isResultHeader(text: string): boolean {
  return isReportingHeader(text, 'result') || RESULT_HEADER_RE.test(comparisonKey(text));
}

const INSTRUCTION_SHEET: Record<Lang, string> = { vi: 'Hướng dẫn', en: 'Instructions' };

/** The name of a split workbook's instruction sheet. */
export function instructionSheetName(lang: Lang): string {
  return INSTRUCTION_SHEET[lang];
}

export interface InstructionText {
  sheetName: string;
  title: string;
  lines: string[];
}

/** The instruction sheet of a split workbook. */
export function splitInstructions(
  lang: Lang,
  p: { agency: string; master: string; date: string; tasks: number; sheets: string[]; statusOptions: string[] },
): InstructionText {
  const status = reportingHeader(lang, 'status');
  const done = reportingHeader(lang, 'completedOn');
  const result = reportingHeader(lang, 'result');
  const key = reportingHeader(lang, 'key');
  const options = p.statusOptions.join(', ');
  const sheets = p.sheets.map((s) => `“${s}”`).join(', ');
  if (lang === 'en')
    return {
      sheetName: INSTRUCTION_SHEET.en,
      title: 'HOW TO REPORT PROGRESS',
      lines: [
        `This workbook holds the ${p.tasks} task(s) led by ${p.agency}, taken from “${p.master}” on ${isoToDmy(p.date)}, on the sheet(s) ${sheets}.`,
        `1. For each task, choose the “${status}” from the list: ${options}.`,
        `2. For a finished task, enter the “${done}” as a date (dd/mm/yyyy).`,
        `3. Write a short account of what was done in “${result}”.`,
        `4. Do not edit or delete the hidden column “${key}”, do not delete rows and do not rename the sheets. Sorting the rows or adding notes is fine.`,
        '5. Save the file as .xlsx (keep its name) and send it back to the office that sent it.',
      ],
    };
  return {
    sheetName: INSTRUCTION_SHEET.vi,
    title: 'HƯỚNG DẪN BÁO CÁO TIẾN ĐỘ THỰC HIỆN',
    lines: [
      `Tệp này gồm ${p.tasks} nhiệm vụ do ${p.agency} chủ trì, tách từ tệp “${p.master}” ngày ${isoToDmy(p.date)}, ở trang tính ${sheets}.`,
      `1. Ở mỗi nhiệm vụ, chọn “${status}” trong danh sách: ${options}.`,
      `2. Nhiệm vụ đã hoàn thành: ghi “${done}” dạng ngày (dd/mm/yyyy).`,
      `3. Ghi tóm tắt kết quả vào cột “${result}”.`,
      `4. Không sửa, không xóa cột ẩn “${key}”, không xóa dòng, không đổi tên trang tính. Có thể sắp xếp lại các dòng hoặc thêm ghi chú.`,
      '5. Lưu tệp dạng .xlsx (giữ tên tệp) và gửi lại cho cơ quan đã gửi tệp.',
    ],
  };
}
