/**
 * The summary sheet in the layout Vietnamese offices report in: per lead agency and per leader,
 * Tổng số · Hoàn thành đúng hạn · Hoàn thành quá hạn · Chưa hoàn thành trong hạn · Chưa hoàn thành
 * quá hạn · (trong đó) Sắp đến hạn · Không thời hạn · Chưa xác định · Tỷ lệ hoàn thành, with a total
 * row; and the data of the "overdue tasks per agency" chart.
 */
import type { Lang } from '../i18n/lang';
import { isoToDmy } from '../isoDate';
import { fieldLabel, summaryHeaders, summarySheetWords } from '../i18n/labels';
import type { ScannedFile, SummaryRow } from '../report/schema';
import { mergeSummaryRows } from '../summarize/mergeSummaryRows';
import { completionRate, COUNT_COLUMNS, emptySummaryRow, NOT_TRACKED, tracksCompletion } from '../summarize/summaryRow';
import { CLOSING_KEYS, groupLabel } from '../summarize/groupKeys';
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

/** The count columns of the offices' layout, in order, and each row's values for them. */
export function summaryColumns(lang: Lang): PlanColumn[] {
  const w = summarySheetWords(lang);
  const h = summaryHeaders(lang);
  return [
    ...[h.total, h.doneOnTime, h.doneLate, w.openInTime, h.openOverdue, w.dueSoon, h.noDeadline, h.unknown].map(
      (header, i) => ({ header, kind: 'integer' as const, width: 12, short: w.short[i] }),
    ),
    { header: h.completionRate, kind: 'percent', width: 12, short: w.short[8] },
  ];
}

/** A row's count cells, and its completion rate, or "—" where no table of its scope tracks completion. */
export function summaryCells(r: SummaryRow, tracked = true): (number | string)[] {
  return [
    r.total,
    r.doneOnTime,
    r.doneLate,
    r.openOnTrack + r.openDueSoon,
    r.openOverdue,
    r.openDueSoon,
    r.noDeadline,
    r.unknown,
    tracked ? completionRate(r) : NOT_TRACKED,
  ];
}

function block(heading: string, first: string, rows: SummaryRow[], lang: Lang, tracked: boolean): SummaryBlock {
  const w = summarySheetWords(lang);
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
    return [CLOSING_KEYS.has(r.key) ? null : ++n, groupLabel(r, lang), ...summaryCells(r, tracked)];
  });
  return { heading, columns, rows: body, total: [null, w.total, ...summaryCells(total, tracked)] };
}

export function summarySheetPlan(
  files: ScannedFile[],
  lang: Lang,
  asOf: string,
  dueSoonDays: number,
): SummarySheetPlan {
  const w = summarySheetWords(lang);
  const tables = files.flatMap((f) => f.tables);
  const byLead = mergeSummaryRows(tables.map((t) => t.summary.byLead));
  const byLeader = mergeSummaryRows(tables.map((t) => t.summary.byLeader));
  const scope = (what: string) => (tables.length > 1 ? `${what} (${w.all})` : what);
  const tracked = tracksCompletion(tables);
  const blocks = [
    block(scope(w.byLead), fieldLabel(lang, 'lead'), byLead, lang, tracked),
    block(scope(w.byLeader), fieldLabel(lang, 'leader'), byLeader, lang, tracked),
  ];
  if (tables.length > 1) {
    for (const t of tables) {
      const name = [t.sheet, t.title].filter(Boolean).join(' · ');
      blocks.push(
        block(`${w.byLead}: ${name}`, fieldLabel(lang, 'lead'), t.summary.byLead, lang, tracksCompletion([t])),
      );
    }
  }
  const overdue = byLead
    .filter((r) => r.openOverdue > 0)
    .sort((a, b) => b.openOverdue - a.openOverdue)
    .map((r): [string, number] => [groupLabel(r, lang), r.openOverdue]);
  return {
    title: w.title,
    subtitle: w.asOf(isoToDmy(asOf), dueSoonDays),
    blocks,
    overdueChart: { title: w.chart, columns: [fieldLabel(lang, 'lead'), w.overdue], rows: overdue },
  };
}
