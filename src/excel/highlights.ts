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
import type { Capability, HighlightResult, HostCapabilities } from '../workbookPort/workbookPort';

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

/** Remove every marked conditional format in the workbook: four syncs whatever their number. */
export async function clearMarkedFormats(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
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
  await context.sync();
  let removed = 0;
  for (const { cf, rule } of rules) {
    if (isMarker(rule.formula)) {
      cf.delete();
      removed++;
    }
  }
  if (removed > 0) await context.sync();
  return removed;
}

export async function applyHighlightPlan(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  caps: HostCapabilities,
): Promise<HighlightResult> {
  const missing: Capability[] = [];
  if (!caps.conditionalFormats) return { applied: 0, missing: ['conditionalFormats'] };
  await clearMarkedFormats(context);
  if (!caps.multiAreaRanges) missing.push('multiAreaRanges');
  let queued = 0;
  let applied = 0;
  for (const sheet of plan.sheets) {
    const ws = context.workbook.worksheets.getItem(sheet.sheet);
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = sheet.ranges[kind];
      const targets = caps.multiAreaRanges ? groupAddresses(ranges) : ranges;
      for (const address of targets) {
        const target = caps.multiAreaRanges ? ws.getRanges(address) : ws.getRange(address);
        const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
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
  return { applied, missing };
}
