/**
 * The reporting cycle in the pane: "Tách theo đơn vị" (split the scanned appendix into one workbook per
 * lead agency, downloaded in the browser) and "Tổng hợp báo cáo" (read the returned workbooks picked by
 * the person, match and plan with the engine, let the person review, apply through the port, undo).
 * Every decision is the engine's; the engine, ExcelJS and JSZip load on demand (reportingEngine.ts).
 */
import { useCallback, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { CellChange, MatchReview, MergePlan } from '../../core/merge/mergePlan';
import type { MergeRun } from '../../core/merge/mergeReports';
import { scanSettingsSchema } from '../../core/scan/scanOptions';
import type { SplitPlan } from '../../core/split/splitPlan';
import type { TaskRef } from '../../core/split/taskRef';
import { dateToIso } from '../../core/isoDate';
import { fileFailureText } from '../../workbookPort/fileFailureText';
import type { StoredSettings } from '../../workbookPort/storedSettings';
import type { MergeWritesResult, WorkbookPort } from '../../workbookPort/workbookPort';
import type { Strings } from '../i18n/strings';
import { today, type ReportingHost } from '../state/useTracker';
import { downloadBytes, XLSX_TYPE, ZIP_TYPE } from '../download';
import type * as ReportingEngine from './reportingEngine';

let loaded: typeof ReportingEngine | null = null;

async function reportingEngine(): Promise<typeof ReportingEngine> {
  return (loaded ??= await import(/* webpackChunkName: "taskpane-reporting" */ './reportingEngine'));
}

export interface SplitChoice {
  plan: SplitPlan;
  /** The agencies' keys the person keeps ticked (all at first). */
  chosen: string[];
  /** One .zip, one .xlsx download per agency, or each opened as a new workbook in Excel (port.openWorkbooks). */
  format: SplitFormat;
}

export type SplitFormat = 'zip' | 'separate' | 'open';

export interface MergeReview {
  run: MergeRun;
  /** The scan the merge was planned against. */
  master: NonNullable<ReturnType<ReportingHost['master']>>;
  /** Files that could not be read, each with its message. */
  failed: { name: string; text: string }[];
  /** The person's ticks, by cell (`sheet!A1`); a change not ticked either way is written unless it needs confirmation. */
  ticks: Record<string, boolean>;
}

/** What the last "Áp dụng" wrote, so "Hoàn tác" can take it back. */
export interface AppliedMerge {
  plan: MergePlan;
  changes: CellChange[];
}

export const cellKey = (c: Pick<CellChange, 'sheet' | 'address'>) => `${c.sheet}!${c.address}`;

export function isTicked(review: MergeReview, c: CellChange): boolean {
  return review.ticks[cellKey(c)] ?? !c.needsConfirmation;
}

/** The workbook's name without its extension, for the zip's name. */
function stem(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Phu luc';
}

export function useReporting(port: WorkbookPort, host: ReportingHost, lang: Lang, settings: StoredSettings) {
  const [split, setSplit] = useState<SplitChoice | null>(null);
  const [merge, setMerge] = useState<MergeReview | null>(null);
  const [applied, setApplied] = useState<AppliedMerge | null>(null);
  const asOf = settings.asOf ?? today();

  const openSplit = useCallback(
    () =>
      host.act(async () => {
        const m = host.master();
        if (!m) return;
        const e = await reportingEngine();
        const plan = e.splitPlan({ file: m.report, grid: m.grid, lang, date: asOf });
        setSplit({ plan, chosen: plan.agencies.map((a) => a.key), format: 'zip' });
      }),
    [host, lang, asOf],
  );

  const chooseAgency = useCallback((key: string, on: boolean) => {
    setSplit((s) => s && { ...s, chosen: on ? [...new Set([...s.chosen, key])] : s.chosen.filter((k) => k !== key) });
  }, []);

  const chooseAll = useCallback((on: boolean) => {
    setSplit((s) => s && { ...s, chosen: on ? s.plan.agencies.map((a) => a.key) : [] });
  }, []);

  const setFormat = useCallback((format: SplitFormat) => setSplit((s) => s && { ...s, format }), []);

  /** Makes the chosen agencies' workbooks from the scan as it is now, and downloads them. */
  const downloadSplit = useCallback(
    () =>
      host.act(async () => {
        const m = host.master();
        if (!m || !split || split.chosen.length === 0) return;
        const e = await reportingEngine();
        const plan = e.splitPlan({ file: m.report, grid: m.grid, lang, date: asOf, agencies: split.chosen });
        const t = e.REPORTING_STRINGS[lang].split;
        const open = split.format === 'open' ? port.openWorkbooks : undefined;
        if (open) {
          const files = [];
          for (const w of plan.workbooks) files.push({ name: w.fileName, bytes: await e.splitWorkbookBytes(w) });
          await open(files);
        } else if (split.format === 'zip')
          downloadBytes(await e.splitWorkbooksZip(plan.workbooks), t.zipName(e.safeFileStem(stem(m.name))), ZIP_TYPE);
        else for (const w of plan.workbooks) downloadBytes(await e.splitWorkbookBytes(w), w.fileName, XLSX_TYPE);
        host.say({
          kind: 'success',
          text: open
            ? t.opened(plan.workbooks.map((w) => w.fileName))
            : t.done(plan.workbooks.length, split.format === 'zip'),
        });
      }),
    [host, port, split, lang, asOf],
  );

  /** Reads the picked files (each on its own: a bad one is said, the others still merge) and plans the merge. */
  const pickReturned = useCallback(
    (files: readonly File[]) =>
      host.act(async () => {
        const m = host.master();
        if (!m || files.length === 0) return;
        const e = await reportingEngine();
        const t = e.REPORTING_STRINGS[lang].merge;
        const scanSettings = scanSettingsSchema.parse({ asOf, dueSoonDays: settings.dueSoonDays, lang });
        const returned: ReportingEngine.ReturnedInputOf[] = [];
        const failed: MergeReview['failed'] = [];
        for (const f of files) {
          try {
            const modified = f.lastModified ? dateToIso(new Date(f.lastModified)) : null;
            returned.push(await e.returnedFromBytes(await f.arrayBuffer(), f.name, modified, scanSettings));
          } catch (err) {
            failed.push({ name: f.name, text: fileFailureText(err, f.name, lang, t) });
          }
        }
        if (returned.length === 0) {
          setMerge(null);
          host.say({ kind: 'error', text: t.nothingRead, detail: failed.map((x) => x.text).join('\n') });
          return;
        }
        const run = e.mergeReports({ master: m.report, grid: m.grid, returned, lang, date: today() });
        setMerge({ run, master: m, failed, ticks: {} });
      }),
    [host, lang, asOf, settings.dueSoonDays],
  );

  const tick = useCallback((c: CellChange, on: boolean) => {
    setMerge((r) => r && { ...r, ticks: { ...r.ticks, [cellKey(c)]: on } });
  }, []);

  /** Confirms a match to review as it is, re-points it to another master task, or says it has none; plans again. */
  const repoint = useCallback(
    (review: MatchReview, master: TaskRef | null) => {
      const e = loaded;
      if (!e) return;
      setMerge((r) => {
        if (!r) return r;
        const { file, returned } = review.match;
        const matches = r.run.matches.map((list, fi) =>
          fi === file ? list.map((m) => (m.returned === returned ? e.confirmMatch(m, master) : m)) : list,
        );
        const plan = e.mergePlan({
          master: r.master.report,
          grid: r.master.grid,
          index: r.run.index,
          files: r.run.files,
          matches,
          lang,
          date: today(),
        });
        return { ...r, run: { ...r.run, matches, plan } };
      });
    },
    [lang],
  );

  /** What a write did, said in one notice: cells and columns, and what was refused or kept. */
  const said = useCallback(
    (e: typeof ReportingEngine, result: MergeWritesResult, line: string) => {
      const t = e.REPORTING_STRINGS[lang].merge;
      const parts = [line];
      if (result.refused.length) parts.push(t.refused(result.refused.map((r) => `${r.sheet}!${r.address}`).join(', ')));
      if (result.keptColumns.length)
        parts.push(t.kept(result.keptColumns.map((c) => `${c.sheet}!${c.column}`).join(', ')));
      const warn = result.refused.length > 0 || result.keptColumns.length > 0;
      host.say({ kind: warn ? 'warning' : 'success', text: parts.join(' ') });
    },
    [host, lang],
  );

  const applyMerge = useCallback(
    () =>
      host.act(async () => {
        if (!merge) return;
        const plan = merge.run.plan;
        const accepted = plan.changes.filter((c) => isTicked(merge, c));
        const e = await reportingEngine();
        if (accepted.length === 0) {
          host.say({ kind: 'warning', text: e.REPORTING_STRINGS[lang].merge.nothingTicked });
          return;
        }
        const result = await port.applyMergeWrites(e.applyRequest(plan, accepted), host.target());
        host.noteSeen(result.seen);
        const refused = new Set(result.refused.map((r) => r.change));
        setApplied({ plan, changes: accepted.filter((c) => !refused.has(c.id)) });
        setMerge(null);
        await host.rescan();
        said(e, result, e.REPORTING_STRINGS[lang].merge.applied(result.written, result.columns));
      }),
    [host, merge, port, lang, said],
  );

  const undoMerge = useCallback(
    () =>
      host.act(async () => {
        if (!applied) return;
        const e = await reportingEngine();
        const result = await port.applyMergeWrites(e.undoRequest(applied.plan, applied.changes), host.target());
        host.noteSeen(result.seen);
        setApplied(null);
        await host.rescan();
        said(e, result, e.REPORTING_STRINGS[lang].merge.undone(result.written, result.columns));
      }),
    [host, applied, port, lang, said],
  );

  return {
    split,
    merge,
    applied,
    openSplit,
    chooseAgency,
    chooseAll,
    setFormat,
    canOpen: port.openWorkbooks !== undefined,
    downloadSplit,
    closeSplit: () => setSplit(null),
    pickReturned,
    tick,
    repoint,
    applyMerge,
    undoMerge,
    closeMerge: () => setMerge(null),
  };
}

export type Reporting = ReturnType<typeof useReporting>;

/** What each reporting panel is given: the state and actions, the pane's words, its language, whether it is busy. */
export interface ReportingPanelProps {
  reporting: Reporting;
  t: Strings;
  lang: Lang;
  busy: boolean;
}
