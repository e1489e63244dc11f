/**
 * `xl/sharedStrings.xml` → the strings by index. A rich-text item reads as its runs joined; phonetic
 * guides (`rPh`) are not part of the text. Cells refer to these strings; they are never copied.
 * Items with a run in a legacy Vietnamese font (`rFont` .VnTime, VNI-Times …) also keep their runs, so a
 * cell can be read run by run (src/core/text/legacyEncodings/legacyCells.ts).
 */
import { legacyFont } from '../../core/text/legacyEncodings/fonts';
import type { TextRun } from '../../core/text/legacyEncodings/legacyCells';
import { parseXmlStream } from './xmlEvents';

export interface SharedStrings {
  strings: string[];
  /** By string index: the runs of each item that has a run in a legacy font. */
  legacyRuns: Map<number, TextRun[]>;
}

export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<SharedStrings> {
  const strings: string[] = [];
  const legacyRuns = new Map<number, TextRun[]>();
  let current = '';
  let inText = false;
  let phonetic = 0;
  let runs: TextRun[] = [];
  let run: TextRun | null = null;
  let legacy = false;
  await parseXmlStream(chunks, {
    open(name, a, selfClosing) {
      if (name === 'si') {
        current = '';
        runs = [];
        legacy = false;
      } else if (name === 't') inText = !selfClosing && phonetic === 0;
      else if (name === 'rPh') phonetic++;
      else if (name === 'r' && phonetic === 0 && !selfClosing) run = { text: '' };
      else if (name === 'rFont' && run && a.val) {
        run.font = a.val;
        if (legacyFont(a.val)) legacy = true;
      }
    },
    text(t) {
      if (!inText) return;
      current += t;
      if (run) run.text += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'r' && run) {
        runs.push(run);
        run = null;
      } else if (name === 'si') {
        if (legacy) legacyRuns.set(strings.length, runs);
        strings.push(current);
      }
    },
  });
  return { strings, legacyRuns };
}
