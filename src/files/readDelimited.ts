/** CSV / TSV text → one sheet of text cells (csv-parse; every value stays text). */
import { parse } from 'csv-parse/sync';
import { EMPTY_ROW, finishRows, textCell, type Cell, type SheetGrid } from '../core/grid';
import { ReadMeter } from '../core/readLimits';
import { decodeLegacy } from '../core/text/legacyEncodings/convert';
import { detectLegacyEncoding } from '../core/text/legacyEncodings/detect';
import type { LegacyEncoding } from '../core/text/legacyEncodings/encoding';
import { cellInEncoding } from '../core/text/legacyEncodings/legacyCells';
import { utf16Encoding } from './kind/utf16';

/**
 * Windows-1252 for 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five bytes it leaves
 * undefined stay their C1 control). Node's TextDecoder reads "windows-1252" as Latin-1 (Node 20), so the
 * table is here: the quotes, dashes and ellipsis of a TCVN3 or VNI file are these bytes.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes → the Windows-1252 characters they are (the form legacy text reaches the converter in). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (let j = 0; j < part.length; j++) {
      const b = part[j]!;
      s += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    out += s;
  }
  return out;
}

/** A text file's characters as its bytes read, and the legacy encoding they are in (null: they are Unicode). */
export interface DecodedText {
  /**
   * The text: Unicode, or for a file in a legacy encoding the Windows-1252 characters of its bytes (the
   * form the legacy converter reads, cell by cell: `legacyCells`).
   */
  text: string;
  legacy: LegacyEncoding | null;
}

/**
 * UTF-8 with or without BOM, UTF-16 (with or without BOM); bytes that are not UTF-8 are TCVN3 or VNI when
 * they read as Vietnamese only through that table, and Windows-1258 (Vietnamese ANSI) otherwise. A
 * Unicode text can also hold legacy text (a sheet typed in .VnTime saved as "CSV UTF-8" keeps the
 * Windows-1252 characters of the TCVN3 bytes): it is told the same way, from its words.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  let unicode: string | null = null;
  if (utf16)
    unicode = new TextDecoder(utf16).decode(bytes); // drops the BOM
  else {
    try {
      unicode = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      unicode = null;
    }
  }
  if (unicode !== null) return { text: unicode, legacy: detectLegacyEncoding(unicode) };
  const western = decodeWindows1252(bytes);
  let vietnamese: string;
  try {
    vietnamese = new TextDecoder('windows-1258').decode(bytes);
  } catch {
    vietnamese = new TextDecoder('latin1').decode(bytes);
  }
  const legacy = detectLegacyEncoding(western, { against: [vietnamese] });
  return legacy ? { text: western, legacy } : { text: vietnamese, legacy: null };
}

/** The file's text in Unicode (a legacy encoding converted). */
export function decodeText(bytes: Uint8Array): string {
  const { text, legacy } = decodeTextBytes(bytes);
  return legacy ? decodeLegacy(text, legacy, { capitalWords: true }) : text;
}

/** A sheet read from a file in a legacy encoding: every cell converted, and marked as converted. */
export function sheetInEncoding(sheet: SheetGrid, legacy: LegacyEncoding | null): SheetGrid {
  if (!legacy) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row) => (row.length ? row.map((cell) => cellInEncoding(cell, legacy)) : row)),
  };
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
