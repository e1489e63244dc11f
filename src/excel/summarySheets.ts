/**
 * Summarise: the normalised task sheet (an Excel table with real dates), the summary sheet in the
 * offices' layout, PivotTables over the task table and a chart of overdue tasks per agency. The
 * sheets are the add-in's own (known by sheet id): running again clears and rewrites them in place;
 * a person's sheet with the same name is never touched, the add-in takes a free name instead.
 */
import { columnLetter, rangeAddress } from '../core/a1';
import type { PlanColumn } from '../core/plans/sheetPlan';
import { HEADER_FILL, TASK_TABLE_NAME, TASK_TABLE_STYLE, TITLE_FONT_SIZE } from '../core/plans/sheetStyle';
import { freeObjectName, freeSheetName, OWNED_SHEET_NAMES } from '../workbookPort/sheetNames';
import type { StoredSettings } from '../workbookPort/storedSettings';
import type { Capability, HostCapabilities, SummaryRequest, SummaryResult } from '../workbookPort/workbookPort';
import { chunkRowsByBytes } from './chunking';
import { queueStoredSettings } from './settingsStore';
import { cellBlock, charsToPoints, writeBlock } from './writeCells';

const PIVOTS = ['AT_PivotChuTri', 'AT_PivotLanhDao'] as const;

interface SheetSlot {
  sheet: Excel.Worksheet;
  reused: boolean;
}

/** Sync 1–3: find our sheets by id, empty them (PivotTables, charts, tables, cells) or add new ones. */
async function prepareSheets(
  context: Excel.RequestContext,
  request: SummaryRequest,
  owned: StoredSettings['ownedSheets'],
  caps: HostCapabilities,
) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const pivots = caps.pivotTables ? context.workbook.pivotTables : null;
  pivots?.load('items/name');
  await context.sync();

  const byId = new Map(sheets.items.map((s) => [s.id, s]));
  const ours = {
    tasks: owned.tasks ? byId.get(owned.tasks) : undefined,
    summary: owned.summary ? byId.get(owned.summary) : undefined,
  };
  const reused = [ours.summary, ours.tasks].filter((s): s is Excel.Worksheet => !!s);
  const contents = reused.map((ws) => {
    ws.tables.load('items/name');
    ws.charts.load('items/name');
    if (caps.pivotTables) ws.pivotTables.load('items/name');
    return ws;
  });
  if (contents.length > 0) await context.sync();
  // PivotTables first: they hold the task table they summarise.
  for (const ws of contents) if (caps.pivotTables) for (const p of ws.pivotTables.items) p.delete();
  for (const ws of contents) {
    for (const c of ws.charts.items) c.delete();
    for (const t of ws.tables.items) t.delete();
    ws.getRange().clear();
  }
  const ourIds = new Set(reused.map((s) => s.id));
  const taken = sheets.items.filter((s) => !ourIds.has(s.id)).map((s) => s.name);
  const names = OWNED_SHEET_NAMES[request.lang];
  const slot = (existing: Excel.Worksheet | undefined, desired: string): SheetSlot => {
    if (existing) return { sheet: existing, reused: true };
    const name = freeSheetName(desired, taken);
    taken.push(name);
    return { sheet: sheets.add(name), reused: false };
  };
  const tasks = slot(ours.tasks, names.tasks);
  const summary = slot(ours.summary, names.summary);
  tasks.sheet.load('name,id');
  summary.sheet.load('name,id');
  // Names of tables and PivotTables that are not ours (ours are being deleted).
  const deleted = new Set(contents.flatMap((ws) => ws.tables.items.map((t) => t.name)));
  const takenTables = tables.items.map((t) => t.name).filter((n) => !deleted.has(n));
  const deletedPivots = new Set(
    caps.pivotTables ? contents.flatMap((ws) => ws.pivotTables.items.map((p) => p.name)) : [],
  );
  const takenPivots = (pivots?.items ?? []).map((p) => p.name).filter((n) => !deletedPivots.has(n));
  await context.sync();
  const added = [tasks, summary].filter((s) => !s.reused).map((s) => s.sheet);
  const seen = sheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
  return { tasks: tasks.sheet, summary: summary.sheet, takenTables, takenPivots, added, seen };
}

function setWidths(ws: Excel.Worksheet, columns: PlanColumn[]): void {
  columns.forEach((c, i) => {
    const col = ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`);
    col.format.columnWidth = charsToPoints(c.width);
  });
}

/** The task rows, one sync per chunk of about 2 MB. */
async function writeTaskRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  request: SummaryRequest,
): Promise<string> {
  const { columns, rows } = request.tasks;
  const last = columnLetter(columns.length - 1);
  const header = ws.getRange(`A1:${last}1`);
  header.numberFormat = [columns.map(() => '@')];
  header.values = [columns.map((c) => c.header)];
  let start = 1;
  for (const chunk of chunkRowsByBytes(rows, 1024 * 1024)) {
    writeBlock(
      ws.getRange(rangeAddress(start, 0, start + chunk.length - 1, columns.length - 1)),
      cellBlock(chunk, columns),
    );
    start += chunk.length;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~1 MB chunk of rows, never per row
    await context.sync();
  }
  return `A1:${last}${Math.max(2, rows.length + 1)}`;
}

function writeSummaryBlocks(ws: Excel.Worksheet, request: SummaryRequest): number {
  const plan = request.summary;
  const top = ws.getRange('A1:A2');
  top.numberFormat = [['@'], ['@']];
  top.values = [[plan.title], [plan.subtitle]];
  ws.getRange('A1').format.font.bold = true;
  ws.getRange('A1').format.font.size = TITLE_FONT_SIZE;
  ws.getRange('A2').format.font.italic = true;
  let row = 3; // 0-based row index of the next line
  for (const b of plan.blocks) {
    const width = b.columns.length;
    const heading = ws.getRange(rangeAddress(row, 0, row, 0));
    heading.numberFormat = [['@']];
    heading.values = [[b.heading]];
    heading.format.font.bold = true;
    row++;
    const head = ws.getRange(rangeAddress(row, 0, row, width - 1));
    head.numberFormat = [b.columns.map(() => '@')];
    head.values = [b.columns.map((c) => c.header)];
    head.format.font.bold = true;
    head.format.wrapText = true;
    head.format.fill.color = HEADER_FILL;
    head.format.horizontalAlignment = Excel.HorizontalAlignment.center;
    row++;
    const body = [...b.rows, b.total];
    const range = ws.getRange(rangeAddress(row, 0, row + body.length - 1, width - 1));
    writeBlock(range, cellBlock(body, b.columns));
    ws.getRange(rangeAddress(row + body.length - 1, 0, row + body.length - 1, width - 1)).format.font.bold = true;
    const all = ws.getRange(rangeAddress(row - 1, 0, row + body.length - 1, width - 1));
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
      Excel.BorderIndex.insideHorizontal,
      Excel.BorderIndex.insideVertical,
    ]) {
      all.format.borders.getItem(edge).style = Excel.BorderLineStyle.continuous;
    }
    row += body.length + 1;
  }
  setWidths(ws, plan.blocks[0]?.columns ?? []);
  return row;
}

function writeOverdueChart(ws: Excel.Worksheet, request: SummaryRequest, row: number, caps: HostCapabilities): boolean {
  const chart = request.summary.overdueChart;
  const heading = ws.getRange(rangeAddress(row, 1, row, 1));
  heading.numberFormat = [['@']];
  heading.values = [[chart.title]];
  heading.format.font.bold = true;
  if (chart.rows.length === 0 || !caps.charts) return false;
  const data = ws.getRange(rangeAddress(row + 1, 1, row + 1 + chart.rows.length, 2));
  data.numberFormat = [['@', '@'], ...chart.rows.map(() => ['@', '0'])];
  data.values = [chart.columns, ...chart.rows];
  const c = ws.charts.add(Excel.ChartType.barClustered, data, Excel.ChartSeriesBy.columns);
  c.title.text = chart.title;
  c.legend.visible = false;
  const chartTop = row + chart.rows.length + 3;
  c.setPosition(`B${chartTop}`, `J${chartTop + Math.max(12, chart.rows.length + 4)}`);
  return true;
}

function addPivots(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  table: Excel.Table,
  request: SummaryRequest,
  takenPivots: string[],
): number {
  const f = request.tasks.pivotFields;
  const places = ['M4', 'X4'];
  [f.lead, f.leader].forEach((rowField, i) => {
    const name = freeObjectName(PIVOTS[i]!, takenPivots);
    takenPivots.push(name);
    const pt = context.workbook.pivotTables.add(name, table, ws.getRange(places[i]!));
    pt.rowHierarchies.add(pt.hierarchies.getItem(rowField));
    pt.columnHierarchies.add(pt.hierarchies.getItem(f.state));
    const data = pt.dataHierarchies.add(pt.hierarchies.getItem(f.count));
    data.summarizeBy = Excel.AggregationFunction.sum;
  });
  return 2;
}

export async function writeSummarySheets(
  context: Excel.RequestContext,
  request: SummaryRequest,
  stored: StoredSettings,
  caps: HostCapabilities,
): Promise<{ result: SummaryResult; owned: StoredSettings['ownedSheets'] }> {
  const { tasks, summary, takenTables, takenPivots, added, seen } = await prepareSheets(
    context,
    request,
    stored.ownedSheets,
    caps,
  );
  try {
    const filled = await fillSummarySheets(context, request, stored, caps, {
      tasks,
      summary,
      takenTables,
      takenPivots,
    });
    return { ...filled, result: { ...filled.result, seen } };
  } catch (e) {
    // A summary that fails midway leaves no half-written sheet behind: the sheets this run added go.
    // (Sheets of an earlier summary were ours and already emptied.) The first error is the one reported.
    try {
      for (const ws of added) ws.delete();
      await context.sync();
    } catch (cleanup) {
      if (e instanceof Error) (e as Error & { cleanup?: unknown }).cleanup = cleanup;
    }
    throw e;
  }
}

async function fillSummarySheets(
  context: Excel.RequestContext,
  request: SummaryRequest,
  stored: StoredSettings,
  caps: HostCapabilities,
  {
    tasks,
    summary,
    takenTables,
    takenPivots,
  }: { tasks: Excel.Worksheet; summary: Excel.Worksheet; takenTables: string[]; takenPivots: string[] },
): Promise<{ result: Omit<SummaryResult, 'seen'>; owned: StoredSettings['ownedSheets'] }> {
  const address = await writeTaskRows(context, tasks, request);
  const table = tasks.tables.add(address, true);
  table.name = freeObjectName(TASK_TABLE_NAME, takenTables);
  table.style = TASK_TABLE_STYLE;
  setWidths(tasks, request.tasks.columns);
  tasks.getRange(address).format.wrapText = true;
  tasks.getRange(address).format.verticalAlignment = Excel.VerticalAlignment.top;
  if (caps.changeEvents) tasks.freezePanes.freezeRows(1);

  const after = writeSummaryBlocks(summary, request);
  const missing: Capability[] = [];
  const chart = writeOverdueChart(summary, request, after, caps);
  if (!caps.charts) missing.push('charts');
  let pivotTables = 0;
  if (caps.pivotTables && request.tasks.rows.length > 0)
    pivotTables = addPivots(context, summary, table, request, takenPivots);
  else if (!caps.pivotTables) missing.push('pivotTables');
  summary.activate();
  // The sheets are recorded as the add-in's in the same batch: a summary is either whole and known, or gone.
  queueStoredSettings(context, { ...stored, ownedSheets: { tasks: tasks.id, summary: summary.id } });
  await context.sync();
  return {
    result: {
      tasksSheet: { id: tasks.id, name: tasks.name },
      summarySheet: { id: summary.id, name: summary.name },
      pivotTables,
      chart,
      missing,
    },
    owned: { tasks: tasks.id, summary: summary.id },
  };
}
