/**
 * The workbook port over ExcelJS, for a workbook held in the browser (the playground). It does what
 * the Office adapter does with what an .xlsx file can hold: highlights are conditional formats with
 * the same marker, summaries are the same engine plans rendered by ExcelJS, settings live in a hidden
 * sheet. ExcelJS cannot write PivotTables or charts; the port says so and writes the chart's data.
 */
import ExcelJS from 'exceljs';
import { cellAddress, columnIndex, columnLetter, parseRangeAddress, rangeAddress } from '../core/a1';
import { nameReference, parseNameReference, type NameTarget } from '../core/scan/corrections';
import { currentRegion } from '../core/scan/selection';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_KINDS,
  highlightFormula,
  highlightKindOf,
  type HighlightPlan,
} from '../core/plans/highlightPlan';
import { anchorHolds, type RangeAnchor } from '../core/plans/anchors';
import { cellAt } from '../core/grid';
import { gridFromExcelJs, readCell, readWorksheet } from '../files/excelJsGrid';
import { applyMergeWrites } from '../files/mergedWorkbook';
import { guardWrites } from '../core/merge/guardedWrites';
import { mergeWritesResult } from '../workbookPort/mergeWritesResult';
import { TooLargeError } from '../core/readLimits';
import { workbookFromBytes } from './workbookFromBytes';
import { anchorsOn, scannedSheet, sheetGone, tableMoved } from '../workbookPort/scanTarget';
import { addPlanTable, addSummaryBlocks } from '../files/renderPlanExcelJS';
import { DATE_FORMAT, TASK_TABLE_NAME } from '../core/plans/sheetStyle';
import { HostError } from '../workbookPort/hostError';
import { freeObjectName, freeSheetName, OWNED_SHEET_NAMES } from '../workbookPort/sheetNames';
import {
  DEFAULT_SETTINGS,
  parseStoredSettings,
  SETTINGS_SHEET,
  type StoredSettings,
} from '../workbookPort/storedSettings';
import type { WorkbookGrid } from '../core/grid';
import type {
  ClearResult,
  HighlightResult,
  HostCapabilities,
  NameWrite,
  ReadProgress,
  ScanTarget,
  SelectionRead,
  SheetRef,
  SummaryRequest,
  SummaryResult,
  TrackingColumnsRequest,
  TrackingColumnsResult,
  MergeWritesRequest,
  MergeWritesResult,
  WorkbookPort,
  WorkbookRead,
} from '../workbookPort/workbookPort';

export { SETTINGS_SHEET };

export type WorkbookEvent =
  { kind: 'select'; sheet: string; address: string } | { kind: 'activate'; sheet: string } | { kind: 'changed' };

type ConditionalFormatting = { ref: string; rules: { type: string; formulae?: string[] }[] };

/** A conditional format the add-in added: one of its rules carries the marker. */
const isMarked = (cf: ConditionalFormatting): boolean =>
  cf.rules.some((r) => highlightKindOf(r.formulae?.[0]) !== null);

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export class ExcelJsWorkbookPort implements WorkbookPort {
  private listeners = new Set<(e: WorkbookEvent) => void>();
  private selection: { sheet: string; address: string } | null = null;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly name: string,
  ) {}

  /**
   * The workbook in a file's bytes (whatever its name: what it is comes from its content). Throws a
   * FileReadError for a file that is not a workbook or cannot be read, a TextFileError for CSV/TSV.
   */
  static async fromBytes(bytes: ArrayBuffer | Uint8Array, name: string): Promise<ExcelJsWorkbookPort> {
    return new ExcelJsWorkbookPort(await workbookFromBytes(bytes, name), name);
  }

  /** The view (sheet tabs, grid) follows selections and writes through these events. */
  subscribe(listener: (e: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: WorkbookEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** The person's sheets (the settings sheet is the add-in's). */
  visibleSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET && ws.state !== 'veryHidden');
  }

  capabilities(): HostCapabilities {
    return {
      conditionalFormats: true,
      multiAreaRanges: true,
      pivotTables: false,
      charts: false,
      dataValidation: true,
      changeEvents: false,
      cellProperties: true,
      mergedAreas: true,
    };
  }

  /** Every sheet with its ExcelJS id (a number, stable while the workbook is open; as text like Excel's). */
  private seen(): SheetRef[] {
    return this.workbook.worksheets.map((ws) => ({ id: String(ws.id), name: ws.name }));
  }

  /** A scanned sheet by its id, or the message that it is gone. */
  private sheetOf(ref: SheetRef): ExcelJS.Worksheet {
    const ws = this.workbook.worksheets.find((w) => String(w.id) === ref.id);
    if (!ws) throw sheetGone(ref.name);
    return ws;
  }

  /** Refuses when an anchored row no longer holds what the scan read there (the same cell rules as the read). */
  private verify(ws: ExcelJS.Worksheet, anchors: readonly RangeAnchor[]): void {
    if (anchors.length === 0) return;
    const grid = readWorksheet(ws);
    for (const a of anchors) {
      const box = parseRangeAddress(a.address);
      if (!box) continue;
      const now = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row = [];
        for (let c = box.left; c <= box.right; c++) row.push(cellAt(grid, r, c).value);
        now.push(row);
      }
      if (!anchorHolds(a, now)) throw tableMoved(ws.name, a.address);
    }
  }

  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookRead> {
    let grid: WorkbookGrid;
    try {
      grid = gridFromExcelJs(this.workbook, (ws) => ws.name === SETTINGS_SHEET);
    } catch (e) {
      throw e instanceof TooLargeError ? HostError.tooLarge(e) : e;
    }
    for (const s of grid.sheets) onProgress?.({ sheet: s.name, done: s.rows.length, total: s.rows.length });
    const ids = new Map(this.seen().map((s) => [s.name, s.id]));
    return { name: this.name, grid, sheets: grid.sheets.map((s) => ({ id: ids.get(s.name)!, name: s.name })) };
  }

  async selectCell(sheet: SheetRef, address: string): Promise<SheetRef> {
    const ws = this.sheetOf(sheet);
    this.selection = { sheet: ws.name, address };
    this.emit({ kind: 'select', sheet: ws.name, address });
    return { id: sheet.id, name: ws.name };
  }

  /** The view shows the sheet, as a click on its tab would. */
  async activateSheet(sheet: SheetRef): Promise<SheetRef> {
    const ws = this.sheetOf(sheet);
    this.emit({ kind: 'activate', sheet: ws.name });
    return { id: sheet.id, name: ws.name };
  }

  private formattings(ws: ExcelJS.Worksheet): ConditionalFormatting[] {
    const w = ws as unknown as { conditionalFormattings: ConditionalFormatting[] };
    w.conditionalFormattings ??= [];
    return w.conditionalFormattings;
  }

  async applyHighlights(plan: HighlightPlan, target: ScanTarget): Promise<HighlightResult> {
    // Every sheet found and every table where the scan read it, before anything changes.
    const sheets = plan.sheets.map((s) => this.sheetOf(scannedSheet(target, s.sheet)));
    plan.sheets.forEach((s, i) => this.verify(sheets[i]!, anchorsOn(target, s.sheet)));
    this.removeMarked();
    let applied = 0;
    for (const [index, sheet] of plan.sheets.entries()) {
      const ws = sheets[index]!;
      HIGHLIGHT_KINDS.forEach((kind, i) => {
        const ranges = sheet.ranges[kind];
        if (ranges.length === 0) return;
        ws.addConditionalFormatting({
          ref: ranges.join(' '),
          rules: [
            {
              type: 'expression',
              priority: i + 1,
              formulae: [highlightFormula(kind)],
              style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(HIGHLIGHT_COLORS[kind]) } } },
            },
          ],
        });
        applied += ranges.length;
      });
    }
    this.emit({ kind: 'changed' });
    return { applied, missing: [], seen: this.seen() };
  }

  private removeMarked(): number {
    let removed = 0;
    for (const ws of this.workbook.worksheets) {
      const list = this.formattings(ws);
      const kept = list.filter((cf) => !isMarked(cf));
      removed += list.length - kept.length;
      list.splice(0, list.length, ...kept);
    }
    return removed;
  }

  async hasHighlights(): Promise<boolean> {
    return this.workbook.worksheets.some((ws) => this.formattings(ws).some(isMarked));
  }

  async clearHighlights(): Promise<ClearResult> {
    const removed = this.removeMarked();
    this.emit({ kind: 'changed' });
    return { removed, seen: this.seen() };
  }

  /** Highlight colour per cell of a sheet, from the marked conditional formats (for the view). */
  highlightsOf(sheet: string): Map<string, string> {
    const ws = this.workbook.getWorksheet(sheet);
    const out = new Map<string, string>();
    if (!ws) return out;
    for (const cf of this.formattings(ws)) {
      const kind = highlightKindOf(cf.rules[0]?.formulae?.[0]);
      if (!kind) continue;
      for (const ref of cf.ref.split(/\s+/)) {
        const box = parseRangeAddress(ref);
        if (!box) continue;
        for (let r = box.top; r <= box.bottom; r++) {
          for (let c = box.left; c <= box.right; c++) {
            const cell = cellAddress(r, c);
            if (!out.has(cell) || kind !== 'overdue') out.set(cell, kind);
          }
        }
      }
    }
    return out;
  }

  async writeSummary(request: SummaryRequest): Promise<SummaryResult> {
    const stored = (await this.loadSettings()) ?? DEFAULT_SETTINGS;
    const names = OWNED_SHEET_NAMES[request.lang];
    const byId = (id: string | undefined) =>
      id ? this.workbook.worksheets.find((w) => String(w.id) === id) : undefined;
    // Our sheets are replaced under the name they have now (the person may have renamed them).
    const ours = { tasks: byId(stored.ownedSheets.tasks), summary: byId(stored.ownedSheets.summary) };
    const keepNames = { tasks: ours.tasks?.name, summary: ours.summary?.name };
    for (const ws of [ours.tasks, ours.summary]) if (ws) this.workbook.removeWorksheet(ws.id);
    const taken = this.workbook.worksheets.map((w) => w.name);
    const tasksName = keepNames.tasks ?? freeSheetName(names.tasks, taken);
    taken.push(tasksName);
    const summaryName = keepNames.summary ?? freeSheetName(names.summary, taken);
    const tables = this.workbook.worksheets.flatMap((w) =>
      Object.keys((w as unknown as { tables?: Record<string, unknown> }).tables ?? {}),
    );

    const tasks = this.workbook.addWorksheet(tasksName, { views: [{ state: 'frozen', ySplit: 1 }] });
    addPlanTable(tasks, freeObjectName(TASK_TABLE_NAME, tables), request.tasks);
    const summary = this.workbook.addWorksheet(summaryName);
    const next = addSummaryBlocks(summary, request.summary);
    const chart = request.summary.overdueChart;
    summary.getCell(next, 2).value = chart.title;
    summary.getCell(next, 2).font = { bold: true };
    [chart.columns, ...chart.rows].forEach((row, i) => {
      summary.getCell(next + 1 + i, 2).value = row[0];
      summary.getCell(next + 1 + i, 3).value = row[1];
    });
    await this.saveOwned({ ...stored, ownedSheets: { tasks: String(tasks.id), summary: String(summary.id) } });
    this.emit({ kind: 'changed' });
    return {
      tasksSheet: { id: String(tasks.id), name: tasks.name },
      summarySheet: { id: String(summary.id), name: summary.name },
      pivotTables: 0,
      chart: false,
      missing: ['pivotTables', 'charts'],
      seen: this.seen(),
    };
  }

  async loadSettings(): Promise<StoredSettings | null> {
    const ws = this.workbook.getWorksheet(SETTINGS_SHEET);
    const raw = ws?.getCell('A1').value;
    return typeof raw === 'string' ? parseStoredSettings(raw) : null;
  }

  private async saveOwned(settings: StoredSettings): Promise<void> {
    const ws =
      this.workbook.getWorksheet(SETTINGS_SHEET) ?? this.workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    ws.getCell('A1').value = JSON.stringify(settings);
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    const current = await this.loadSettings();
    await this.saveOwned({ ...settings, ownedSheets: current?.ownedSheets ?? settings.ownedSheets });
  }

  async addTrackingColumns(request: TrackingColumnsRequest, target: ScanTarget): Promise<TrackingColumnsResult> {
    const ref = scannedSheet(target, request.sheet);
    const ws = this.sheetOf(ref);
    this.verify(ws, anchorsOn(target, request.sheet));
    const status = columnIndex(request.afterColumn) + 2; // 1-based column right of the table
    for (let r = request.headerRow; r <= request.lastRow; r++) {
      for (const c of [status, status + 1]) {
        const cell = ws.getCell(r, c);
        const v = cell.value;
        // A value, or a data validation rule of the person's own: never replaced.
        if ((v !== null && v !== undefined && v !== '') || cell.dataValidation?.type)
          throw new HostError('columns-not-empty', `${ws.name}!${columnLetter(c - 1)}${r}`, ws.name);
      }
    }
    ws.getCell(request.headerRow, status).value = request.headers.status;
    ws.getCell(request.headerRow, status + 1).value = request.headers.completedOn;
    ws.getCell(request.headerRow, status).font = { bold: true };
    ws.getCell(request.headerRow, status + 1).font = { bold: true };
    for (let r = request.headerRow + 1; r <= request.lastRow; r++) {
      ws.getCell(r, status).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${request.statusOptions.join(',')}"`],
      };
      ws.getCell(r, status + 1).numFmt = DATE_FORMAT;
    }
    this.emit({ kind: 'changed' });
    return {
      status: columnLetter(status - 1),
      completedOn: columnLetter(status),
      seen: [{ id: ref.id, name: ws.name }],
    };
  }

  /**
   * A merge's writes, guarded as in Excel (each cell only while it holds what the plan saw), done by
   * the same ExcelJS writer the command line uses; the sheets by id, named as they are now.
   */
  async applyMergeWrites(request: MergeWritesRequest, target: ScanTarget): Promise<MergeWritesResult> {
    const names = [...new Set([...request.writes.cells, ...request.writes.columns].map((w) => w.sheet))];
    const sheets = new Map(names.map((n) => [n, this.sheetOf(scannedSheet(target, n))]));
    for (const [name, ws] of sheets) this.verify(ws, anchorsOn(target, name));
    const guarded = guardWrites(request, (sheet, row, column) => {
      const cell = sheets.get(sheet)!.getCell(`${column}${row}`);
      return cell.value === null || cell.value === undefined ? undefined : readCell(cell);
    });
    const now = (sheet: string) => sheets.get(sheet)!.name;
    const { writes } = guarded;
    applyMergeWrites(
      this.workbook,
      {
        ...writes,
        cells: writes.cells.map((w) => ({ ...w, sheet: now(w.sheet) })),
        columns: writes.columns.map((c) => ({ ...c, sheet: now(c.sheet) })),
      },
      request.undo,
    );
    this.emit({ kind: 'changed' });
    return mergeWritesResult(
      guarded,
      names.map((n) => ({ id: String(sheets.get(n)!.id), name: now(n) })),
    );
  }

  /** The grid's selection, set by the playground page as the person selects cells. */
  setSelection(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  async readSelection(): Promise<SelectionRead> {
    const first = this.visibleSheets()[0]?.name ?? '';
    const { sheet, address } = this.selection ?? { sheet: first, address: 'A1' };
    const id = this.workbook.getWorksheet(sheet)?.id;
    const info: SelectionRead = {
      sheet,
      sheetId: id === undefined ? '' : String(id),
      address,
      areas: address.split(',').length,
    };
    const box = parseRangeAddress(address);
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws || !box || info.areas !== 1 || box.top !== box.bottom || box.left !== box.right) return info;
    const filled = (r: number, c: number) => {
      const v = ws.getCell(r + 1, c + 1).value;
      return v !== null && v !== undefined && v !== '';
    };
    const limits = { top: 0, left: 0, bottom: Math.max(ws.rowCount, 1) - 1, right: Math.max(ws.columnCount, 1) - 1 };
    return { ...info, region: currentRegion(filled, box.top, box.left, limits) };
  }

  async writeNames(set: NameWrite[], remove: string[]): Promise<void> {
    const names = this.workbook.definedNames as unknown as {
      matrixMap: Record<string, unknown>;
      add(location: string, name: string): void;
    };
    for (const n of [...remove, ...set.map((s) => s.name)]) delete names.matrixMap[n];
    for (const s of set) {
      // By id where known: a sheet renamed since the scan is still the one the Name points into.
      const sheet = s.sheetId ? this.sheetOf({ id: s.sheetId, name: s.sheet }).name : s.sheet;
      names.add(nameReference(sheet, s.address).slice(1), s.name);
    }
  }

  async resolveNames(list: string[]): Promise<Record<string, NameTarget>> {
    const out: Record<string, NameTarget> = {};
    for (const n of list) {
      const [ref] = this.workbook.definedNames.getRanges(n).ranges;
      const where = ref ? parseNameReference(ref) : null;
      out[n] = where
        ? {
            sheet: where.sheet,
            address: rangeAddress(where.box.top, where.box.left, where.box.bottom, where.box.right),
          }
        : null;
    }
    return out;
  }

  async watchChanges(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  /** The workbook as .xlsx bytes, to download. */
  async toBytes(): Promise<Uint8Array> {
    return new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
}
