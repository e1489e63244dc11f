/** `split` and `merge` in the terminal: what was written, what changes, and what needs a person. */
import type { Lang } from '../core/i18n/lang';
import { reportingHeader } from '../core/i18n/reportingLabels';
import { isoToDmy } from '../core/isoDate';
import type { TaskMatch } from '../core/merge/matchTasks';
import type { CellChange, MergePlan, MergeValue, TaskSummary } from '../core/merge/mergePlan';
import type { SplitPlan } from '../core/split/splitPlan';
import { reportingText, sheetRef } from './cliText';

const TEXT_WIDTH = 70;

function clip(s: string, n = TEXT_WIDTH): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n - 1).join('') + '…';
}

function number(n: number, lang: Lang): string {
  const s = n.toFixed(2);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

function valueText(v: MergeValue, lang: Lang): string {
  if (v === null || v === '') return reportingText(lang).empty;
  if (typeof v === 'object') return isoToDmy(v.date);
  if (typeof v === 'number') return String(v);
  return `“${clip(v.replace(/\n/g, ' / '))}”`;
}

const stt = (no: string) => (no ? ` [STT ${no}]` : '');

function taskLine(t: TaskSummary, lang: Lang): string {
  return `${t.sheet} ${reportingText(lang).row} ${t.row}${stt(t.no)} “${clip(t.task)}”`;
}

export function renderSplit(plan: SplitPlan, master: string, dir: string, lang: Lang): string {
  const t = reportingText(lang);
  const lines = [t.splitHeading(master, plan.workbooks.length, dir)];
  for (const w of plan.workbooks) lines.push(`  ${t.splitFile(w.fileName, w.agency.label, w.tasks)}`);
  if (plan.unassigned.length) {
    lines.push(t.unassigned(plan.unassigned.length));
    for (const u of plan.unassigned) lines.push(`  ${u.sheet} ${t.row} ${u.row}${stt(u.no)} “${clip(u.task)}”`);
  }
  return lines.join('\n');
}

function changeLine(c: CellChange, lang: Lang, why: boolean): string {
  const t = reportingText(lang);
  const from = [...new Set(c.from.map((f) => f.agency))].join(', ');
  const reasons = why && c.confirm.length ? ` (${c.confirm.map((r) => t.confirm[r]).join('; ')})` : '';
  return `  ${sheetRef(c.sheet, c.address)}${stt(c.no)} ${reportingHeader(lang, c.field)}: ${valueText(c.old, lang)} → ${valueText(c.new, lang)} — ${from}${reasons}`;
}

function matchFlags(m: TaskMatch, lang: Lang, masterNo: (m: TaskMatch) => string): string {
  const t = reportingText(lang);
  const flags = [`${t.confidence} ${number(m.confidence, lang)}`, t.reasons[m.reason]];
  if (m.weak) flags.push(t.flags.weak);
  if (m.ambiguous) flags.push(t.flags.ambiguous(masterNo(m)));
  if (m.duplicate) flags.push(t.flags.duplicate);
  if (m.keyLost) flags.push(t.flags.keyLost);
  return flags.join('; ');
}

export function renderMerge(
  plan: MergePlan,
  accepted: ReadonlySet<number>,
  p: {
    master: string;
    date: string;
    lang: Lang;
    written: { file: string; cells: number } | null;
    noOf: (ref: { table: number; task: number }) => string;
  },
): string {
  const { lang } = p;
  const t = reportingText(lang);
  const lines = [t.mergeHeading(p.master, plan.files.length, isoToDmy(p.date))];
  for (const f of plan.files)
    lines.push(`  ${t.fileLine(f.name, f.agency, t.agencySource[f.agencySource], f.tasks, f.matched)}`);
  const applied = plan.changes.filter((c) => accepted.has(c.id));
  const pending = plan.changes.filter((c) => !accepted.has(c.id));
  if (plan.changes.length === 0) lines.push(t.nothing);
  if (applied.length) {
    lines.push(t.applied(applied.length, plan.changes.length));
    for (const c of applied) lines.push(changeLine(c, lang, false));
  }
  if (pending.length) {
    lines.push(t.pending(pending.length), `  ${t.pendingHint}`);
    for (const c of pending) lines.push(changeLine(c, lang, true));
  }
  if (plan.review.length) {
    lines.push(t.review(plan.review.length));
    const secondNo = (m: TaskMatch) => (m.alternatives[0] ? p.noOf(m.alternatives[0].master) : '?');
    for (const r of plan.review) {
      const back = `${r.returned.fileName}: ${r.returned.sheet} ${t.row} ${r.returned.row}${stt(r.returned.no)} “${clip(r.returned.task, 50)}”`;
      const to = r.master ? taskLine(r.master, lang) : t.reasons.none;
      lines.push(`  ${back} → ${to} (${matchFlags(r.match, lang, secondNo)})`);
    }
  }
  if (plan.unmatched.length) {
    lines.push(t.unmatched(plan.unmatched.length));
    for (const u of plan.unmatched)
      lines.push(
        `  ${u.fileName}: ${u.sheet} ${t.row} ${u.row}${stt(u.no)} “${clip(u.task)}”${u.reports ? '' : ` (${t.reportsNothing})`}`,
      );
  }
  if (plan.conflicts.length) {
    lines.push(t.conflicts(plan.conflicts.length));
    for (const c of plan.conflicts) {
      const said = c.reports
        .map((r) => `${r.agency}: ${c.field === 'completedOn' ? isoToDmy(r.value) : `“${clip(r.value, 40)}”`}`)
        .join('; ');
      lines.push(`  ${taskLine(c.task, lang)} — ${reportingHeader(lang, c.field)}: ${said}`);
    }
  }
  if (plan.badDates.length) {
    lines.push(t.badDates(plan.badDates.length));
    for (const b of plan.badDates)
      lines.push(`  ${b.fileName}: ${b.sheet} ${t.row} ${b.row}${stt(b.no)} “${clip(b.text, 40)}”`);
  }
  const unreported = plan.unreported.reduce((n, u) => n + u.tasks.length, 0);
  if (unreported) {
    lines.push(t.unreported(unreported));
    for (const u of plan.unreported) {
      // Per sheet: an STT alone is not a task when the workbook holds several tables.
      const bySheet = new Map<string, string[]>();
      for (const x of u.tasks) {
        const list = bySheet.get(x.sheet) ?? [];
        list.push(x.no ? x.no : `${t.row} ${x.row}`);
        bySheet.set(x.sheet, list);
      }
      const where = [...bySheet].map(([sheet, nos]) => `${sheet}: STT ${nos.join(', ')}`).join('; ');
      lines.push(`  ${u.agency.label} (${u.tasks.length}) — ${where}`);
    }
  }
  lines.push(p.written ? t.wrote(p.written.file, p.written.cells) : t.preview);
  return lines.join('\n');
}
