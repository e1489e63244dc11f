import type { Lang } from '../i18n/lang';
import { fieldLabel } from '../i18n/labels';
import type { Field, Issue } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import type { ColumnMap } from '../recognize/mapColumns';

const REQUIRED: Field[] = ['task', 'lead', 'deadline'];

/** Required columns (task, lead agency, deadline) that the table lacks. */
export function checkColumns(map: ColumnMap, headerRow: number, make: IssueFactory, lang: Lang): Issue[] {
  return REQUIRED.filter((f) => map.fields[f] === undefined).map((f) =>
    make.at('missing-column', headerRow, null, null, { field: fieldLabel(lang, f) }),
  );
}
