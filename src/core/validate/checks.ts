/**
 * Every check the engine runs, in one list: scanWorkbook runs each on every table, in this order.
 * Each issue code is produced by exactly one of them (checks.test.ts).
 */
import type { Finding } from '../report/schema';
import { assignmentsCheck } from './checkAssignments';
import { columnsCheck } from './checkColumns';
import { deadlineDoubtsCheck } from './checkDeadlineDoubts';
import { dueDatesCheck } from './checkDueDates';
import { duplicateTasksCheck } from './checkDuplicateTasks';
import { layoutCheck } from './checkLayout';
import { legacyEncodingCheck } from './checkLegacyEncoding';
import { numberingCheck } from './checkNumbering';
import { spellingVariantsCheck } from './checkSpellingVariants';
import { unreadableCellsCheck } from './checkUnreadableCells';
import { issueFactory } from './issueFactory';
import type { CheckContext, TableCheck } from './tableCheck';

export const CHECKS: readonly TableCheck[] = [
  columnsCheck,
  assignmentsCheck,
  deadlineDoubtsCheck,
  dueDatesCheck,
  numberingCheck,
  duplicateTasksCheck,
  layoutCheck,
  unreadableCellsCheck,
  // Sheet-level: what the reader converted from a legacy encoding, on the sheet's first table.
  legacyEncodingCheck,
  // File-level: spellings are counted over the whole workbook, findings given per table.
  spellingVariantsCheck,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every check on one table; findings by row, errors first within a row. */
export function runChecks(ctx: CheckContext, checks: readonly TableCheck[] = CHECKS): Finding[] {
  const make = issueFactory(ctx.table.map);
  const findings = checks.flatMap((c) => c.run(ctx, make));
  return findings.sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
