/**
 * The Office.js implementation of the workbook port: the only code that talks to Excel. Each method
 * is one Excel.run batch with a small, fixed number of syncs (per sheet or per chunk of rows).
 */
import type { HighlightPlan } from '../core/plans/highlightPlan';
import { DEFAULT_SETTINGS, type StoredSettings } from '../workbookPort/storedSettings';
import type {
  HostCapabilities,
  ReadProgress,
  SummaryRequest,
  TrackingColumnsRequest,
  NameWrite,
  WorkbookPort,
  WorkbookRead,
} from '../workbookPort/workbookPort';
import type { NameTarget } from '../core/scan/corrections';
import type { SelectionInfo } from '../core/scan/selection';
import { detectCapabilities } from './capabilities';
import { applyHighlightPlan, clearMarkedFormats } from './highlights';
import { hostCall } from './officeErrors';
import type { OfficeHost } from './officeHost';
import { readSelection, resolveNames, writeNames } from './names';
import { readWorkbookGrid } from './readSheets';
import { loadStoredSettings, queueStoredSettings } from './settingsStore';
import { writeSummarySheets } from './summarySheets';
import { addTrackingColumns } from './trackingColumns';

const OWN_WRITE_QUIET_MS = 1500;

export class OfficeWorkbookPort implements WorkbookPort {
  private readonly caps: HostCapabilities;
  /** While the add-in writes, its own changes must not mark results stale. */
  private writing = 0;
  /** Change events arrive after the batch that caused them: the add-in's own writes are ignored for a moment after. */
  private quietUntil = 0;
  /** Ids of the sheets the add-in made: changes there never make results stale. */
  private readonly owned = new Set<string>();

  constructor(private readonly host: OfficeHost) {
    this.caps = detectCapabilities(host.isSetSupported);
  }

  capabilities(): HostCapabilities {
    return { ...this.caps };
  }

  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookRead> {
    return hostCall(() =>
      this.host.run(async (context) => ({
        name: this.host.documentName(),
        grid: await readWorkbookGrid(context, this.caps, onProgress),
      })),
    );
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return hostCall(() =>
      this.host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),
    );
  }

  applyHighlights(plan: HighlightPlan) {
    return this.whileWriting(() => this.host.run((context) => applyHighlightPlan(context, plan, this.caps)));
  }

  clearHighlights(): Promise<number> {
    if (!this.caps.conditionalFormats) return Promise.resolve(0);
    return this.whileWriting(() => this.host.run((context) => clearMarkedFormats(context)));
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
    return hostCall(() => this.host.run((context) => loadStoredSettings(context)));
  }

  saveSettings(settings: StoredSettings): Promise<void> {
    return hostCall(() =>
      this.host.run(async (context) => {
        // Keep what this pane does not edit (the ids of the add-in's sheets) as the workbook has it.
        const current = await loadStoredSettings(context);
        queueStoredSettings(context, { ...settings, ownedSheets: current?.ownedSheets ?? settings.ownedSheets });
        await context.sync();
      }),
    );
  }

  addTrackingColumns(request: TrackingColumnsRequest) {
    return this.whileWriting(() => this.host.run((context) => addTrackingColumns(context, request, this.caps)));
  }

  readSelection(): Promise<SelectionInfo> {
    return hostCall(() => this.host.run((context) => readSelection(context, this.caps)));
  }

  writeNames(set: NameWrite[], remove: string[]): Promise<void> {
    return this.whileWriting(() => this.host.run((context) => writeNames(context, set, remove)));
  }

  resolveNames(names: string[]): Promise<Record<string, NameTarget>> {
    if (names.length === 0) return Promise.resolve({});
    return hostCall(() => this.host.run((context) => resolveNames(context, names)));
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
