/**
 * The whole engine on one workbook: recognise tables in every sheet, read tasks, infer leaders across
 * tables, give states, validate and summarise. Returns the contract's FileReport.
 */
import { columnLetter } from '../a1';
import { comparisonKey } from '../text';
import type { WorkbookGrid } from '../grid';
import { rangeAddress } from '../a1';
import { noLeaderLabel, unassignedLabel } from '../i18n/labels';
import type { FileReport, Issue, TableReport, Task } from '../report/schema';
import { recognizeTables, type RecognizedTable } from '../recognize/recognizeTables';
import { taskState } from '../state/taskState';
import { summarizeTasks, leaderKey, type GroupLabels } from '../summarize/summarizeTasks';
import { checkAssignments } from '../validate/checkAssignments';
import { checkColumns } from '../validate/checkColumns';
import { checkDueDates } from '../validate/checkDueDates';
import { checkDuplicateTasks } from '../validate/checkDuplicateTasks';
import { checkNumbering, type NumberedRow } from '../validate/checkNumbering';
import { collectSpellings, mostUsedSpelling, spellingVariantIssue } from '../validate/checkSpellingVariants';
import { issueFactory } from '../validate/issueFactory';
import { checkLayout } from '../validate/checkLayout';
import { applyLeaderInference, learnLeaderByLead } from './inferLeaders';
import type { ScanSettings } from './scanOptions';
import { dominantDueYear, toTask, type TaskDraft } from './toTask';
import { statedYear } from '../recognize/documentTitle';

interface TableWork {
  table: RecognizedTable;
  drafts: TaskDraft[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** "(Kèm theo Báo cáo số …)": the appendix reports on work, it does not assign it. */
function isProgressReport(attachedTo: string | null): boolean {
  return attachedTo !== null && /^\W*kem theo (bao cao|thong bao ket qua)\b/.test(comparisonKey(attachedTo));
}

function readTables(grid: WorkbookGrid, settings: ScanSettings): TableWork[] {
  const work: TableWork[] = [];
  let previous: RecognizedTable | undefined;
  for (const sheet of grid.sheets) {
    const tables = recognizeTables(sheet, settings.columnOverrides, previous);
    if (tables.length) previous = tables[tables.length - 1];
    for (const table of tables) {
      // Deadlines without a year ("Tháng 6", "Quý III") take the year the title or the header states
      // ("Lịch công tác năm 2026"), else the document's.
      let year =
        statedYear(table.title.title ?? '') ??
        statedYear(table.header.texts.join(' ; ')) ??
        table.title.documentDate?.year ??
        null;
      let drafts = table.tasks.map((raw) => toTask(raw, year));
      if (year === null) {
        // No document date: months and "cả năm" without a year refer to the year most deadlines name.
        year = dominantDueYear(drafts.map((d) => d.task.deadline));
        if (year !== null) drafts = table.tasks.map((raw) => toTask(raw, year));
      }
      work.push({ table, drafts });
    }
  }
  return work;
}

export function scanWorkbook(grid: WorkbookGrid, path: string, settings: ScanSettings): FileReport {
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

  const leadSpellings = collectSpellings(allTasks, (t) => (t.lead ? { key: t.leadKey, text: t.lead } : null));
  const leaderSpellings = collectSpellings(allTasks, (t) =>
    t.leader && t.leaderSource === 'column' ? { key: leaderKey(t), text: t.leader } : null,
  );
  const labels: GroupLabels = {
    label: (key, fallback) =>
      mostUsedSpelling(leadSpellings, key) ?? mostUsedSpelling(leaderSpellings, key) ?? fallback,
    unassigned: unassignedLabel(settings.lang),
    noLeader: noLeaderLabel(settings.lang),
  };

  const tables: TableReport[] = work.map(({ table, drafts }) => {
    const lang = settings.lang;
    const make = issueFactory(table.map, lang);
    const tasks = drafts.map((d) => d.task);
    const docDate = table.title.documentDate?.iso ?? null;
    const numbered: NumberedRow[] = [];
    for (const br of table.body) {
      if ((br.kind === 'task' || br.kind === 'section') && br.facts)
        numbered.push({ row: br.row + 1, stt: br.facts.stt });
    }
    const issues: Issue[] = [
      ...checkColumns(table.map, table.top + 1, make, lang),
      // A report on progress ("Kèm theo Báo cáo …") is dated after the deadlines it reports on.
      ...checkAssignments(tasks, table.map, isProgressReport(table.title.attachedTo) ? null : docDate, make, lang),
      ...checkDueDates(tasks, settings.asOf, make, lang),
      ...checkNumbering(numbered, make),
      ...checkDuplicateTasks(tasks, make),
      ...checkLayout(table, drafts, make, lang),
    ];
    for (const t of tasks) {
      const lead = t.lead ? spellingVariantIssue(leadSpellings, t.leadKey, t.lead) : null;
      if (lead) issues.push(make.at('spelling-variant', t.row, 'lead', t.no || null, { text: t.lead, ...lead }));
      if (t.leader && t.leaderSource === 'column') {
        const v = spellingVariantIssue(leaderSpellings, leaderKey(t), t.leader);
        if (v) issues.push(make.at('spelling-variant', t.row, 'leader', t.no || null, { text: t.leader, ...v }));
      }
    }
    issues.sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

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
      counts,
      sections: table.sections.map((s) => ({ row: s.row + 1, no: s.no, title: s.title, level: s.level })),
      tasks,
      issues,
      summary: summarizeTasks(tasks, labels),
    };
  });
  return { path, error: null, tables };
}
