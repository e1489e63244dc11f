/**
 * Classify the body rows of one appendix table: tasks, sub-items, section rows at their level,
 * repeated headers at page breaks, continuation rows (the rest of a row split across a page break),
 * blank rows, and the notes or signature lines that close the table.
 */
import type { SheetGrid } from '../grid';
import type { HeaderMatch } from './findHeaderRows';
import { readRowFacts, type RowFacts } from './rowFacts';
import type { Stt } from './stt';

export type RowKind =
  | 'repeated-header'
  | 'section'
  | 'task'
  | 'continuation'
  | 'blank'
  | 'note'
  /** A pre-printed number with nothing else: a row of the template left unfilled. */
  | 'template'
  /** A row under a task (its STT, text and deadline merged down) naming one more body in the lead column. */
  | 'extra-lead';

export interface BodyRow {
  row: number;
  kind: RowKind;
  /** Set for section, task and continuation rows. */
  facts: RowFacts | null;
  /** Section nesting level (0 = outermost) or task level (0 = task, 1 = sub-item). */
  level: number;
  /** For sections: the title as shown ("I. Hoàn thiện thể chế"). */
  title?: string;
  /** For tasks and sections: the sheet row of the enclosing section, or null. */
  parentRow?: number | null;
}

export interface ClassifiedBody {
  rows: BodyRow[];
  /** 0-based row after the last row that belongs to the table. */
  end: number;
}

const NOTE_RE =
  /^(\*\s*)?(ghi chú|chú thích|lưu ý|nơi nhận|kt\.|tm\.|t\/m|q\.|tl\.|thừa lệnh|thừa ủy quyền|chủ tịch|phó chủ tịch|giám đốc|người lập|người lập biểu|nguồn:|notes?:)/iu;
const TASK_STYLES = new Set(['arabic', 'arabic-dot', 'paren', 'hierarchical', 'code']);
const MAX_BLANK_RUN = 5;

/** Numbering styles that stand at one level: "1" and "1." are the same style written two ways. */
function styleKey(stt: Stt): string {
  if (stt.style === 'hierarchical') return `hierarchical:${stt.path.length}`;
  return stt.style === 'arabic-dot' ? 'arabic' : stt.style;
}

function isChildOf(child: Stt, parent: Stt): boolean {
  if (child.style !== 'hierarchical' || child.path.length <= parent.path.length) return false;
  return parent.path.every((v, i) => child.path[i] === v);
}

/** The title text of a row that only groups tasks. */
function sectionTitle(f: RowFacts): string {
  const body = f.text.task || f.loneText || Object.values(f.text).find((t) => t && t !== f.text.no) || '';
  if (f.sttFromText || !f.stt.text) return body || f.text.no || '';
  return body.startsWith(f.stt.text) ? body : `${f.stt.text} ${body}`.trim();
}

const NUMBER_STYLES = new Set(['arabic', 'arabic-dot', 'paren', 'hierarchical']);

/** Only a number in the STT column, nothing else in the row: a template row nobody filled in. */
export function isTemplateRow(f: RowFacts): boolean {
  return f.filled === 1 && !f.sttFromText && NUMBER_STYLES.has(f.stt.style) && f.inherited.length === 0;
}

/** True when the row carries no lead, deadline or other assignment: only a number and a title. */
function onlyTitle(f: RowFacts): boolean {
  if (!f.hasAssignment) return true;
  // A title written in another column with the task cell empty ("5.1 | | Thương mại").
  if (!f.text.task && f.stt.style !== 'none') {
    const others = Object.entries(f.text).filter(([k, v]) => k !== 'no' && v).length;
    return others === 1;
  }
  return false;
}

export function classifyRows(
  sheet: SheetGrid,
  texts: string[][],
  header: HeaderMatch,
  start: number,
  limit: number,
  repeatedHeaders: Map<number, HeaderMatch>,
): ClassifiedBody {
  const map = header.map;
  // Pass 1: facts and the kinds that need no context.
  const rows: BodyRow[] = [];
  let end = limit;
  let blankRun = 0;
  let seenContent = false;
  for (let r = start; r < limit; r++) {
    const rep = repeatedHeaders.get(r);
    if (rep) {
      for (let k = 0; k < rep.height; k++) rows.push({ row: r + k, kind: 'repeated-header', facts: null, level: 0 });
      r += rep.height - 1;
      blankRun = 0;
      continue;
    }
    const t = texts[r]!;
    if (!t.some(Boolean)) {
      if (++blankRun >= MAX_BLANK_RUN && seenContent) {
        end = r - blankRun + 1;
        break;
      }
      rows.push({ row: r, kind: 'blank', facts: null, level: 0 });
      continue;
    }
    blankRun = 0;
    const facts = readRowFacts(sheet, texts, r, map);
    if (seenContent && facts.filled <= 2 && NOTE_RE.test(facts.loneText ?? t.find(Boolean)!)) {
      end = r;
      break;
    }
    seenContent = true;
    rows.push({ row: r, kind: isTemplateRow(facts) ? 'template' : 'task', facts, level: 0 });
  }
  // Drop trailing blank rows from the table.
  while (rows.length && rows[rows.length - 1]!.kind === 'blank') rows.pop();
  if (rows.length) end = Math.min(end, rows[rows.length - 1]!.row + 1);

  // Pass 2 (backwards): the next row that carries an STT, for parent/section decisions.
  const nextStt: (Stt | null)[] = new Array(rows.length).fill(null);
  let following: Stt | null = null;
  for (let i = rows.length - 1; i >= 0; i--) {
    nextStt[i] = following;
    const f = rows[i]!.facts;
    if (f && f.stt.style !== 'none') following = f.stt;
  }

  // Pass 3: sections, tasks, sub-items and continuations in document order.
  const sectionLevels: string[] = [];
  const stack: { level: number; style: string; row: number }[] = [];
  let lastContent: 'task' | 'section' | null = null;
  let afterRepeatedHeader = false;
  for (let i = 0; i < rows.length; i++) {
    const br = rows[i]!;
    if (br.kind === 'repeated-header') {
      afterRepeatedHeader = true;
      continue;
    }
    if (br.kind === 'blank' || br.kind === 'template') continue;
    const f = br.facts!;
    const hasStt = f.stt.style !== 'none';
    const taskText = f.text.task ?? '';

    if (!hasStt && lastContent !== null) {
      const ownLead = !!f.text.lead && !f.inherited.includes('lead');
      const ownDeadline = !!f.text.deadline && !f.inherited.includes('deadline');
      const titleInSttColumn = !!f.loneText && f.loneText === f.text.no;
      if (lastContent === 'task' && !taskText && ownLead && !ownDeadline && !titleInSttColumn) {
        // The task's STT, text and deadline merged over two rows, a second body on the second row.
        br.kind = 'extra-lead';
        afterRepeatedHeader = false;
        continue;
      }
      // Right after a repeated header (a page break) a row is the rest of the task above unless it
      // has a lead and a deadline of its own; elsewhere a row with its own lead or deadline never is.
      const pageSplit = afterRepeatedHeader && (!(ownLead && ownDeadline) || f.startsLower);
      const ownAssignment = ownLead || ownDeadline;
      if (pageSplit || (!ownAssignment && ((!taskText && !titleInSttColumn) || f.startsLower))) {
        br.kind = 'continuation';
        afterRepeatedHeader = false;
        continue;
      }
    }
    afterRepeatedHeader = false;

    let isSection = false;
    if (onlyTitle(f)) {
      const next = nextStt[i];
      // A whole title pasted into the STT column ("2. Các nhiệm vụ về …") only groups tasks.
      if (f.sttFromText && f.loneText !== null && f.loneText === f.text.no) isSection = true;
      else
        switch (f.stt.style) {
          case 'roman':
          case 'letter-upper':
          case 'none':
            isSection = true;
            break;
          case 'bullet':
            isSection = false;
            break;
          default:
            isSection =
              !next ||
              styleKey(next) !== styleKey(f.stt) ||
              isChildOf(next, f.stt) ||
              (f.bold && !TASK_STYLES.has(f.stt.style));
        }
    }

    if (isSection) {
      const key = styleKey(f.stt);
      let level = sectionLevels.indexOf(key);
      if (level < 0) {
        sectionLevels.push(key);
        level = sectionLevels.length - 1;
      }
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      br.parentRow = stack[stack.length - 1]?.row ?? null;
      stack.push({ level, style: key, row: br.row });
      br.kind = 'section';
      br.level = level;
      br.title = sectionTitle(f);
      lastContent = 'section';
      continue;
    }

    // A task: close parent rows of the same numbering style (the parent's next sibling has come).
    const key = styleKey(f.stt);
    const sameStyleAt = stack.findIndex((s) => s.style === key && key !== 'none' && key !== 'bullet');
    if (sameStyleAt >= 0) stack.length = sameStyleAt;
    const parent = stack[stack.length - 1];
    br.kind = 'task';
    br.parentRow = parent?.row ?? null;
    br.level =
      (f.stt.style === 'bullet' || f.stt.style === 'letter') && parent && TASK_STYLES.has(parent.style.split(':')[0]!)
        ? 1
        : 0;
    lastContent = 'task';
  }
  return { rows, end };
}
