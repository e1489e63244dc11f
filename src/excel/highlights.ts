/**
 * Highlights as conditional formats the add-in owns. Each carries a marker in its formula
 * (=N("appendix-tracker:overdue")=0, always true), so clearing finds exactly the formats the add-in
 * added, on any sheet, and the person's own fills, fonts and conditional formats are never touched.
 */
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_KINDS,
  highlightFormula,
  highlightKindOf,
  type HighlightKind,
  type HighlightPlan,
} from '../core/plans/highlightPlan';
import type {
  Capability,
  ClearResult,
  HighlightResult,
  HostCapabilities,
  ScanTarget,
} from '../workbookPort/workbookPort';
import {
  explainNotFound,
  loadSheetList,
  presentSheets,
  queueAnchors,
  seenOf,
  verifyAnchors,
  type AnchorCheck,
} from './scannedSheets';

export const markerFormula = (kind: HighlightKind): string => `=${highlightFormula(kind)}`;
const isMarker = (formula: string | undefined): boolean => highlightKindOf(formula) !== null;

/** Multi-area addresses are limited in length; stay well under it. */
const MAX_AREAS_ADDRESS = 2000;
/** Conditional formats queued per sync: keeps each request far below the 5 MB limit. */
const OPS_PER_SYNC = 2000;

export function groupAddresses(ranges: string[], maxLength = MAX_AREAS_ADDRESS): string[] {
  const groups: string[] = [];
  let current = '';
  for (const r of ranges) {
    if (current && current.length + 1 + r.length > maxLength) {
      groups.push(current);
      current = '';
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) groups.push(current);
  return groups;
}

/**
 * Every marked conditional format in the workbook: two syncs after the sheet list, whatever their
 * number (the formats of every sheet with their types, then the rules of the custom ones). `sheets`
 * is the list of sheets already loaded; `beforeChange.queue` rides on the last sync and `check` runs
 * after it, and may refuse by throwing.
 */
async function findMarkedFormats(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  beforeChange?: { queue: () => void; check: () => void },
): Promise<Excel.ConditionalFormat[]> {
  const collections = sheets.items.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/type');
    return cfs;
  });
  await context.sync();
  const customs: Excel.ConditionalFormat[] = [];
  for (const cfs of collections)
    for (const cf of cfs.items) if (cf.type === Excel.ConditionalFormatType.custom) customs.push(cf);
  const rules = customs.map((cf) => {
    const rule = cf.custom.rule;
    rule.load('formula');
    return { cf, rule };
  });
  beforeChange?.queue();
  await context.sync();
  beforeChange?.check();
  return rules.filter(({ rule }) => isMarker(rule.formula)).map(({ cf }) => cf);
}

/**
 * Remove every marked conditional format in the workbook: four syncs whatever their number (three
 * when there are none). `sheets` is the list of sheets already loaded (sync 1); `beforeChange` runs
 * after the last read, before anything is deleted, and may refuse by throwing.
 */
export async function clearMarkedFormats(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  beforeChange?: { queue: () => void; check: () => void },
): Promise<number> {
  const marked = await findMarkedFormats(context, sheets, beforeChange);
  for (const cf of marked) cf.delete();
  if (marked.length > 0) await context.sync();
  return marked.length;
}

/** Clear: the sheet list, then the marked formats. */
export async function clearHighlights(context: Excel.RequestContext): Promise<ClearResult> {
  const sheets = loadSheetList(context);
  await context.sync();
  const removed = await clearMarkedFormats(context, sheets);
  return { removed, seen: seenOf(sheets) };
}

/** Whether any marked format is there, found as the clear finds them: three syncs, nothing written. */
export async function hasMarkedFormats(context: Excel.RequestContext): Promise<boolean> {
  const sheets = loadSheetList(context);
  await context.sync();
  return (await findMarkedFormats(context, sheets)).length > 0;
}

/**
 * Highlight: every sheet of the plan found by id (a sheet deleted since the scan refuses the whole
 * plan, before anything changes), every table's anchored rows read again with the clear's last read
 * (a table that moved refuses it too), then the old marks cleared and the new ones added.
 */
export async function applyHighlightPlan(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  caps: HostCapabilities,
  target: ScanTarget,
): Promise<HighlightResult> {
  const missing: Capability[] = [];
  if (!caps.conditionalFormats) return { applied: 0, missing: ['conditionalFormats'], seen: [] };
  const sheets = loadSheetList(context);
  await context.sync();
  const seen = seenOf(sheets);
  const refs = presentSheets(
    target,
    plan.sheets.map((s) => s.sheet),
    seen,
  );
  let checks: AnchorCheck[] = [];
  try {
    await clearMarkedFormats(context, sheets, {
      queue: () => {
        checks = queueAnchors(
          context,
          target,
          target.anchors.filter((a) => refs.some((r) => r.name === a.sheet)),
        );
      },
      check: () => verifyAnchors(checks),
    });
  } catch (e) {
    throw await explainNotFound(context, e, refs);
  }
  if (!caps.multiAreaRanges) missing.push('multiAreaRanges');
  let queued = 0;
  let applied = 0;
  for (const [i, sheet] of plan.sheets.entries()) {
    const ws = context.workbook.worksheets.getItem(refs[i]!.id);
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = sheet.ranges[kind];
      const targets = caps.multiAreaRanges ? groupAddresses(ranges) : ranges;
      for (const address of targets) {
        const where = caps.multiAreaRanges ? ws.getRanges(address) : ws.getRange(address);
        const cf = where.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = markerFormula(kind);
        cf.custom.format.fill.color = HIGHLIGHT_COLORS[kind];
        applied++;
        if (++queued >= OPS_PER_SYNC) {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per OPS_PER_SYNC formats, never per range
          await context.sync();
          queued = 0;
        }
      }
    }
  }
  if (queued > 0) await context.sync();
  return { applied, missing, seen };
}
