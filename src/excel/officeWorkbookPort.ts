/**
 * The Office.js implementation of the workbook port: the only code that talks to Excel. Each method
 * is one Excel.run batch with a small, fixed number of syncs (per sheet or per chunk of rows). After
 * a scan every sheet is found by its id. A batch that gives the same result when run twice is tried
 * again when Excel was busy (retry.ts); the summary and tracking columns are not, and say what happened.
 */
import type { HighlightPlan } from '../core/plans/highlightPlan';
import { DEFAULT_SETTINGS, type StoredSettings } from '../workbookPort/storedSettings';
import type {
  ClearResult,
  HostCapabilities,
  ReadProgress,
  ScanTarget,
  SelectionRead,
  SheetRef,
  SummaryRequest,
  TrackingColumnsRequest,
  TrackingColumnsResult,
  MergeWritesRequest,
  MergeWritesResult,
  NameWrite,
  WorkbookPort,
  WorkbookRead,
} from '../workbookPort/workbookPort';
import type { NameTarget } from '../core/scan/corrections';
import { sheetGone } from '../workbookPort/scanTarget';
import { detectCapabilities } from './capabilities';
import { applyHighlightPlan, clearHighlights, hasMarkedFormats } from './highlights';
import { hostCall, officeCode } from './officeErrors';
import { DEFAULT_RETRY_DELAYS_MS, withRetries } from './retry';
import type { OfficeHost } from './officeHost';
import { readSelection, resolveNames, writeNames } from './names';
import { readWorkbookGrid } from './readSheets';
import { loadStoredSettings, queueStoredSettings } from './settingsStore';
import { writeSummarySheets } from './summarySheets';

const OWN_WRITE_QUIET_MS = 1500;
/** The API set of Excel.createWorkbook. */
const CREATE_WORKBOOK_SET = '1.8';

export class OfficeWorkbookPort implements WorkbookPort {
  private readonly caps: HostCapabilities;
  /** While the add-in writes, its own changes must not mark results stale. */
  private writing = 0;
  /** Change events arrive after the batch that caused them: the add-in's own writes are ignored for a moment after. */
  private quietUntil = 0;
  /** Ids of the sheets the add-in made: changes there never make results stale. */
  private readonly owned = new Set<string>();

  private readonly retryDelays: readonly number[];

  /** Where Excel can open a workbook from bytes (ExcelApi 1.8): each file one new workbook, one after another. */
  openWorkbooks?: (files: readonly { name: string; bytes: Uint8Array }[]) => Promise<void>;

  constructor(
    private readonly host: OfficeHost,
    options: { retryDelaysMs?: readonly number[] } = {},
  ) {
    this.caps = detectCapabilities(host.isSetSupported);
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    if (host.isSetSupported('ExcelApi', CREATE_WORKBOOK_SET))
      this.openWorkbooks = async (files) => {
        // Loaded with the first use, beside the merge's writer (the pane's first load stays as it was).
        const { bytesToBase64 } = await import(/* webpackChunkName: "taskpane-merge-writes" */ './base64');
        for (const f of files) await hostCall(() => this.host.createWorkbook(bytesToBase64(f.bytes)));
      };
  }

  /** One batch that may run again when Excel was busy: reads, and writes that replace what they wrote. */
  private retried<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return withRetries(() => this.host.run(batch), this.retryDelays);
  }

  capabilities(): HostCapabilities {
    return { ...this.caps };
  }

  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookRead> {
    return hostCall(() =>
      this.retried(async (context) => ({
        name: this.host.documentName(),
        ...(await readWorkbookGrid(context, this.caps, onProgress)),
      })),
    );
  }

  selectCell(sheet: SheetRef, address: string): Promise<SheetRef> {
    return this.show(sheet, address);
  }

  activateSheet(sheet: SheetRef): Promise<SheetRef> {
    return this.show(sheet);
  }

  /** One sync: the sheet by id, its current name, activated, and the cell selected when one is given. */
  private show(sheet: SheetRef, address?: string): Promise<SheetRef> {
    return hostCall(() =>
      this.retried(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet.id);
        ws.load('name');
        ws.activate();
        if (address) ws.getRange(address).select();
        try {
          await context.sync();
        } catch (e) {
          throw officeCode(e) === 'ItemNotFound' ? sheetGone(sheet.name) : e;
        }
        return { id: sheet.id, name: ws.name };
      }),
    );
  }

  applyHighlights(plan: HighlightPlan, target: ScanTarget) {
    // Run twice, it clears its own marks and adds the same ones: safe to retry.
    return this.whileWriting(() => this.retried((context) => applyHighlightPlan(context, plan, this.caps, target)));
  }

  clearHighlights(): Promise<ClearResult> {
    if (!this.caps.conditionalFormats) return Promise.resolve({ removed: 0, seen: [] });
    return this.whileWriting(() => this.retried((context) => clearHighlights(context)));
  }

  hasHighlights(): Promise<boolean> {
    if (!this.caps.conditionalFormats) return Promise.resolve(false);
    return hostCall(() => this.retried((context) => hasMarkedFormats(context)));
  }

  writeSummary(request: SummaryRequest) {
    return this.whileWriting(() =>
      this.host.run(async (context) => {
        const stored = (await loadStoredSettings(context)) ?? DEFAULT_SETTINGS;
        // Writes the sheets and records them as the add-in's (Workbook.settings) in one last sync.
        const { result, owned } = await writeSummarySheets(context, request, stored, this.caps);
        for (const id of Object.values(owned)) if (id) this.owned.add(id);
        return result;
      }),
    );
  }

  loadSettings(): Promise<StoredSettings | null> {
    return hostCall(() => this.retried((context) => loadStoredSettings(context)));
  }

  saveSettings(settings: StoredSettings): Promise<void> {
    return hostCall(() =>
      this.retried(async (context) => {
        // Keep what this pane does not edit (the ids of the add-in's sheets) as the workbook has it.
        const current = await loadStoredSettings(context);
        queueStoredSettings(context, { ...settings, ownedSheets: current?.ownedSheets ?? settings.ownedSheets });
        await context.sync();
      }),
    );
  }

  addTrackingColumns(request: TrackingColumnsRequest, target: ScanTarget): Promise<TrackingColumnsResult> {
    // Not retried: it refuses cells that are not empty, so a second run after a half-done first would refuse.
    // Loaded with its first use, as the merge's writer is (the pane's first load stays small).
    return this.whileWriting(async () => {
      const { addTrackingColumns } = await import(/* webpackChunkName: "taskpane-tracking" */ './trackingColumns');
      return this.host.run((context) => addTrackingColumns(context, request, this.caps, target));
    });
  }

  applyMergeWrites(request: MergeWritesRequest, target: ScanTarget): Promise<MergeWritesResult> {
    // Not retried: each cell is written only while it holds what the plan saw, so a second run after a
    // half-done first would refuse the cells the first wrote; the person is told and tries again.
    // The merge's guard and writer load with the first merge (the pane's first load stays small).
    return this.whileWriting(async () => {
      const { applyMergeWrites } = await import(/* webpackChunkName: "taskpane-merge-writes" */ './mergeWrites');
      return this.host.run((context) => applyMergeWrites(context, request, this.caps, target));
    });
  }

  readSelection(): Promise<SelectionRead> {
    return hostCall(() => this.retried((context) => readSelection(context, this.caps)));
  }

  writeNames(set: NameWrite[], remove: string[]): Promise<void> {
    // Each Name is deleted and added again: safe to retry.
    return this.whileWriting(() => this.retried((context) => writeNames(context, set, remove)));
  }

  resolveNames(names: string[]): Promise<Record<string, NameTarget>> {
    if (names.length === 0) return Promise.resolve({});
    return hostCall(() => this.retried((context) => resolveNames(context, names)));
  }

  async watchChanges(onChange: (sheet: string) => void): Promise<() => Promise<void>> {
    if (!this.caps.changeEvents) return async () => undefined;
    const owned = this.owned;
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (this.writing > 0 || Date.now() < this.quietUntil || owned.has(event.worksheetId)) return;
      await this.host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(event.worksheetId);
        ws.load('name');
        await context.sync();
        onChange(ws.name);
      });
    };
    const registration = await hostCall(() =>
      this.host.run(async (context) => {
        const stored = await loadStoredSettings(context);
        for (const id of Object.values(stored?.ownedSheets ?? {})) if (id) owned.add(id);
        const result = context.workbook.worksheets.onChanged.add(handler);
        await context.sync();
        return result;
      }),
    );
    return () =>
      hostCall(async () => {
        registration.remove();
        await registration.context.sync();
      });
  }

  private async whileWriting<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await hostCall(work);
    } finally {
      this.writing--;
      this.quietUntil = Date.now() + OWN_WRITE_QUIET_MS;
    }
  }
}
