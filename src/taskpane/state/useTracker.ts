/**
 * The pane's state and actions. Every decision is the engine's (scanWorkbook, the plans); every
 * workbook access is the port's. This hook only sequences them and keeps what the person sees.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { nextLang, type Lang } from '../../core/i18n/lang';
import { dateToIso } from '../../core/isoDate';
import { buildHighlightPlan, type HighlightPlan } from '../../core/plans/highlightPlan';
import { summarySheetPlan } from '../../core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../core/plans/taskSheetPlan';
import { trackingColumnsPlan } from '../../core/plans/trackingColumnsPlan';
import type { ColumnOverride } from '../../core/recognize/columnOverrides';
import type { Field, Finding, ScannedFile, ScannedTable } from '../../core/report/schema';
import { scanSettingsSchema } from '../../core/scan/scanOptions';
import { scanWorkbook } from '../../core/scan/scanWorkbook';
import type { WorkbookGrid } from '../../core/grid';
import { HostError, type HostErrorCode } from '../../workbookPort/hostError';
import { DEFAULT_SETTINGS, type StoredSettings } from '../../workbookPort/storedSettings';
import type { Capability, ReadProgress, WorkbookPort } from '../../workbookPort/workbookPort';
import { STRINGS, type Strings } from '../i18n/strings';

export interface Notice {
  kind: 'success' | 'warning' | 'error';
  text: string;
  detail?: string;
}

export interface TrackerState {
  lang: Lang;
  t: Strings;
  settings: StoredSettings;
  report: ScannedFile | null;
  busy: boolean;
  progress: ReadProgress | null;
  notice: Notice | null;
  stale: boolean;
  highlights: HighlightPlan['counts'] | null;
}

export function today(): string {
  return dateToIso(new Date());
}

export function useTracker(port: WorkbookPort, initialLang: Lang) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_SETTINGS);
  const [report, setReport] = useState<ScannedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [stale, setStale] = useState(false);
  const [highlights, setHighlights] = useState<HighlightPlan['counts'] | null>(null);
  const grid = useRef<{ name: string; grid: WorkbookGrid } | null>(null);
  const t = STRINGS[lang];

  const fail = useCallback(
    (e: unknown) => {
      const code: HostErrorCode = e instanceof HostError ? e.code : 'unknown';
      const detail = e instanceof Error ? e.message : String(e);
      setNotice({ kind: 'error', text: STRINGS[lang].errors[code], detail });
    },
    [lang],
  );

  const lacks = useCallback(
    (missing: Capability[]): Notice | null =>
      missing.length
        ? { kind: 'warning', text: STRINGS[lang].hostLacks(missing.map((m) => STRINGS[lang].missing[m]).join(', ')) }
        : null,
    [lang],
  );

  /** Run one action with the busy state and error handling around it. */
  const act = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setNotice(null);
      try {
        await work();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [fail],
  );

  const analyse = useCallback((s: StoredSettings, language: Lang) => {
    if (!grid.current) return null;
    const scan = scanSettingsSchema.parse({
      asOf: s.asOf ?? today(),
      dueSoonDays: s.dueSoonDays,
      lang: language,
      leaderByLead: s.leaderByLead,
      columnOverrides: s.columnOverrides,
    });
    const next = scanWorkbook(grid.current.grid, grid.current.name, scan);
    setReport(next);
    return next;
  }, []);

  // Settings stored in the workbook, once.
  useEffect(() => {
    let live = true;
    port.loadSettings().then(
      (s) => {
        if (live && s) setSettings(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  // Results go stale when the person edits a sheet after a scan.
  useEffect(() => {
    if (!report) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    port
      .watchChanges(() => {
        if (live) setStale(true);
      })
      .then(
        (s) => {
          if (live) stop = s;
          else void s();
        },
        () => undefined,
      );
    return () => {
      live = false;
      if (stop) void stop().catch(() => undefined);
    };
  }, [port, report !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const scan = useCallback(
    () =>
      act(async () => {
        grid.current = await port.readWorkbook(setProgress);
        analyse(settings, lang);
        setStale(false);
      }),
    [act, analyse, port, settings, lang],
  );

  const highlight = useCallback(
    () =>
      act(async () => {
        if (!report) return;
        const plan = buildHighlightPlan(report);
        const result = await port.applyHighlights(plan);
        setHighlights(result.applied > 0 ? plan.counts : null);
        setNotice(lacks(result.missing) ?? { kind: 'success', text: STRINGS[lang].highlighted(result.applied) });
      }),
    [act, report, port, lacks, lang],
  );

  const clearHighlights = useCallback(
    () =>
      act(async () => {
        const removed = await port.clearHighlights();
        setHighlights(null);
        setNotice({ kind: 'success', text: STRINGS[lang].cleared(removed) });
      }),
    [act, port, lang],
  );

  const summarise = useCallback(
    () =>
      act(async () => {
        if (!report) return;
        const asOf = settings.asOf ?? today();
        const result = await port.writeSummary({
          lang,
          tasks: taskSheetPlan([report], lang),
          summary: summarySheetPlan([report], lang, asOf, settings.dueSoonDays),
        });
        setNotice(
          lacks(result.missing) ?? {
            kind: 'success',
            text: STRINGS[lang].summarised(result.tasksSheet, result.summarySheet),
          },
        );
      }),
    [act, report, port, settings, lang, lacks],
  );

  const select = useCallback(
    (sheet: string, issue: Pick<Finding, 'column' | 'row'>) =>
      act(() => port.selectCell(sheet, `${issue.column ?? 'A'}${issue.row}`)),
    [act, port],
  );

  /** Save settings into the workbook and re-run the engine on what was read (no new read needed). */
  const applySettings = useCallback(
    (next: StoredSettings, message = true) =>
      act(async () => {
        setSettings(next);
        analyse(next, lang);
        await port.saveSettings(next);
        if (message) setNotice({ kind: 'success', text: STRINGS[lang].saved });
      }),
    [act, analyse, port, lang],
  );

  const setMapping = useCallback(
    (table: ScannedTable, field: Field, column: string | null) => {
      const rest = settings.columnOverrides.filter(
        (o) => !(o.sheet === table.sheet && o.headerRow === table.headerRow && o.field === field),
      );
      const override: ColumnOverride = { sheet: table.sheet, headerRow: table.headerRow, field, column };
      return applySettings({ ...settings, columnOverrides: [...rest, override] }, false);
    },
    [settings, applySettings],
  );

  const addTracking = useCallback(
    (table: ScannedTable) =>
      act(async () => {
        const plan = trackingColumnsPlan(table, lang);
        if (!plan) return;
        const cols = await port.addTrackingColumns(plan);
        grid.current = await port.readWorkbook(setProgress);
        analyse(settings, lang);
        setNotice({ kind: 'success', text: STRINGS[lang].trackingAdded(cols.status, cols.completedOn) });
      }),
    [act, port, analyse, settings, lang],
  );

  /** Findings are data: the pane re-renders their messages in the new language, nothing is re-scanned. */
  const switchLanguage = useCallback(() => {
    setLang(nextLang(lang));
    setNotice(null);
  }, [lang]);

  const state: TrackerState = { lang, t, settings, report, busy, progress, notice, stale, highlights };
  return {
    state,
    scan,
    highlight,
    clearHighlights,
    summarise,
    select,
    applySettings,
    setMapping,
    addTracking,
    switchLanguage,
    dismiss: () => setNotice(null),
  };
}

export type Tracker = ReturnType<typeof useTracker>;
