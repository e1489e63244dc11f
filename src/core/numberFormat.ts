/**
 * Number formats as adapters meet them: is a number cell a date? Shared by every adapter so that a
 * date is a date whether the workbook came through ExcelJS or Office.js.
 */
const DATE_TOKEN_RE = /(^|[^"\\])[dmy]{1,4}/i;

export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '');
  return DATE_TOKEN_RE.test(bare) && !/^(0|#|General)/i.test(bare);
}
