import { comparisonKey } from '../text';

/** Footnote markers inside header cells: "Cơ quan chủ trì[1]", "Thời hạn (*)", "Nguồn lực¹". */
const FOOTNOTE_RE = /\[\d{1,2}\]|\(\*+\)|\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/** The comparison key of a header cell, footnote markers removed. */
export function headerKey(text: string): string {
  return comparisonKey(text.replace(FOOTNOTE_RE, ' '));
}
