/**
 * The one interface every check implements: the codes it may produce and a run over one table in
 * the context of its file. Checks return findings (code, severity, cell, STT, params), never text.
 */
import type { IssueCode } from '../i18n/issueMessages';
import type { RecognizedTable } from '../recognize/recognizeTables';
import type { Finding, Task } from '../report/schema';
import type { TaskDraft } from '../scan/toTask';
import type { IssueFactory } from './issueFactory';
import type { SpellingVariants } from './checkSpellingVariants';
import type { LegacyConversion } from '../text/legacyEncodings/legacyCells';

export interface CheckContext {
  table: RecognizedTable;
  drafts: TaskDraft[];
  /** The table's tasks, leaders inferred and states given. */
  tasks: Task[];
  asOf: string;
  /** File-level facts, over every table of the workbook: how leads and leaders are spelt. */
  file: { leadSpellings: SpellingVariants; leaderSpellings: SpellingVariants };
  /**
   * The cells of the table's sheet its reader converted from a legacy encoding (TCVN3, VNI), per
   * encoding: given to the first table of each sheet, empty for the others (one finding per sheet).
   */
  legacy?: readonly LegacyConversion[];
}

export interface TableCheck {
  readonly name: string;
  /** Every code the check can produce; each code belongs to exactly one check. */
  readonly codes: readonly IssueCode[];
  run(ctx: CheckContext, make: IssueFactory): Finding[];
}

/** A check whose factory only makes the codes it declares (checked by the compiler). */
export function defineCheck<C extends IssueCode>(check: {
  name: string;
  codes: readonly C[];
  run(ctx: CheckContext, make: IssueFactory<C>): Finding[];
}): TableCheck {
  return check;
}
