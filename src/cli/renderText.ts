/** The scan report as text for a terminal: per table, mapping, counts, issues and the two summaries. */
import { needsConfirmation } from '../core/recognize/mapColumns';
import { isoToDmy, writtenDateText } from '../core/isoDate';
import { fieldLabel, severityLabel } from '../core/i18n/labels';
import { SEVERITIES, severityCounts } from '../core/report/severityCounts';
import { summaryCells, summaryColumns } from '../core/plans/summarySheetPlan';
import { tracksCompletion } from '../core/summarize/summaryRow';
import { uiText } from './cliText';
import type { Lang } from '../core/i18n/lang';
import { issueMessage } from '../core/i18n/issueMessages';
import type { Field, Finding, ScannedFile, ScannedReport, ScannedTable, SummaryRow } from '../core/report/schema';

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}
function padLeft(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : ' '.repeat(n - len) + s;
}
function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n - 1).join('') + '…';
}

/** The terminal width the summaries fit when the terminal says none (a pipe, a file). */
export const DEFAULT_WIDTH = 100;

/** A name in lines of at most `n` characters, broken between words (a word longer than a line, inside it). */
export function wrapWords(s: string, n: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    let w = [...word];
    while (w.length > n) {
      if (line) lines.push(line);
      lines.push(w.slice(0, n).join(''));
      line = '';
      w = w.slice(n);
    }
    const piece = w.join('');
    if (!piece) continue;
    if (!line) line = piece;
    else if ([...line].length + 1 + w.length <= n) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function summaryTable(rows: SummaryRow[], firstHeader: string, lang: Lang, tracked: boolean, width: number): string[] {
  // The offices' layout, as on the summary sheets.
  const cols: [string, (r: SummaryRow) => string][] = summaryColumns(lang).map((c, i) => [
    c.short ?? c.header,
    (r) => {
      const v = summaryCells(r, tracked)[i]!;
      return c.kind === 'percent' && typeof v === 'number' ? `${Math.round(v * 100)}%` : String(v);
    },
  ]);
  const widths = cols.map(([title]) => Math.max(5, Math.min(17, [...title].length)));
  // The names get what the counts leave of the line (at least 16 characters), and wrap, never cut.
  const room = Math.max(16, width - 5 - widths.reduce((n, w) => n + w + 1, 0));
  const labelWidth = Math.min(
    room,
    rows.reduce((w, r) => Math.max(w, [...r.label].length), [...firstHeader].length),
  );
  const lines = [
    `    ${pad(clip(firstHeader, labelWidth), labelWidth)} ${cols.map(([t], i) => padLeft(clip(t, widths[i]!), widths[i]!)).join(' ')}`,
  ];
  for (const r of rows) {
    const [first, ...rest] = wrapWords(r.label, labelWidth);
    lines.push(`    ${pad(first!, labelWidth)} ${cols.map(([, f], i) => padLeft(f(r), widths[i]!)).join(' ')}`);
    for (const more of rest) lines.push(`      ${more}`);
  }
  return lines;
}

function renderIssues(issues: Finding[], lang: Lang, all: boolean): string[] {
  const t = uiText(lang);
  const lines: string[] = [];
  const count = severityCounts(issues);
  lines.push(`  ${t.issues}: ${SEVERITIES.map((s) => `${severityLabel(lang, s)}: ${count[s]}`).join(' · ')}`);
  for (const sev of SEVERITIES) {
    if (sev === 'info' && !all) continue;
    for (const i of issues.filter((x) => x.severity === sev)) {
      const cell = `${i.column ?? ''}${i.row}`;
      const no = i.no ? ` [${t.no} ${i.no}]` : '';
      lines.push(`    ${pad(severityLabel(lang, sev), 9)} ${pad(cell, 6)}${no} ${issueMessage(i, lang)} (${i.code})`);
    }
  }
  if (!all && count.info > 0) lines.push(`    ${t.infoHidden}`);
  return lines;
}

function renderTable(table: ScannedTable, lang: Lang, all: boolean, width: number): string[] {
  const t = uiText(lang);
  const lines: string[] = [];
  lines.push(`  ${t.sheet} “${table.sheet}” ${table.range}${table.title ? ` — ${clip(table.title, 100)}` : ''}`);
  if (table.documentDate)
    lines.push(
      `  ${t.documentDate}: ${writtenDateText(table.documentDate, table.documentDatePrecision, t.yearWord)}${table.documentDatePrecision && table.documentDatePrecision !== 'day' ? ` (${t.precision[table.documentDatePrecision]})` : ''}`,
    );
  const unsure = (f: Field) => needsConfirmation(table.confidence?.[f], table.reasons?.[f]);
  const mapping = (Object.entries(table.columns) as [Field, string][])
    .map(([f, col]) => `${col}=${fieldLabel(lang, f)}${unsure(f) ? '?' : ''}`)
    .join(' · ');
  const anyUnsure = (Object.keys(table.columns) as Field[]).some(unsure);
  lines.push(`  ${t.columns}: ${mapping}${anyUnsure ? `  (? ${t.pleaseConfirm})` : ''}`);
  const c = table.counts;
  lines.push(
    `  ${t.tasks}: ${c.tasks} · ${t.sections}: ${c.sections} · ${t.repeatedHeaders}: ${c.repeatedHeaders} · ${t.continuations}: ${c.continuations} · ${t.unassigned}: ${table.summary.unassigned}`,
  );
  // Loops, not push(...list): a list of a million issue lines would overflow the call stack.
  for (const line of renderIssues(table.issues, lang, all)) lines.push(line);
  lines.push(`  ${t.byLead}:`);
  lines.push(...summaryTable(table.summary.byLead, fieldLabel(lang, 'lead'), lang, tracksCompletion([table]), width));
  lines.push(`  ${t.byLeader}:`);
  lines.push(
    ...summaryTable(table.summary.byLeader, fieldLabel(lang, 'leader'), lang, tracksCompletion([table]), width),
  );
  return lines;
}

export function renderFile(file: ScannedFile, lang: Lang, all: boolean, width = DEFAULT_WIDTH): string {
  const t = uiText(lang);
  const lines = [`${file.path}`];
  if (file.error) lines.push(`  ${file.error.message}`);
  else if (file.tables.length === 0) lines.push(`  ${t.noTable}`);
  file.tables.forEach((table, i) => {
    if (i > 0) lines.push('');
    for (const line of renderTable(table, lang, all, width)) lines.push(line);
  });
  return lines.join('\n');
}

export function renderReport(report: ScannedReport, lang: Lang, all: boolean, width = DEFAULT_WIDTH): string {
  const t = uiText(lang);
  const head = `${t.asOf} ${isoToDmy(report.asOf)} · ${t.dueSoonWindow}: ${report.dueSoonDays}`;
  return [head, '', ...report.files.map((f) => renderFile(f, lang, all, width) + '\n')].join('\n');
}
