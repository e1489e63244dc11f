import { columnLetter } from '../a1';
import { issueSeverity, type IssueCode, type IssueParamsOf } from '../i18n/issueMessages';
import type { Field, Finding } from '../report/schema';
import type { ColumnMap } from '../recognize/mapColumns';

/** The parameters argument of a code: optional for codes that carry none. */
type ParamsArg<C extends IssueCode> =
  IssueParamsOf<C> extends Record<string, never> ? [params?: IssueParamsOf<C>] : [params: IssueParamsOf<C>];

/**
 * Makes findings located at a table's cells: code, severity, cell, STT and the code's typed
 * parameters, no text. `C` is the set of codes a check may make.
 */
export interface IssueFactory<C extends IssueCode = IssueCode> {
  /** A finding at a 1-based sheet row, in the column mapped to `field` (or the row when null). */
  at<K extends C>(code: K, row: number, field: Field | null, no: string | null, ...params: ParamsArg<K>): Finding;
}

export function issueFactory(map: ColumnMap): IssueFactory {
  return {
    at(code, row, field, no, ...[params]) {
      const col = field !== null ? map.fields[field] : undefined;
      return {
        code,
        severity: issueSeverity(code),
        row,
        column: col !== undefined ? columnLetter(col) : null,
        no,
        params: params ?? {},
      };
    },
  };
}
