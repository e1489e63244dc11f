import { columnLetter } from '../a1';
import { issueMessage, issueSeverity, type IssueCode } from '../i18n/issueMessages';
import type { Lang } from '../i18n/lang';
import type { Field, Issue } from '../report/schema';
import type { ColumnMap } from '../recognize/mapColumns';

/** Makes issues located at a table's cells, in the user's language. */
export interface IssueFactory {
  /** An issue at a 1-based sheet row, in the column mapped to `field` (or the row when null). */
  at(
    code: IssueCode,
    row: number,
    field: Field | null,
    no: string | null,
    params?: Record<string, string | number>,
  ): Issue;
}

export function issueFactory(map: ColumnMap, lang: Lang): IssueFactory {
  return {
    at(code, row, field, no, params = {}) {
      const col = field !== null ? map.fields[field] : undefined;
      return {
        code,
        severity: issueSeverity(code),
        row,
        column: col !== undefined ? columnLetter(col) : null,
        no,
        message: issueMessage(code, lang, params),
      };
    },
  };
}
