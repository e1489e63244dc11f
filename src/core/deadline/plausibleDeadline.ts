/**
 * Deadlines that cannot be true, said rather than used: a period that ends before it starts (in one
 * cell, or a start column later than the deadline), and a due date decades away from the document's
 * date (from the as-of date when the document states none): a typo such as 2206 or 1926. Such a
 * deadline is read as unknown, so no state (overdue, on track) is computed from it; the doubt keeps
 * what was read for the finding that says why.
 */
import { differenceInYears } from 'date-fns/differenceInYears';
import { isoToDate, type IsoDate } from '../isoDate';
import type { Deadline } from '../report/schema';

/**
 * How far from the document a due date may lie. Real appendices run 1–10 years (plans to 2030, visions
 * to 2045 or 2050 at most); progress reports list deadlines a few years past. Beyond 30 years after or
 * 20 years before, the year is a typo (2206 for 2026, 1926 for 2026), never a plan.
 */
export const MAX_YEARS_AFTER = 30;
export const MAX_YEARS_BEFORE = 20;

export type DeadlineDoubt =
  | {
      reason: 'due-before-start';
      start: IsoDate;
      due: IsoDate;
      /** Where the start was written: in the deadline cell itself, or in a start column of its own. */
      from: 'cell' | 'column';
    }
  | {
      reason: 'far-from-anchor';
      due: IsoDate;
      /** The date it is measured from: the document's date, or the as-of date when the document has none. */
      anchor: IsoDate;
      anchorKind: 'document' | 'as-of';
      direction: 'after' | 'before';
      /** Whole years between the two. */
      years: number;
    };

export interface Anchor {
  date: IsoDate;
  kind: 'document' | 'as-of';
}

function shiftYears(iso: IsoDate, by: number): IsoDate {
  return `${String(Number(iso.slice(0, 4)) + by).padStart(4, '0')}${iso.slice(4)}`;
}

/** The doubt about a due date measured from the anchor, or null when it lies within the bounds. */
export function farFromAnchor(due: IsoDate, anchor: Anchor): DeadlineDoubt | null {
  const after = due > shiftYears(anchor.date, MAX_YEARS_AFTER);
  if (!after && due >= shiftYears(anchor.date, -MAX_YEARS_BEFORE)) return null;
  const years = Math.abs(differenceInYears(isoToDate(due), isoToDate(anchor.date)));
  return {
    reason: 'far-from-anchor',
    due,
    anchor: anchor.date,
    anchorKind: anchor.kind,
    direction: after ? 'after' : 'before',
    years,
  };
}

/** The deadline with its dates set aside: unknown, so that no state is computed from it. */
export function setAside(d: Deadline): Deadline {
  return { text: d.text, kind: 'unknown', start: null, due: null };
}

/**
 * The doubt about a task's deadline, if any: `start` is the date a start column gives (or null); a
 * milestone's due date counts as well as the last one.
 */
export function deadlineDoubt(d: Deadline, start: IsoDate | null, anchor: Anchor): DeadlineDoubt | null {
  if (!d.due) return null;
  if (start && d.due < start) return { reason: 'due-before-start', start, due: d.due, from: 'column' };
  for (const due of [d.due, ...(d.milestones ?? []).map((m) => m.due)]) {
    const far = due ? farFromAnchor(due, anchor) : null;
    if (far) return far;
  }
  return null;
}
