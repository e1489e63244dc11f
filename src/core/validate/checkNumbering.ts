/**
 * Numbering (STT) checks: gaps, duplicates and order, per numbering style. A number 1 starts a new
 * sequence (tables that restart numbering in every section are fine); a section that continues the
 * count (1–32 across sub-sections) is one sequence. Bullets are not numbered.
 */
import type { Finding } from '../report/schema';
import type { RecognizedTable } from '../recognize/recognizeTables';
import type { Stt } from '../recognize/stt';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

const CODES = ['numbering-gap', 'numbering-duplicate', 'numbering-order'] as const;

export interface NumberedRow {
  /** 1-based sheet row. */
  row: number;
  stt: Stt;
  /** True for rows whose STT was taken from the row above (unnumbered sub-rows). */
  inheritedStt?: boolean;
}

interface Sequence {
  prev: Stt;
  seen: Map<number, number>;
}

function sequenceKey(stt: Stt): string {
  if (stt.style === 'hierarchical') return `h:${stt.path.slice(0, -1).join('.')}`;
  return stt.style === 'arabic-dot' ? 'arabic' : stt.style;
}

export function checkNumbering(rows: NumberedRow[], make: IssueFactory<(typeof CODES)[number]>): Finding[] {
  const issues: Finding[] = [];
  const sequences = new Map<string, Sequence>();
  for (const { row, stt, inheritedStt } of rows) {
    if (inheritedStt || stt.value === null || stt.style === 'bullet' || stt.style === 'none') continue;
    const key = sequenceKey(stt);
    const value = stt.value;
    const seq = sequences.get(key);
    if (!seq || value === 1) {
      sequences.set(key, { prev: stt, seen: new Map([[value, row]]) });
      continue;
    }
    const prev = seq.prev.value!;
    const no = stt.text;
    if (seq.seen.has(value)) {
      issues.push(make.at('numbering-duplicate', row, 'no', no, { no, firstRow: seq.seen.get(value)! }));
    } else if (value < prev) {
      issues.push(make.at('numbering-order', row, 'no', no, { no, prev: seq.prev.text }));
    } else if (value > prev + 1) {
      const missing = value - prev - 1 === 1 ? String(prev + 1) : `${prev + 1}–${value - 1}`;
      issues.push(make.at('numbering-gap', row, 'no', no, { no, prev: seq.prev.text, missing }));
    }
    if (!seq.seen.has(value)) seq.seen.set(value, row);
    seq.prev = stt;
  }
  return issues;
}

/** The numbered rows of a table: its tasks and sections, in sheet order. */
export function numberedRows(table: RecognizedTable): NumberedRow[] {
  const numbered: NumberedRow[] = [];
  for (const br of table.body) {
    if ((br.kind === 'task' || br.kind === 'section') && br.facts)
      numbered.push({ row: br.row + 1, stt: br.facts.stt });
  }
  return numbered;
}

export const numberingCheck = defineCheck({
  name: 'numbering',
  codes: CODES,
  run: ({ table }, make) => checkNumbering(numberedRows(table), make),
});
