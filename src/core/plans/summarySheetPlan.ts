/**
 * The summary sheet in the layout Vietnamese offices report in: per lead agency and per leader,
 * Tổng số · Hoàn thành đúng hạn · Hoàn thành quá hạn · Chưa hoàn thành trong hạn · Chưa hoàn thành
 * quá hạn · (trong đó) Sắp đến hạn · Không thời hạn · Chưa xác định · Tỷ lệ hoàn thành, with a total
 * row; and the data of the "overdue tasks per agency" chart.
 */
import type { Lang } from '../i18n/issueMessages';
import { isoToDmy } from '../isoDate';
import { fieldLabel, summaryHeaders } from '../i18n/labels';
import type { FileReport, SummaryRow } from '../report/schema';
import { mergeSummaryRows } from '../summarize/mergeSummaryRows';
import { completionRate, COUNT_COLUMNS, emptySummaryRow } from '../summarize/summaryRow';
import { CLOSING_KEYS } from '../summarize/groupKeys';
import type { PlanCell, PlanColumn } from './sheetPlan';

export interface SummaryBlock {
  heading: string;
  columns: PlanColumn[];
  rows: PlanCell[][];
  /** The "Tổng cộng" row. */
  total: PlanCell[];
}

export interface SummarySheetPlan {
  title: string;
  /** "Tính đến ngày 01/05/2026; sắp đến hạn: trong 7 ngày". */
  subtitle: string;
  blocks: SummaryBlock[];
  overdueChart: { title: string; columns: [string, string]; rows: [string, number][] };
}

const WORDS = {
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

/** The count columns of the offices' layout, in order, and each row's values for them. */
export function summaryColumns(lang: Lang): PlanColumn[] {
  const w = WORDS[lang];
  const h = summaryHeaders(lang);
  return [
    ...[h.total, h.doneOnTime, h.doneLate, w.openInTime, h.openOverdue, w.dueSoon, h.noDeadline, h.unknown].map(
      (header, i) => ({ header, kind: 'integer' as const, width: 12, short: w.short[i] }),
    ),
    { header: h.completionRate, kind: 'percent', width: 12, short: w.short[8] },
  ];
}

export function summaryCells(r: SummaryRow): number[] {
  return [
    r.total,
    r.doneOnTime,
    r.doneLate,
    r.openOnTrack + r.openDueSoon,
    r.openOverdue,
    r.openDueSoon,
    r.noDeadline,
    r.unknown,
    completionRate(r),
  ];
}

function block(heading: string, first: string, rows: SummaryRow[], lang: Lang): SummaryBlock {
  const w = WORDS[lang];
  const columns: PlanColumn[] = [
    { header: w.no, kind: 'integer', width: 6 },
    { header: first, kind: 'text', width: 44 },
    ...summaryColumns(lang),
  ];
  const total = emptySummaryRow('', w.total);
  let n = 0;
  const body = rows.map((r) => {
    total.total += r.total;
    for (const c of COUNT_COLUMNS) total[c] += r[c];
    return [CLOSING_KEYS.has(r.key) ? null : ++n, r.label, ...summaryCells(r)];
  });
  return { heading, columns, rows: body, total: [null, w.total, ...summaryCells(total)] };
}

export function summarySheetPlan(files: FileReport[], lang: Lang, asOf: string, dueSoonDays: number): SummarySheetPlan {
  const w = WORDS[lang];
  const tables = files.flatMap((f) => f.tables);
  const byLead = mergeSummaryRows(tables.map((t) => t.summary.byLead));
  const byLeader = mergeSummaryRows(tables.map((t) => t.summary.byLeader));
  const scope = (what: string) => (tables.length > 1 ? `${what} (${w.all})` : what);
  const blocks = [
    block(scope(w.byLead), fieldLabel(lang, 'lead'), byLead, lang),
    block(scope(w.byLeader), fieldLabel(lang, 'leader'), byLeader, lang),
  ];
  if (tables.length > 1) {
    for (const t of tables) {
      const name = [t.sheet, t.title].filter(Boolean).join(' · ');
      blocks.push(block(`${w.byLead}: ${name}`, fieldLabel(lang, 'lead'), t.summary.byLead, lang));
    }
  }
  const overdue = byLead
    .filter((r) => r.openOverdue > 0)
    .sort((a, b) => b.openOverdue - a.openOverdue)
    .map((r): [string, number] => [r.label, r.openOverdue]);
  return {
    title: w.title,
    subtitle: w.asOf(isoToDmy(asOf), dueSoonDays),
    blocks,
    overdueChart: { title: w.chart, columns: [fieldLabel(lang, 'lead'), w.overdue], rows: overdue },
  };
}
