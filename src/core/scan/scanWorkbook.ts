/**
 * The whole engine on one workbook: recognise tables in every sheet, read tasks, infer leaders across
 * tables, give states, run every check (validate/checks.ts) and summarise. Returns the scanned file:
 * the contract's file entry with findings (code + params) that the edges render in the user's language.
 */
import { columnLetter } from '../a1';
import { cellAt, type WorkbookGrid } from '../grid';
import type { Anchor } from '../deadline/plausibleDeadline';
import { startColumn } from '../recognize/startColumn';
import { rangeAddress } from '../a1';
import { noLeaderLabel, unassignedLabel } from '../i18n/labels';
import type { ScannedFile, ScannedTable, Task } from '../report/schema';
import { recognizeTables, type RecognizedTable } from '../recognize/recognizeTables';
import { taskState } from '../state/taskState';
import { summarizeTasks, type GroupLabels } from '../summarize/summarizeTasks';
import { CHECKS, runChecks } from '../validate/checks';
import type { TableCheck } from '../validate/tableCheck';
import { fileSpellings, mostUsedSpelling } from '../validate/checkSpellingVariants';
import { applyLeaderInference, learnLeaderByLead } from './inferLeaders';
import type { ScanSettings } from './scanOptions';
import { dominantDueYear, toTask, type TaskDraft } from './toTask';
import { statedYear } from '../recognize/documentTitle';
import { isTaskSheetHeader } from '../plans/taskSheetPlan';
import { legacyConversions, type LegacyConversion } from '../text/legacyEncodings/legacyCells';

interface TableWork {
  table: RecognizedTable;
  drafts: TaskDraft[];
  /** What the reader converted from a legacy encoding on the sheet: on the sheet's first table only. */
  legacy: LegacyConversion[];
}

function readTables(grid: WorkbookGrid, settings: ScanSettings): TableWork[] {
  const work: TableWork[] = [];
  let previous: RecognizedTable | undefined;
  for (const sheet of grid.sheets) {
    // The task sheet a summary wrote is the add-in's own output, never an appendix.
    const tables = recognizeTables(sheet, settings.columnOverrides, previous, settings.tableOverrides).filter(
      (t) => !isTaskSheetHeader(t.header.texts),
    );
    if (tables.length) previous = tables[tables.length - 1];
    let legacy = tables.length ? legacyConversions(sheet.rows) : [];
    for (const table of tables) {
      // Deadlines without a year ("Tháng 6", "Quý III") take the year the title or the header states
      // ("Lịch công tác năm 2026"), else the document's.
      let year =
        statedYear(table.title.title ?? '') ??
        statedYear(table.header.texts.join(' ; ')) ??
        table.title.documentDate?.year ??
        null;
      // Deadlines are measured from the document's date, else the as-of date (plausibleDeadline.ts).
      const docDate = table.title.documentDate?.iso;
      const anchor: Anchor = docDate ? { date: docDate, kind: 'document' } : { date: settings.asOf, kind: 'as-of' };
      const startCol = startColumn(table.header.texts, table.map);
      const read = (y: number | null) =>
        table.tasks.map((raw) =>
          toTask(raw, y, anchor, startCol === null ? null : cellAt(sheet, raw.rows[0]!, startCol)),
        );
      let drafts = read(year);
      if (year === null) {
        // No document date: months and "cả năm" without a year refer to the year most deadlines name.
        year = dominantDueYear(drafts.map((d) => d.task.deadline));
        if (year !== null) drafts = read(year);
      }
      work.push({ table, drafts, legacy });
      legacy = [];
    }
  }
  return work;
}

export function scanWorkbook(
  grid: WorkbookGrid,
  path: string,
  settings: ScanSettings,
  checks: readonly TableCheck[] = CHECKS,
): ScannedFile {
  const work = readTables(grid, settings);
  const allTasks: Task[] = work.flatMap((w) => w.drafts.map((d) => d.task));

  applyLeaderInference(allTasks, learnLeaderByLead(allTasks), settings.leaderByLead);
  for (const w of work) {
    for (const d of w.drafts)
      d.task.state = taskState(
        { deadline: d.task.deadline, status: d.status, completedOn: d.task.completedOn ?? null },
        settings.asOf,
        settings.dueSoonDays,
      );
  }

  const spellings = fileSpellings(allTasks);
  const { leadSpellings, leaderSpellings } = spellings;
  const labels: GroupLabels = {
    label: (key, fallback) =>
      mostUsedSpelling(leadSpellings, key) ?? mostUsedSpelling(leaderSpellings, key) ?? fallback,
    unassigned: unassignedLabel(settings.lang),
    noLeader: noLeaderLabel(settings.lang),
  };

  const tables: ScannedTable[] = work.map(({ table, drafts, legacy }) => {
    const tasks = drafts.map((d) => d.task);
    const docDate = table.title.documentDate?.iso ?? null;
    const issues = runChecks({ table, drafts, tasks, asOf: settings.asOf, file: spellings, legacy }, checks);

    const columns: Record<string, string> = {};
    for (const [f, c] of Object.entries(table.map.fields)) columns[f] = columnLetter(c as number);
    const counts = {
      tasks: tasks.length,
      sections: table.sections.length,
      repeatedHeaders: table.body.filter((r) => r.kind === 'repeated-header').length / 1,
      continuations: table.continuations,
      blank: table.body.filter((r) => r.kind === 'blank').length,
    };
    // A two-row header repeated counts once per repeat.
    counts.repeatedHeaders = Math.round(counts.repeatedHeaders / Math.max(1, table.header.height));
    return {
      sheet: table.sheet,
      range: rangeAddress(table.top, table.left, table.bottom, table.right),
      headerRow: table.top + 1,
      title: table.title.title ?? table.title.appendixLabel,
      documentDate: docDate,
      documentDatePrecision: table.title.documentDate?.precision ?? null,
      columns,
      headers: table.map.headers,
      headerCells: table.header.texts
        .slice(table.left, table.right + 1)
        .map((text, i) => ({ column: columnLetter(table.left + i), text })),
      confidence: table.map.confidence,
      reasons: table.map.reasons,
      foundBy: table.header.foundBy ?? 'header',
      headerHeight: table.header.height,
      counts,
      sections: table.sections.map((s) => ({ row: s.row + 1, no: s.no, title: s.title, level: s.level })),
      tasks,
      issues,
      summary: summarizeTasks(tasks, labels),
    };
  });
  return { path, error: null, tables };
}
