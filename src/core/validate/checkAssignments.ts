/**
 * Is every task assigned: one named lead agency (not two, not "các sở, ngành liên quan"), not
 * repeated among the coordinating agencies, a deadline that can be read and is not earlier than the
 * document itself, and an output / authority / leader where the table has those columns.
 */
import type { Finding, Task } from '../report/schema';
import type { ColumnMap } from '../recognize/mapColumns';
import { isPlaceholderDeadline } from '../deadline';
import { comparisonKey, isCollectiveAgency, splitAgencies } from '../text';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

const CODES = [
  'missing-lead',
  'multiple-leads',
  'vague-lead',
  'lead-also-coordinating',
  'missing-deadline',
  'unreadable-deadline',
  'placeholder-deadline',
  'deadline-before-document',
  'missing-output',
  'missing-authority',
  'missing-leader',
] as const;

/** "(Kèm theo Báo cáo số …)": the appendix reports on work, it does not assign it. */
function isProgressReport(attachedTo: string | null): boolean {
  return attachedTo !== null && /^\W*kem theo (bao cao|thong bao ket qua)\b/.test(comparisonKey(attachedTo));
}

/**
 * `explained`: tasks whose deadline another finding already explains (an unreadable cell, a deadline
 * that cannot be true: src/validate/checkUnreadableCells.ts, checkDeadlineDoubts.ts), so it is not
 * also called unreadable.
 */
export function checkAssignments(
  tasks: Task[],
  map: ColumnMap,
  documentDate: string | null,
  make: IssueFactory<(typeof CODES)[number]>,
  explained: ReadonlySet<Task> = new Set(),
): Finding[] {
  const issues: Finding[] = [];
  const has = (f: keyof ColumnMap['fields']) => map.fields[f] !== undefined;
  for (const t of tasks) {
    const no = t.no || null;
    if (has('lead')) {
      if (!t.lead) issues.push(make.at('missing-lead', t.row, 'lead', no));
      else {
        const parts = splitAgencies(t.lead);
        if (parts.length >= 2) {
          issues.push(make.at('multiple-leads', t.row, 'lead', no, { count: parts.length, list: parts.join('; ') }));
        } else if (isCollectiveAgency(t.lead)) {
          issues.push(make.at('vague-lead', t.row, 'lead', no, { lead: t.lead }));
        }
        const coordKeys = new Set(t.coordinating.map(comparisonKey));
        if (t.leadKey && coordKeys.has(t.leadKey)) {
          issues.push(make.at('lead-also-coordinating', t.row, 'coordinating', no, { lead: t.lead }));
        }
      }
    }
    if (has('deadline')) {
      const d = t.deadline;
      if (explained.has(t)) {
        // Said by its own finding at the same cell.
      } else if (d.kind === 'none') issues.push(make.at('missing-deadline', t.row, 'deadline', no));
      else if (d.kind === 'unknown' && isPlaceholderDeadline({ value: d.text, text: d.text }))
        issues.push(make.at('placeholder-deadline', t.row, 'deadline', no, { text: d.text }));
      else if (d.kind === 'unknown')
        issues.push(make.at('unreadable-deadline', t.row, 'deadline', no, { text: d.text }));
      else if (documentDate && d.due && d.due < documentDate && t.state !== 'done-on-time' && t.state !== 'done-late') {
        issues.push(make.at('deadline-before-document', t.row, 'deadline', no, { due: d.due, document: documentDate }));
      }
    }
    if (has('output') && !t.output) issues.push(make.at('missing-output', t.row, 'output', no));
    if (has('authority') && !t.authority) issues.push(make.at('missing-authority', t.row, 'authority', no));
    if (has('leader') && !t.leader) issues.push(make.at('missing-leader', t.row, 'leader', no));
  }
  return issues;
}

export const assignmentsCheck = defineCheck({
  name: 'assignments',
  codes: CODES,
  run: ({ table, tasks, drafts }, make) =>
    checkAssignments(
      tasks,
      table.map,
      // A report on progress ("Kèm theo Báo cáo …") is dated after the deadlines it reports on.
      isProgressReport(table.title.attachedTo) ? null : (table.title.documentDate?.iso ?? null),
      make,
      new Set(drafts.filter((d) => d.doubt || d.deadlineUnreadable).map((d) => d.task)),
    ),
});
