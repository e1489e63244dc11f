/** CSV / TSV text → one sheet of text cells (csv-parse; every value stays text). */
import { parse } from 'csv-parse/sync';
import type { SheetGrid } from '../core/grid';
import { textCell } from '../core/grid';

/** UTF-8 with or without BOM; bytes that are not UTF-8 fall back to windows-1258 (Vietnamese ANSI). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('windows-1258').decode(bytes);
    } catch {
      return new TextDecoder('latin1').decode(bytes);
    }
  }
}

function detectDelimiter(text: string): ',' | ';' {
  const head = text.split(/\r?\n/, 5).join('\n');
  return (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * The 1-based line where a quote opens that is never closed (csv-parse reports the line it stopped at,
 * the end of the file): the place a person has to look. Null when every quote is closed.
 */
export function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    else if (ch === 34) {
      if (openedAt === null) openedAt = line;
      else if (text.charCodeAt(i + 1) === 34)
        i++; // "" inside quotes is a quote character
      else openedAt = null;
    }
  }
  return openedAt;
}

export function readDelimitedText(text: string, sheetName: string, delimiter?: ',' | '\t' | ';'): SheetGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = parse(body, {
    delimiter: delimiter ?? detectDelimiter(body),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    quote: delimiter === '\t' ? null : '"',
  }) as string[][];
  return {
    name: sheetName,
    rows: records.map((r) => (r.length === 1 && r[0] === '' ? [] : r.map((v) => textCell(v)))),
  };
}
