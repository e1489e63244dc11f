/**
 * Cells typed in a legacy encoding → Unicode cells, for every adapter (the streamed .xlsx reader, ExcelJS
 * in the browser, Office.js, text files). A converted cell says so (`Cell.legacy`), so the engine can tell
 * the person what was read how; the person's file is never changed.
 *
 * - By font (`.Vn…`, `VNI-…`): converted unless the text is Unicode already (it holds a letter only
 *   Unicode has, or it reads as Vietnamese as it is and worse converted: a Unicode text left in a .VnTime
 *   cell).
 * - By content, for cells whose font was lost: only when the sheet's text as a whole clearly reads as
 *   the encoding, and then only the cells that read better converted.
 */
import type { Cell } from '../../grid';
import { decodeLegacy } from './convert';
import { detectLegacyEncoding, netScore, scoreVietnamese } from './detect';
import type { LegacyEncoding } from './encoding';
import { legacyFont, type LegacyFont } from './fonts';

/** Letters only Unicode has (no legacy byte shows as one): a text holding one is Unicode already. */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9]/;
/** Every legacy sequence uses a character of this range. */
const LEGACY_CHAR = /[\u00a0-\u00ff]/;

/** The text of a run or cell in a legacy font, converted; null when it is to stay as it is. */
export function legacyFontText(text: string, font: LegacyFont): string | null {
  if (!font.upper && !LEGACY_CHAR.test(text)) return null;
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const converted = decodeLegacy(text, font.encoding, { upper: font.upper });
  if (converted === text) return null;
  const raw = scoreVietnamese(text);
  if (raw.valid > 0 && netScore(scoreVietnamese(converted)) < netScore(raw)) return null;
  return converted;
}

function converted(cell: Cell, text: string, encoding: LegacyEncoding): Cell {
  return { ...cell, value: text, text, legacy: encoding };
}

function isText(cell: Cell): cell is Cell & { value: string } {
  return typeof cell.value === 'string' && cell.value !== '' && !cell.error;
}

/**
 * A cell in `font` (`legacyFont(name)` of its font's name; null for any other font): converted when the
 * font is a legacy one; the cell itself otherwise.
 */
export function cellInFont(cell: Cell, font: LegacyFont | null): Cell {
  if (!font || !isText(cell)) return cell;
  const text = legacyFontText(cell.value, font);
  return text === null ? cell : converted(cell, text, font.encoding);
}

export interface TextRun {
  text: string;
  /** The run's own font (rich text), when it names one. */
  font?: string;
}

/**
 * A rich-text cell's runs, each in its own font or else the cell's: the cell with its runs joined,
 * converted run by run where a run is in a legacy font.
 */
export function cellInRuns(cell: Cell, runs: readonly TextRun[], cellFont: LegacyFont | null): Cell {
  if (!isText(cell)) return cell;
  let encoding: LegacyEncoding | null = null;
  let text = '';
  for (const run of runs) {
    const font = run.font !== undefined ? legacyFont(run.font) : cellFont;
    const t = font ? legacyFontText(run.text, font) : null;
    if (t !== null) encoding ??= font!.encoding;
    text += t ?? run.text;
  }
  return encoding ? converted(cell, text, encoding) : cell;
}

/** A cell of a text file the whole of which is in `encoding` (decided from the file's bytes). */
export function cellInEncoding(cell: Cell, encoding: LegacyEncoding): Cell {
  if (!isText(cell)) return cell;
  const text = decodeLegacy(cell.value, encoding, { capitalWords: true });
  return text === cell.value ? cell : converted(cell, text, encoding);
}

/** Cells read before a sheet whose text is mostly Unicode is given up on (its first cells decide). */
const DECIDE_AFTER = 2_000;

const enum Kind {
  Ascii,
  Unicode,
  Candidate,
}

/** ASCII only; Unicode (a letter only Unicode has); or a candidate: characters of the legacy range, no such letter. */
function kindOf(text: string): Kind {
  let legacyRange = false;
  let beyondAscii = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 0x80) continue;
    beyondAscii = true;
    if (ch >= 0xa0 && ch <= 0xff) legacyRange = true;
    else if (ch >= 0x100 && UNICODE_VIETNAMESE.test(text[i]!)) return Kind.Unicode;
  }
  return legacyRange ? Kind.Candidate : beyondAscii ? Kind.Unicode : Kind.Ascii;
}

/** How much text the sheet-wide decision reads: thousands of words, bounded on long sheets. */
const SAMPLE_CHARS = 20_000;

/**
 * Cells whose font was lost, typed in TCVN3 or VNI: when the sheet's candidate cells (text beyond ASCII
 * with no letter only Unicode has) are most of its text beyond ASCII and together read as that encoding
 * beyond doubt (at least 5 words, 90 % of them Vietnamese only after conversion), each candidate that
 * reads better converted is converted, in place. Cells already converted by their font are left. A
 * Unicode sheet is given up on after its first cells: its text is full of ư, ơ, đ, ạ …
 */
export function convertByContent(rows: (Cell | undefined)[][]): void {
  const candidates: [number, number][] = [];
  let beyondAscii = 0;
  let sample = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.legacy || !isText(cell)) continue;
      const kind = kindOf(cell.value);
      if (kind === Kind.Ascii) continue;
      beyondAscii++;
      if (kind === Kind.Unicode) {
        if (beyondAscii >= DECIDE_AFTER && candidates.length * 2 < beyondAscii) return;
        continue;
      }
      candidates.push([r, c]);
      if (sample.length < SAMPLE_CHARS) sample += `${cell.value}\n`;
    }
  }
  if (candidates.length === 0 || candidates.length * 2 < beyondAscii) return;
  const encoding = detectLegacyEncoding(sample, { minValid: 5, minShare: 0.9 });
  if (!encoding) return;
  for (const [r, c] of candidates) {
    const cell = rows[r]![c]! as Cell & { value: string };
    const text = decodeLegacy(cell.value, encoding, { capitalWords: true });
    const after = scoreVietnamese(text);
    if (after.valid > 0 && netScore(after) > netScore(scoreVietnamese(cell.value)))
      rows[r]![c] = converted(cell, text, encoding);
  }
}

export interface LegacyConversion {
  encoding: LegacyEncoding;
  /** Converted cells. */
  count: number;
  /** The first of them, row by row: 0-based. */
  row: number;
  col: number;
}

/** The cells of a sheet read from a legacy encoding, per encoding, in the order first met. */
export function legacyConversions(rows: readonly (readonly (Cell | undefined)[] | undefined)[]): LegacyConversion[] {
  const out: LegacyConversion[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const enc = row[c]?.legacy;
      if (!enc) continue;
      const found = out.find((x) => x.encoding === enc);
      if (found) found.count++;
      else out.push({ encoding: enc, count: 1, row: r, col: c });
    }
  }
  return out;
}
