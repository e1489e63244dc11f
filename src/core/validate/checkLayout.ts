/**
 * Informational findings about how the table was read, so the user can check them: rows merged as
 * continuations of a task split across pages, repeated headers skipped, values taken from a merged
 * cell above, and cells holding Excel error values.
 */
import { columnLetter, rangeAddress } from '../a1';
import type { Finding } from '../report/schema';
import type { RecognizedTable } from '../recognize/recognizeTables';
import type { TaskDraft } from '../scan/toTask';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

const CODES = [
  'repeated-header',
  'template-row',
  'extra-lead-row',
  'continuation-merged',
  'value-inherited',
  'cell-error',
  'used-range-oversized',
] as const;

export function checkLayout(
  table: RecognizedTable,
  drafts: TaskDraft[],
  make: IssueFactory<(typeof CODES)[number]>,
): Finding[] {
  const issues: Finding[] = [];
  const seenHeaders = new Set<number>();
  for (const br of table.body) {
    if (br.kind !== 'repeated-header') continue;
    // Report a two-row repeated header once, at its first row.
    if (seenHeaders.has(br.row - 1)) {
      seenHeaders.add(br.row);
      continue;
    }
    seenHeaders.add(br.row);
    issues.push(make.at('repeated-header', br.row + 1, null, null));
  }
  // The task above a row: the body and the drafts are both in row order, so one index walks down with
  // the rows (a search from the end for each row was quadratic in a table of many extra-lead rows).
  let next = 0;
  const taskAbove = (row: number) => {
    while (next < drafts.length && drafts[next]!.raw.rows[0]! < row) next++;
    return next > 0 ? drafts[next - 1] : undefined;
  };
  for (const br of table.body) {
    if (br.kind === 'template') issues.push(make.at('template-row', br.row + 1, 'no', br.facts?.stt.text || null));
    if (br.kind === 'extra-lead') {
      const above = taskAbove(br.row);
      issues.push(
        make.at('extra-lead-row', br.row + 1, 'lead', above?.task.no || null, {
          lead: br.facts?.text.lead ?? '',
          no: above?.task.no || '?',
        }),
      );
    }
  }
  for (const { task, raw } of drafts) {
    for (const r of raw.continuationRows) {
      issues.push(make.at('continuation-merged', r + 1, null, task.no || null, { row: r + 1, no: task.no || '?' }));
    }
    for (const field of raw.inherited) {
      if (field === 'no') continue;
      issues.push(
        make.at('value-inherited', task.row, field, task.no || null, {
          field,
          value: raw.text[field] ?? '',
        }),
      );
    }
  }
  for (const e of table.errorCells) {
    const issue = make.at('cell-error', e.row + 1, null, null, { value: e.text });
    issues.push({ ...issue, column: columnLetter(e.col) });
  }
  const over = table.oversizedRange;
  if (over) {
    // At the used range's far corner: the cell to go to, to delete what lies beyond the content.
    const { used, content } = over;
    const issue = make.at('used-range-oversized', used.rows, null, null, {
      sheet: table.sheet,
      used: rangeAddress(0, 0, used.rows - 1, used.columns - 1),
      content: content.rows && content.columns ? rangeAddress(0, 0, content.rows - 1, content.columns - 1) : 'A1',
    });
    issues.push({ ...issue, column: columnLetter(used.columns - 1) });
  }
  return issues;
}

export const layoutCheck = defineCheck({
  name: 'layout',
  codes: CODES,
  run: ({ table, drafts }, make) => checkLayout(table, drafts, make),
});
