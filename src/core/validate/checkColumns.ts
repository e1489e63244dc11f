import type { Field, Finding } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import type { ColumnMap } from '../recognize/mapColumns';
import { defineCheck } from './tableCheck';

const REQUIRED: Field[] = ['task', 'lead', 'deadline'];

/** Required columns (task, lead agency, deadline) that the table lacks. */
export function checkColumns(map: ColumnMap, headerRow: number, make: IssueFactory<'missing-column'>): Finding[] {
  return REQUIRED.filter((f) => map.fields[f] === undefined).map((f) =>
    make.at('missing-column', headerRow, null, null, { field: f }),
  );
}

export const columnsCheck = defineCheck({
  name: 'columns',
  codes: ['missing-column'],
  run: ({ table }, make) => checkColumns(table.map, table.top + 1, make),
});
