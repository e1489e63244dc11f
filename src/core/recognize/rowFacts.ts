/** What one body row of an appendix table holds, read once and used by every classification rule. */
import type { Field } from '../report/schema';
import type { SheetGrid } from '../grid';
import { cellAt, mergeAt } from '../grid';
import type { ColumnMap } from './mapColumns';
import { NO_STT, parseSttCell, splitSttPrefix, type Stt } from './stt';

export interface RowFacts {
  row: number;
  /** Text per mapped field (normalised; "" when empty). Vertically merged cells read their top cell. */
  text: Partial<Record<Field, string>>;
  /** Fields whose text came from a merged cell above this row. */
  inherited: Field[];
  /** The STT: from the STT column, or from the start of the text ("a) …", "- …"). */
  stt: Stt;
  /** True when the STT came from the start of the task or a lone title cell, not the STT column. */
  sttFromText: boolean;
  /** Non-empty cells in the row (all columns, mapped or not). */
  filled: number;
  /** Text of the only non-empty cell when the row has exactly one. */
  loneText: string | null;
  bold: boolean;
  /** The task text starts with a lower-case letter: the rest of a sentence cut at a page break. */
  startsLower: boolean;
  hasAssignment: boolean;
}

const ASSIGNMENT_FIELDS: Field[] = ['lead', 'deadline', 'coordinating', 'output', 'authority', 'leader', 'status'];
const LOWER_START_RE = /^[a-zà-ỹđ]/u;

function mergedText(
  sheet: SheetGrid,
  texts: string[][],
  row: number,
  col: number,
): { text: string; inherited: boolean } {
  const own = texts[row]![col] ?? '';
  const m = mergeAt(sheet, row, col);
  if (own || !m || m.top === row) return { text: own, inherited: false };
  return { text: texts[m.top]?.[m.left] ?? '', inherited: m.top < row };
}

export function readRowFacts(sheet: SheetGrid, texts: string[][], row: number, map: ColumnMap): RowFacts {
  const text: Partial<Record<Field, string>> = {};
  const inherited: Field[] = [];
  for (const [field, col] of Object.entries(map.fields) as [Field, number][]) {
    const t = mergedText(sheet, texts, row, col);
    text[field] = t.text;
    if (t.inherited && t.text) inherited.push(field);
  }
  const rowTexts = texts[row]!;
  let filled = 0;
  let lone: string | null = null;
  let bold = false;
  for (let c = 0; c < rowTexts.length; c++) {
    if (rowTexts[c]) {
      filled++;
      lone = filled === 1 ? rowTexts[c]! : null;
      if (cellAt(sheet, row, c).bold) bold = true;
    }
  }
  let stt: Stt = NO_STT;
  let sttFromText = false;
  if (map.fields.no !== undefined) {
    const cell = cellAt(sheet, row, map.fields.no);
    stt = parseSttCell(cell);
    if (stt.style === 'none' && text.no && text.no.length > 12) {
      // A whole title pasted into the STT column ("b) Thúc đẩy …", "2. Các nhiệm vụ về …").
      const pre = splitSttPrefix(text.no);
      if (pre) {
        stt = pre.stt;
        sttFromText = true;
      }
    } else if (stt.style === 'none' && inherited.includes('no')) {
      const m = mergeAt(sheet, row, map.fields.no)!;
      stt = parseSttCell(cellAt(sheet, m.top, m.left));
    }
  }
  if (stt.style === 'none' && text.task) {
    const pre = splitSttPrefix(text.task);
    if (pre) {
      stt = pre.stt;
      sttFromText = true;
    }
  }
  const taskText = text.task ?? '';
  const hasAssignment = ASSIGNMENT_FIELDS.some((f) => !!text[f] && !inherited.includes(f));
  return {
    row,
    text,
    inherited,
    stt,
    sttFromText,
    filled,
    loneText: filled === 1 ? lone : null,
    bold,
    startsLower: LOWER_START_RE.test(taskText),
    hasAssignment,
  };
}
