/**
 * Is every task assigned: one named lead agency (not two, not "các sở, ngành liên quan"), not
 * repeated among the coordinating agencies, a deadline that can be read and is not earlier than the
 * document itself, and an output / authority / leader where the table has those columns.
 */
import type { Lang } from '../i18n/lang';
import type { Issue, Task } from '../report/schema';
import type { ColumnMap } from '../recognize/mapColumns';
import { comparisonKey, isCollectiveAgency, splitAgencies } from '../text';
import type { IssueFactory } from './issueFactory';
import { formatDate } from './formatDate';

export function checkAssignments(
  tasks: Task[],
  map: ColumnMap,
  documentDate: string | null,
  make: IssueFactory,
  lang: Lang,
): Issue[] {
  const issues: Issue[] = [];
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
      if (d.kind === 'none') issues.push(make.at('missing-deadline', t.row, 'deadline', no));
      else if (d.kind === 'unknown')
        issues.push(make.at('unreadable-deadline', t.row, 'deadline', no, { text: d.text }));
      else if (documentDate && d.due && d.due < documentDate && t.state !== 'done-on-time' && t.state !== 'done-late') {
        issues.push(
          make.at('deadline-before-document', t.row, 'deadline', no, {
            due: formatDate(d.due, lang),
            document: formatDate(documentDate, lang),
          }),
        );
      }
    }
    if (has('output') && !t.output) issues.push(make.at('missing-output', t.row, 'output', no));
    if (has('authority') && !t.authority) issues.push(make.at('missing-authority', t.row, 'authority', no));
    if (has('leader') && !t.leader) issues.push(make.at('missing-leader', t.row, 'leader', no));
  }
  return issues;
}
