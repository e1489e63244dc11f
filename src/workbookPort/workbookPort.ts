/**
 * The port between the task pane and a workbook host. The Office.js adapter (src/excel) implements it
 * for Excel; the playground's ExcelJS adapter for a workbook in the browser. The pane only ever talks
 * to this interface, and everything it asks for was decided by the engine (src/core).
 */
import type { WorkbookGrid } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import type { HighlightPlan } from '../core/plans/highlightPlan';
import type { SummarySheetPlan } from '../core/plans/summarySheetPlan';
import type { TaskSheetPlan } from '../core/plans/taskSheetPlan';
import type { TrackingColumnsPlan } from '../core/plans/trackingColumnsPlan';
import type { RangeAnchor } from '../core/plans/anchors';
import type { NameTarget } from '../core/scan/corrections';
import type { SelectionInfo } from '../core/scan/selection';
import type { StoredSettings } from './storedSettings';
import type { MergeWriteRequest } from '../core/merge/guardedWrites';

/** What this host can do; each maps to an API set (Excel) or is always true (playground). */
export interface HostCapabilities {
  conditionalFormats: boolean;
  multiAreaRanges: boolean;
  pivotTables: boolean;
  charts: boolean;
  dataValidation: boolean;
  changeEvents: boolean;
  cellProperties: boolean;
  mergedAreas: boolean;
}
export type Capability = keyof HostCapabilities;

export interface ReadProgress {
  sheet: string;
  /** Rows read so far in this sheet, and its row count. */
  done: number;
  total: number;
}

/**
 * A sheet as the host knows it: its id, which never changes while the sheet lives (Excel's
 * Worksheet.id; ExcelJS's worksheet id in the playground), and a name.
 */
export interface SheetRef {
  id: string;
  name: string;
}

export interface WorkbookRead {
  /** The workbook's name as the host knows it (file name), for the report's path. */
  name: string;
  grid: WorkbookGrid;
  /** Each sheet of the grid, in its order: the name it was read under and its id. */
  sheets: SheetRef[];
}

/**
 * Where a plan made from a scan goes: every operation after a scan addresses sheets by id (a sheet
 * renamed since is still found, another sheet that took its old name never is), and refuses to write
 * when the anchored rows no longer read as the scan read them.
 */
export interface ScanTarget {
  /** The scanned sheets: the name the plan uses (as read) and the id to find the sheet by. */
  sheets: readonly SheetRef[];
  /** Rows that must still hold what the scan read before anything is written (tableAnchors). */
  anchors: readonly RangeAnchor[];
}

/** The sheets an operation saw, by id, with the names they have now (to show renamed sheets by their new name). */
export interface SheetsSeen {
  seen: SheetRef[];
}

export interface HighlightResult extends SheetsSeen {
  /** Ranges coloured (conditional formats added). */
  applied: number;
  /** Capabilities the host lacks that limited what was done. */
  missing: Capability[];
}

export interface SummaryRequest {
  lang: Lang;
  tasks: TaskSheetPlan;
  summary: SummarySheetPlan;
}

export interface SummaryResult extends SheetsSeen {
  /** The task sheet (one row per task, an Excel table) as written: its id and the name it has. */
  tasksSheet: SheetRef;
  /** The summary sheet (by lead agency, by leader, per table; the PivotTables and the chart sit on it). */
  summarySheet: SheetRef;
  /** PivotTables added on the summary sheet. */
  pivotTables: number;
  /** Whether the chart of overdue tasks per agency was added (else its data only). */
  chart: boolean;
  missing: Capability[];
}

/** What "Thêm cột theo dõi" asks the host to do: decided by the engine (trackingColumnsPlan). */
export type TrackingColumnsRequest = TrackingColumnsPlan;

/** A workbook-scoped Name to (re)point at a range. */
export interface NameWrite {
  name: string;
  /** The sheet's name (for messages, and for a host without ids) and, where known, its id to find it by. */
  sheet: string;
  sheetId?: string;
  address: string;
}

export interface ClearResult extends SheetsSeen {
  removed: number;
}

export interface TrackingColumnsResult extends SheetsSeen {
  status: string;
  completedOn: string;
}

/** What "Áp dụng" / "Hoàn tác" of a merge asks the host to do: the engine's guarded writes (guardedWrites.ts). */
export type MergeWritesRequest = MergeWriteRequest;

export interface MergeWritesResult extends SheetsSeen {
  /** Cells written. */
  written: number;
  /** Changes not written because their cell changed since the plan (by change id, with the cell). */
  refused: { change: number; sheet: string; address: string }[];
  /** Columns added (apply) or taken away (undo). */
  columns: number;
  /** Columns not added (something is in them now) or not taken away (something is left in them). */
  keptColumns: { sheet: string; column: string }[];
}

/** The selection, with the id of its sheet. */
export interface SelectionRead extends SelectionInfo {
  sheetId: string;
}

export interface WorkbookPort {
  capabilities(): HostCapabilities;
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookRead>;
  /** Activates the sheet (by id) and selects the cell; returns the sheet with its current name. */
  selectCell(sheet: SheetRef, address: string): Promise<SheetRef>;
  /** Activates the sheet (by id), as a click on its tab does; returns it with its current name. */
  activateSheet(sheet: SheetRef): Promise<SheetRef>;
  applyHighlights(plan: HighlightPlan, target: ScanTarget): Promise<HighlightResult>;
  /** Removes exactly what applyHighlights added, and says how many formats it removed. */
  clearHighlights(): Promise<ClearResult>;
  /** Whether the workbook holds any of the add-in's highlights (from this session or an earlier one), found as the clear finds them. */
  hasHighlights(): Promise<boolean>;
  writeSummary(request: SummaryRequest): Promise<SummaryResult>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  addTrackingColumns(request: TrackingColumnsRequest, target: ScanTarget): Promise<TrackingColumnsResult>;
  /**
   * Writes a merge's accepted changes (or undoes them): each cell only while it still holds what the
   * plan saw there, the tracking columns added (or taken away) as the plan says; what changed since is
   * refused and reported, never overwritten.
   */
  applyMergeWrites(request: MergeWritesRequest, target: ScanTarget): Promise<MergeWritesResult>;
  /** The selection: sheet, address, number of areas; for a single cell also the block of non-empty cells around it. */
  readSelection(): Promise<SelectionRead>;
  /** Adds or re-points workbook-scoped Names, and deletes others (missing ones are ignored). */
  writeNames(set: NameWrite[], remove: string[]): Promise<void>;
  /** Where each Name points now; null for a missing Name or one whose range was deleted (#REF!). */
  resolveNames(names: string[]): Promise<Record<string, NameTarget>>;
  /**
   * Opens each workbook as a new workbook of the host, for the person to save (Excel's createWorkbook,
   * ExcelApi 1.8): the way to hand over files where the host's web view does not download them (Excel
   * on Windows and Mac). Absent where the host cannot.
   */
  openWorkbooks?: (files: readonly { name: string; bytes: Uint8Array }[]) => Promise<void>;
  /** Calls back when a sheet other than the add-in's own changes; returns a function that stops watching. */
  watchChanges(onChange: (sheet: string) => void): Promise<() => Promise<void>>;
}
