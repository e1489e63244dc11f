/**
 * The pane's state and actions. Every decision is the engine's (scanWorkbook, the plans); every
 * workbook access is the port's. This hook only sequences them and keeps what the person sees.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { nextLang, type Lang } from '../../core/i18n/lang';
import { dateToIso } from '../../core/isoDate';
import { tableAnchors, type AnchoredTable } from '../../core/plans/anchors';
import { buildHighlightPlan, HIGHLIGHT_KINDS, type HighlightPlan } from '../../core/plans/highlightPlan';
import { summarySheetPlan } from '../../core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../core/plans/taskSheetPlan';
import type { TrackingColumnsPlan } from '../../core/plans/trackingColumnsPlan';
import {
  addTable,
  dismissTable,
  resolveCorrections,
  setColumn,
  setHeaderRow,
  type NameTarget,
  type ResolvedCorrections,
  type TableCorrection,
} from '../../core/scan/corrections';
import type { Field, Finding, ScannedFile, ScannedTable } from '../../core/report/schema';
import { scanSettingsSchema } from '../../core/scan/scanOptions';
import type { WorkbookGrid } from '../../core/grid';
import { HostError, RETRY_BY_HAND, type HostErrorCode } from '../../workbookPort/hostError';
import { tooLargeReason } from '../../core/i18n/readLimitMessages';
import { sheetGone } from '../../workbookPort/scanTarget';
import { DEFAULT_SETTINGS, type StoredSettings } from '../../workbookPort/storedSettings';
import type {
  Capability,
  ReadProgress,
  ScanTarget,
  SheetRef,
  SummaryResult,
  WorkbookPort,
  WorkbookRead,
} from '../../workbookPort/workbookPort';
import { STRINGS, type Strings } from '../i18n/strings';
import type * as Engine from './engine';

/** The engine's scan, loaded on demand (./engine is its own chunk); set before any grid is kept. */
let engine: typeof Engine | null = null;

/** Read the workbook and, at the same time, load the engine that will read the grid. */
async function readWithEngine(port: WorkbookPort, onProgress: (p: ReadProgress) => void): Promise<WorkbookRead> {
  const [grid, loaded] = await Promise.all([
    port.readWorkbook(onProgress),
    import(/* webpackChunkName: "taskpane-engine" */ './engine'),
  ]);
  engine = loaded;
  return grid;
}

/** The engine, which is loaded whenever a grid has been read. */
function loadedEngine(): typeof Engine {
  if (!engine) throw new Error('the engine is not loaded yet');
  return engine;
}

export interface Notice {
  kind: 'success' | 'warning' | 'error';
  text: string;
  detail?: string;
  /** The failed action can simply be run again once the person has done what the text says. */
  retry?: boolean;
}

/** What the last summary wrote, kept as data so it is said in the pane's current language. */
export interface SummaryWritten extends Omit<SummaryResult, 'seen'> {
  /** Task rows on the task sheet, and the tables summarised. */
  tasks: number;
  tables: number;
}

/** The kinds a highlight coloured, each in what it counts (the legend shows the same numbers). */
export function highlightCounts(t: Strings, counts: HighlightPlan['counts']): string[] {
  return HIGHLIGHT_KINDS.filter((k) => counts[k] > 0).map((k) => t.highlightCount(k, counts[k]));
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
  /** Whether the workbook holds the add-in's highlights (asked of the host); null when unknown. */
  marked: boolean | null;
  /** The sheets the last summary wrote, to say so and open them. */
  written: SummaryWritten | null;
  /** Sheets renamed since the scan: the name the scan read → the name they have now. */
  sheetNames: Record<string, string>;
  /** The person's corrections where their Names point now. */
  placed: ResolvedCorrections['placed'];
  /** What the undo button would undo, last first. */
  undo: UndoKind[];
}

/** The pane's scan as the reporting cycle sees it (see useReporting). */
export interface ReportingHost {
  act: (work: () => Promise<void>) => Promise<void>;
  master: () => { name: string; grid: WorkbookGrid; report: ScannedFile } | null;
  target: () => ScanTarget;
  noteSeen: (seen: readonly SheetRef[]) => void;
  rescan: () => Promise<ScannedFile | null>;
  say: (notice: Notice | null) => void;
}

export type UndoKind = 'add' | 'header' | 'column' | 'dismiss';

interface UndoEntry {
  kind: UndoKind;
  corrections: TableCorrection[];
}

const EMPTY_RESOLVED: ResolvedCorrections = { tableOverrides: [], columnOverrides: [], lost: [], placed: [] };

/** Where each correction's Name points, when the corrections were just written from their ranges. */
function targetsOf(corrections: TableCorrection[]): Record<string, NameTarget> {
  return Object.fromEntries(
    corrections.filter((c) => c.name).map((c) => [c.name!, { sheet: c.sheet, address: c.range }]),
  );
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
  const [marked, setMarked] = useState<boolean | null>(null);
  const [written, setWritten] = useState<SummaryWritten | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [resolvedState, setResolvedState] = useState<ResolvedCorrections>(EMPTY_RESOLVED);
  const resolved = useRef<ResolvedCorrections>(EMPTY_RESOLVED);
  const grid = useRef<{ name: string; grid: WorkbookGrid } | null>(null);
  /** The sheets of the last read, by the name they were read under, with their ids. */
  const scanned = useRef<SheetRef[]>([]);
  const [sheetNames, setSheetNames] = useState<Record<string, string>>({});
  const names = useRef<Record<string, string>>({});
  /** The last action that failed in a way the person can clear (a cell being edited, Excel busy). */
  const lastFailed = useRef<(() => Promise<void>) | null>(null);
  const t = STRINGS[lang];

  /** Keep what was read: the grid, and each sheet's id (every later operation finds sheets by id). */
  const keepRead = useCallback((read: WorkbookRead) => {
    grid.current = { name: read.name, grid: read.grid };
    scanned.current = read.sheets;
    names.current = {};
    setSheetNames({});
  }, []);

  /** The names the sheets have now, as an operation saw them: a renamed sheet is shown by its new name. */
  const noteSeen = useCallback((seen: readonly SheetRef[]) => {
    let changed = false;
    const next = { ...names.current };
    for (const now of seen) {
      const was = scanned.current.find((s) => s.id === now.id);
      if (!was) continue;
      const known = next[was.name] ?? was.name;
      if (known === now.name) continue;
      changed = true;
      if (now.name === was.name) delete next[was.name];
      else next[was.name] = now.name;
    }
    if (changed) {
      names.current = next;
      setSheetNames(next);
    }
  }, []);

  const label = useCallback((sheet: string) => names.current[sheet] ?? sheet, []);

  /** The scanned sheet a plan calls `name` (found by id by the host). */
  const refOf = useCallback((name: string): SheetRef => {
    const ref = scanned.current.find((s) => s.name === name);
    if (!ref) throw sheetGone(name);
    return ref;
  }, []);

  /** Where a plan made from the last scan goes: the sheets' ids, and the tables' rows as the scan read them. */
  const targetOf = useCallback((tables: readonly AnchoredTable[]): ScanTarget => {
    return { sheets: scanned.current, anchors: grid.current ? tableAnchors(grid.current.grid, tables) : [] };
  }, []);

  const fail = useCallback(
    (e: unknown) => {
      const code: HostErrorCode = e instanceof HostError ? e.code : 'unknown';
      const detail = e instanceof Error ? e.message : String(e);
      const s = STRINGS[lang];
      const over = e instanceof HostError ? e.exceeded : undefined;
      // A workbook over a read limit: the limit, in the person's language, is the message itself.
      if (over) {
        setNotice({ kind: 'error', text: `${s.workbookIs} ${tooLargeReason(over.limit, over.max, over.sheet, lang)}` });
        return code;
      }
      const sheet = e instanceof HostError && e.sheet ? label(e.sheet) : null;
      const text =
        sheet && code === 'sheet-gone'
          ? s.sheetGone(sheet)
          : sheet && code === 'table-moved'
            ? s.tableMoved(sheet)
            : s.errors[code];
      setNotice({ kind: 'error', text, detail, retry: RETRY_BY_HAND.includes(code) });
      return code;
    },
    [lang, label],
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
      lastFailed.current = null;
      try {
        await work();
      } catch (e) {
        // Nothing the pane shows is dropped; what can be run again once the person is ready is kept.
        if (RETRY_BY_HAND.includes(fail(e))) lastFailed.current = work;
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
      columnOverrides: resolved.current.columnOverrides,
      tableOverrides: resolved.current.tableOverrides,
    });
    const next = loadedEngine().scanWorkbook(grid.current.grid, grid.current.name, scan);
    setReport(next);
    return next;
  }, []);

  // Settings stored in the workbook, once. A failure is said (the pane then runs on the defaults, and
  // the person knows why their corrections are not there).
  const failRef = useRef(fail);
  failRef.current = fail;
  useEffect(() => {
    let live = true;
    port.loadSettings().then(
      (s) => {
        if (live && s) setSettings(s);
      },
      (e: unknown) => {
        if (live) failRef.current(e);
      },
    );
    return () => {
      live = false;
    };
  }, [port]);

  // Highlights may be there from an earlier session: asked once, so "Clear" is offered only when they
  // are. A host that cannot say leaves it unknown, and the clear stays available.
  useEffect(() => {
    let live = true;
    port.hasHighlights().then(
      (m) => {
        if (live) setMarked(m);
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
        // Expected where the host has no change events for this workbook: no stale notice then, and
        // the results stay as they are (a rescan is always at hand).
        () => undefined,
      );
    return () => {
      live = false;
      // Expected when the pane closes with the workbook: the listener is gone with its context.
      if (stop) void stop().catch(() => undefined);
    };
  }, [port, report !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const remember = useCallback((r: ResolvedCorrections) => {
    resolved.current = r;
    setResolvedState(r);
  }, []);

  /**
   * Where the stored corrections' Names point now. A correction whose range was deleted (#REF!) is
   * dropped from the workbook's settings, and the person is told which.
   */
  const resolveStored = useCallback(
    async (s: StoredSettings): Promise<StoredSettings> => {
      const names = s.tableCorrections.flatMap((c) => (c.name ? [c.name] : []));
      const r = resolveCorrections(s.tableCorrections, await port.resolveNames(names));
      remember(r);
      if (r.lost.length === 0) return s;
      const next = { ...s, tableCorrections: s.tableCorrections.filter((c) => !r.lost.includes(c)) };
      setSettings(next);
      await port.writeNames(
        [],
        r.lost.flatMap((c) => (c.name ? [c.name] : [])),
      );
      await port.saveSettings(next);
      setNotice({
        kind: 'warning',
        text: STRINGS[lang].correctionsLost(r.lost.map((c) => `${c.sheet}!${c.range}`).join(', ')),
      });
      return next;
    },
    [port, remember, lang],
  );

  const scan = useCallback(
    () =>
      act(async () => {
        keepRead(await readWithEngine(port, setProgress));
        const kept = await resolveStored(settings);
        analyse(kept, lang);
        setStale(false);
        setWritten(null);
        setMarked(await port.hasHighlights().catch(() => null));
      }),
    [act, analyse, port, settings, lang, resolveStored, keepRead],
  );

  /** Marks the workbook by the engine's plan of a scan (the old marks are cleared first), and keeps count. */
  const applyMarks = useCallback(
    async (scan: ScannedFile) => {
      const plan = buildHighlightPlan(scan);
      const result = await port.applyHighlights(plan, targetOf(scan.tables));
      noteSeen(result.seen);
      const coloured = result.applied > 0;
      setHighlights(coloured ? plan.counts : null);
      // The old marks are cleared before the new ones go on: there are marks exactly when some went on.
      if (!result.missing.includes('conditionalFormats')) setMarked(coloured);
      return { plan, result, coloured };
    },
    [port, targetOf, noteSeen],
  );

  const highlight = useCallback(
    () =>
      act(async () => {
        if (!report) return;
        const { plan, result, coloured } = await applyMarks(report);
        const s = STRINGS[lang];
        const lack = lacks(result.missing);
        const said = coloured ? s.highlighted(highlightCounts(s, plan.counts)) : s.nothingToHighlight;
        // Without conditional formats nothing could be coloured: that alone is said. Otherwise what was
        // coloured is said, with what the host lacked beside it.
        setNotice(
          result.missing.includes('conditionalFormats')
            ? lack
            : lack
              ? { kind: 'warning', text: `${said} ${lack.text}` }
              : { kind: 'success', text: said },
        );
      }),
    [act, report, applyMarks, lacks, lang],
  );

  const clearHighlights = useCallback(
    () =>
      act(async () => {
        const { removed, seen } = await port.clearHighlights();
        noteSeen(seen);
        setHighlights(null);
        setMarked(false);
        setNotice({ kind: 'success', text: STRINGS[lang].cleared(removed) });
      }),
    [act, port, lang, noteSeen],
  );

  const summarise = useCallback(
    () =>
      act(async () => {
        if (!report) return;
        const asOf = settings.asOf ?? today();
        const tasks = taskSheetPlan([report], lang);
        const { seen, ...result } = await port.writeSummary({
          lang,
          tasks,
          summary: summarySheetPlan([report], lang, asOf, settings.dueSoonDays),
        });
        noteSeen(seen);
        // Said with a button per sheet; what the host could not add (PivotTables, a chart) is said with it.
        setWritten({ ...result, tasks: tasks.rows.length, tables: report.tables.length });
      }),
    [act, report, port, settings, lang, noteSeen],
  );

  /** Shows a sheet the summary wrote (by id: renamed since, it is still found, and shown by its new name). */
  const openSheet = useCallback(
    (sheet: SheetRef) =>
      act(async () => {
        const now = await port.activateSheet(sheet);
        noteSeen([now]);
        const rename = (ref: SheetRef) => (ref.id === now.id ? now : ref);
        setWritten((w) => w && { ...w, tasksSheet: rename(w.tasksSheet), summarySheet: rename(w.summarySheet) });
      }),
    [act, port, noteSeen],
  );

  const select = useCallback(
    (sheet: string, issue: Pick<Finding, 'column' | 'row'>) =>
      act(async () => {
        noteSeen([await port.selectCell(refOf(sheet), `${issue.column ?? 'A'}${issue.row}`)]);
      }),
    [act, port, refOf, noteSeen],
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

  /**
   * Store a new set of corrections: the Names first (added, re-pointed, or deleted when no longer
   * used), then the settings; the engine re-runs on what was read. The previous set goes on the undo stack.
   */
  const storeCorrections = useCallback(
    async (next: TableCorrection[], undo: UndoKind | null) => {
      const before = settings.tableCorrections;
      const was = new Map(before.map((c) => [c.name, c]));
      const changed = next.filter((c) => {
        const old = c.name ? was.get(c.name) : undefined;
        return c.name && (!old || old.sheet !== c.sheet || old.range !== c.range);
      });
      const kept = new Set(next.map((c) => c.name));
      const removed = before.flatMap((c) => (c.name && !kept.has(c.name) ? [c.name] : []));
      await port.writeNames(
        changed.map((c) => {
          const id = scanned.current.find((s) => s.name === c.sheet)?.id;
          return { name: c.name!, sheet: label(c.sheet), address: c.range, ...(id ? { sheetId: id } : {}) };
        }),
        removed,
      );
      const s = { ...settings, tableCorrections: next };
      await port.saveSettings(s);
      setSettings(s);
      remember(resolveCorrections(next, targetsOf(next)));
      analyse(s, lang);
      if (undo) setUndoStack((u) => [...u, { kind: undo, corrections: before }]);
    },
    [settings, port, remember, analyse, lang, label],
  );

  const setMapping = useCallback(
    (table: ScannedTable, field: Field, column: string | null) =>
      act(() =>
        storeCorrections(setColumn(settings.tableCorrections, resolved.current.placed, table, field, column), 'column'),
      ),
    [act, settings, storeCorrections],
  );

  /** Move a table's header row (1-based sheet row), or null for "no header row". */
  const moveHeader = useCallback(
    (table: ScannedTable, headerRow: number | null) =>
      act(() =>
        storeCorrections(setHeaderRow(settings.tableCorrections, resolved.current.placed, table, headerRow), 'header'),
      ),
    [act, settings, storeCorrections],
  );

  const dismissAsNotAppendix = useCallback(
    (table: ScannedTable) =>
      act(() => storeCorrections(dismissTable(settings.tableCorrections, resolved.current.placed, table), 'dismiss')),
    [act, settings, storeCorrections],
  );

  /** "Use the selection as an appendix table": checked first; bad input changes nothing and says why. */
  const useSelection = useCallback(
    () =>
      act(async () => {
        const read = await port.readSelection();
        // The selection's sheet by id: the name it was scanned under, whatever it is called now.
        let known = scanned.current.find((s) => s.id === read.sheetId);
        if (!grid.current || stale || !known) {
          keepRead(await readWithEngine(port, setProgress));
          await resolveStored(settings);
          known = scanned.current.find((s) => s.id === read.sheetId);
        }
        const selection = { ...read, sheet: known?.name ?? read.sheet };
        noteSeen([{ id: read.sheetId, name: read.sheet }]);
        const check = loadedEngine().checkSelection(selection, grid.current!.grid);
        if (!check.ok) {
          setNotice({ kind: 'warning', text: STRINGS[lang].badSelection[check.problem] });
          return;
        }
        await storeCorrections(addTable(settings.tableCorrections, check.sheet, check.range), 'add');
        setStale(false);
        setNotice({ kind: 'success', text: STRINGS[lang].tableAdded(label(check.sheet), check.range) });
      }),
    [act, port, stale, resolveStored, settings, storeCorrections, lang, keepRead, label, noteSeen],
  );

  /** Restores the corrections as they were before the last change. */
  const undo = useCallback(
    () =>
      act(async () => {
        const last = undoStack[undoStack.length - 1];
        if (!last) return;
        await storeCorrections(last.corrections, null);
        setUndoStack((u) => u.slice(0, -1));
        setNotice({ kind: 'success', text: STRINGS[lang].undone[last.kind] });
      }),
    [act, undoStack, storeCorrections, lang],
  );

  /** The text of a sheet row inside a table's columns, for the header row picker. */
  const rowText = useCallback((sheet: string, row: number, left: number, right: number): string => {
    const cells = grid.current?.grid.sheets.find((s) => s.name === sheet)?.rows[row - 1] ?? [];
    return cells
      .slice(left, right + 1)
      .map((c) => c?.text.trim() ?? '')
      .filter(Boolean)
      .join(' | ');
  }, []);

  /** Re-reads the workbook after the add-in wrote into it and runs the engine again; returns the new scan. */
  const rescanNow = useCallback(async (): Promise<ScannedFile | null> => {
    keepRead(await readWithEngine(port, setProgress));
    const next = analyse(await resolveStored(settings), lang);
    setStale(false);
    return next;
  }, [port, analyse, settings, lang, resolveStored, keepRead]);

  const addTracking = useCallback(
    /** `plan`: the engine's trackingColumnsPlan of the table, made where the button is shown (TableCard). */
    (table: ScannedTable, plan: TrackingColumnsPlan) =>
      act(async () => {
        const cols = await port.addTrackingColumns(plan, targetOf([table]));
        await rescanNow();
        setNotice({ kind: 'success', text: STRINGS[lang].trackingAdded(cols.status, cols.completedOn) });
      }),
    [act, port, lang, targetOf, rescanNow],
  );

  /** Runs the action that failed again, once the person has left the cell or Excel is free. */
  const retry = useCallback(() => {
    const work = lastFailed.current;
    if (work) void act(work);
  }, [act]);

  /** Findings are data: the pane re-renders their messages in the new language, nothing is re-scanned. */
  const switchLanguage = useCallback(() => {
    setLang(nextLang(lang));
    setNotice(null);
  }, [lang]);

  /** What the reporting cycle (useReporting) builds on: the scan and its grid, where plans go, the same busy state. */
  const host: ReportingHost = {
    act,
    master: () => (grid.current && report ? { name: grid.current.name, grid: grid.current.grid, report } : null),
    target: () => targetOf(report?.tables ?? []),
    noteSeen,
    // After a merge wrote into the table: the new scan, and the marks on the sheets redrawn from it where
    // the workbook has the add-in's marks (a task reported done is no longer coloured overdue).
    rescan: async () => {
      const next = await rescanNow();
      if (next && marked) await applyMarks(next);
      return next;
    },
    say: setNotice,
  };

  const state: TrackerState = {
    lang,
    t,
    settings,
    report,
    busy,
    progress,
    notice,
    stale,
    highlights,
    marked,
    written,
    sheetNames,
    placed: resolvedState.placed,
    undo: undoStack.map((u) => u.kind).reverse(),
  };
  return {
    state,
    host,
    scan,
    highlight,
    clearHighlights,
    summarise,
    openSheet,
    select,
    applySettings,
    setMapping,
    moveHeader,
    dismissAsNotAppendix,
    useSelection,
    undo,
    rowText,
    addTracking,
    switchLanguage,
    retry,
    dismiss: () => setNotice(null),
    dismissWritten: () => setWritten(null),
  };
}

export type Tracker = ReturnType<typeof useTracker>;
