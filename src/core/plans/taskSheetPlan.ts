/**
 * The normalised task sheet: one row per task with its parsed deadline as a date and its state, the
 * lead agency and leader as grouped (spelling variants under one label) so filters and PivotTables
 * count them together. Source of the add-in's task sheet and of the report workbook.
 */
import type { Lang } from '../i18n/lang';
import { deadlineKindLabel, fieldLabel, stateLabel, taskSheetWords } from '../i18n/labels';
import { LANGS } from '../i18n/lang';
import { normalizeText } from '../text/normalizeText';
import type { ScannedFile, ScannedTable, Task } from '../report/schema';
import { groupLabel, NO_LEADER_KEY, UNASSIGNED_KEY } from '../summarize/groupKeys';
import { leaderKey } from '../summarize/summarizeTasks';
import { cellText, type PlanColumn, type TablePlan } from './sheetPlan';

export interface TaskSheetPlan extends TablePlan {
  /** Header names the PivotTables use. */
  pivotFields: { lead: string; leader: string; state: string; count: string };
}

function rowsText(rows: number[]): string {
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

function tableName(t: ScannedTable): string {
  return [t.sheet, t.title].filter(Boolean).join(' · ');
}

/** key → label of the grouped summary rows, to name each task's group. */
function groupLabels(t: ScannedTable, lang: Lang): { lead(task: Task): string; leader(task: Task): string } {
  const lead = new Map(t.summary.byLead.map((r) => [r.key, groupLabel(r, lang)]));
  const leader = new Map(t.summary.byLeader.map((r) => [r.key, groupLabel(r, lang)]));
  return {
    lead: (k) => lead.get(k.leadKey || UNASSIGNED_KEY) ?? k.lead,
    leader: (k) => leader.get(leaderKey(k) || NO_LEADER_KEY) ?? k.leader ?? '',
  };
}

export function taskSheetPlan(files: ScannedFile[], lang: Lang, withFile = files.length > 1): TaskSheetPlan {
  const w = taskSheetWords(lang);
  const f = (name: Parameters<typeof fieldLabel>[1]) => fieldLabel(lang, name);
  const columns: PlanColumn[] = [
    ...(withFile ? [{ header: w.file, kind: 'text', width: 18 } as PlanColumn] : []),
    { header: w.table, kind: 'text', width: 22 },
    { header: f('no'), kind: 'text', width: 7 },
    { header: f('task'), kind: 'text', width: 60 },
    { header: f('output'), kind: 'text', width: 28 },
    { header: f('lead'), kind: 'text', width: 28 },
    { header: w.leadAsWritten, kind: 'text', width: 28 },
    { header: f('coordinating'), kind: 'text', width: 30 },
    { header: f('leader'), kind: 'text', width: 24 },
    { header: f('deadline'), kind: 'text', width: 20 },
    { header: w.kind, kind: 'text', width: 14 },
    { header: w.start, kind: 'date', width: 12 },
    { header: w.due, kind: 'date', width: 12 },
    { header: w.state, kind: 'text', width: 24 },
    { header: f('status'), kind: 'text', width: 20 },
    { header: f('completedOn'), kind: 'date', width: 12 },
    { header: w.rows, kind: 'text', width: 8 },
    { header: w.section, kind: 'text', width: 30 },
    { header: w.count, kind: 'integer', width: 8 },
  ];
  const rows: TablePlan['rows'] = [];
  for (const file of files) {
    for (const t of file.tables) {
      const label = groupLabels(t, lang);
      for (const k of t.tasks) {
        rows.push([
          ...(withFile ? [file.path] : []),
          tableName(t),
          k.no,
          cellText(k.task),
          cellText(k.output),
          label.lead(k),
          k.lead,
          cellText(k.coordinating.join('; ')),
          label.leader(k),
          k.deadline.text,
          deadlineKindLabel(lang, k.deadline.kind),
          k.deadline.start,
          k.deadline.due,
          stateLabel(lang, k.state),
          k.status ?? '',
          k.completedOn ?? null,
          rowsText(k.rows),
          cellText(k.section ?? ''),
          1,
        ]);
      }
    }
  }
  return { columns, rows, pivotFields: { lead: f('lead'), leader: f('leader'), state: w.state, count: w.count } };
}

/**
 * Is this the header of the task sheet the add-in (or the command line) wrote? Its own output is never an
 * appendix: scanning a workbook after “Tổng hợp” must not count every task twice.
 */
export function isTaskSheetHeader(headerTexts: string[]): boolean {
  const cells = new Set(headerTexts.map((t) => normalizeText(t)).filter(Boolean));
  return LANGS.some((lang) => {
    const w = taskSheetWords(lang);
    return [w.leadAsWritten, w.kind, w.count, w.due].every((h) => cells.has(normalizeText(h)));
  });
}
