/** CSV / TSV text → one sheet of text cells (csv-parse; every value stays text). */
import { parse } from 'csv-parse/sync';
import { EMPTY_ROW, finishRows, textCell, type Cell, type SheetGrid } from '../core/grid';
import { ReadMeter } from '../core/readLimits';

/**
 * UTF-16 by its byte-order mark, or without one by its zero bytes: Excel's "Unicode Text" export and
 * some "CSV UTF-16" files. Text in Vietnamese or ASCII has a zero byte in every other place; UTF-8 and
 * windows-1258 never have one.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * UTF-8 with or without BOM, UTF-16 (with or without BOM); bytes that are not UTF-8 fall back to
 * windows-1258 (Vietnamese ANSI).
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes); // drops the BOM
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

/**
 * Text → one sheet: a cell for each value that holds something (empty values stay holes, so a line of
 * 16,384 commas costs one row), counted against the read limits as each record is read.
 */
export function readDelimitedText(
  text: string,
  sheetName: string,
  delimiter?: ',' | '\t' | ';',
  meter = new ReadMeter(),
): SheetGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Cell[][] = [];
  parse(body, {
    delimiter: delimiter ?? detectDelimiter(body),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    quote: delimiter === '\t' ? null : '"',
    on_record: (record: string[]) => {
      const r = rows.length;
      const cells: Cell[] = [];
      for (let c = 0; c < record.length; c++) {
        const v = record[c]!;
        if (v === '') continue;
        meter.cell(r, c, sheetName);
        cells[c] = textCell(v);
      }
      meter.row(cells.length, sheetName);
      rows.push(cells.length ? cells : EMPTY_ROW);
      return null; // kept here, not in csv-parse's own list
    },
  });
  return { name: sheetName, rows: finishRows(rows, []) };
}
