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
import type { NameTarget } from '../core/scan/corrections';
import type { SelectionInfo } from '../core/scan/selection';
import type { StoredSettings } from './storedSettings';

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

export interface WorkbookRead {
  /** The workbook's name as the host knows it (file name), for the report's path. */
  name: string;
  grid: WorkbookGrid;
}

export interface HighlightResult {
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

export interface SummaryResult {
  tasksSheet: string;
  summarySheet: string;
  pivotTables: number;
  chart: boolean;
  missing: Capability[];
}

/** What "Thêm cột theo dõi" asks the host to do: decided by the engine (trackingColumnsPlan). */
export type TrackingColumnsRequest = TrackingColumnsPlan;

/** A workbook-scoped Name to (re)point at a range. */
export interface NameWrite {
  name: string;
  sheet: string;
  address: string;
}

export interface WorkbookPort {
  capabilities(): HostCapabilities;
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookRead>;
  selectCell(sheet: string, address: string): Promise<void>;
  applyHighlights(plan: HighlightPlan): Promise<HighlightResult>;
  /** Removes exactly what applyHighlights added; returns how many formats were removed. */
  clearHighlights(): Promise<number>;
  writeSummary(request: SummaryRequest): Promise<SummaryResult>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  addTrackingColumns(request: TrackingColumnsRequest): Promise<{ status: string; completedOn: string }>;
  /** The selection: sheet, address, number of areas; for a single cell also the block of non-empty cells around it. */
  readSelection(): Promise<SelectionInfo>;
  /** Adds or re-points workbook-scoped Names, and deletes others (missing ones are ignored). */
  writeNames(set: NameWrite[], remove: string[]): Promise<void>;
  /** Where each Name points now; null for a missing Name or one whose range was deleted (#REF!). */
  resolveNames(names: string[]): Promise<Record<string, NameTarget>>;
  /** Calls back when a sheet other than the add-in's own changes; returns a function that stops watching. */
  watchChanges(onChange: (sheet: string) => void): Promise<() => Promise<void>>;
}
