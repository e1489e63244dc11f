/**
 * A worksheet part streamed into the engine's grid: only the cells that hold something (a value, an
 * inline string or a formula) are made; shared strings are referenced, not copied; merged areas come
 * from the part's `mergeCells` and are applied as every adapter applies them. Cell values go through
 * the one normaliser both readers share (src/core/cellValue.ts). Text in a legacy Vietnamese font (the
 * style's font, or a shared string's own runs) is read into Unicode, and a sheet whose fonts were lost
 * by its content (src/core/text/legacyEncodings/legacyCells.ts).
 */
import { finishRows, type Cell, type MergeInfo, type SheetGrid } from '../../core/grid';
import { ReadMeter } from '../../core/readLimits';
import { parseRangeAddress } from '../../core/a1';
import { normalizeCell } from '../../core/cellValue';
import { isDateNumberFormat } from '../../core/numberFormat';
import { legacyFont, type LegacyFont } from '../../core/text/legacyEncodings/fonts';
import { cellInFont, cellInRuns, convertByContent, type TextRun } from '../../core/text/legacyEncodings/legacyCells';
import { DEFAULT_STYLE, type CellStyle } from './styles';
import { parseXmlStream } from './xmlEvents';

export interface SheetContext {
  strings: readonly string[];
  /** Shared strings with runs in a legacy font, by index. */
  legacyRuns?: ReadonlyMap<number, readonly TextRun[]>;
  styles: readonly CellStyle[];
  date1904: boolean;
  /** The workbook's read limits, counted across its sheets. */
  meter: ReadMeter;
}

/** The 0-based column of a cell reference ("AB12" → 27), or -1 when it has no letters. */
export function columnOfReference(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === 0 ? -1 : n - 1;
}

/** An Excel serial in the workbook's date system → the UTC instant it stands for (as ExcelJS reads it). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

/** Excel's calendar: 1900-01-01 … 9999-12-31. */
function inDateRange(d: Date): boolean {
  const y = d.getUTCFullYear();
  return !Number.isNaN(y) && y >= 1900 && y <= 9999;
}

/** The raw value of a cell element's contents, by its type attribute. */
function rawValue(type: string | undefined, text: string, style: CellStyle, ctx: SheetContext): unknown {
  switch (type) {
    case 's':
      return ctx.strings[Number(text)] ?? '';
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return text;
    case 'd': {
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      return inDateRange(d) ? d : text;
    }
    default: {
      if (text === '') return null;
      const n = Number(text);
      if (Number.isNaN(n)) return text;
      // A serial no calendar day has (negative, past 9999-12-31) stays the number it is (normalizeCell
      // marks it unreadable).
      if (!isDateNumberFormat(style.format)) return n;
      const d = serialToDate(n, ctx.date1904);
      return inDateRange(d) ? d : n;
    }
  }
}

export async function readSheetPart(
  chunks: AsyncIterable<string>,
  name: string,
  ctx: SheetContext,
): Promise<SheetGrid> {
  const rows: Cell[][] = [];
  const merges: MergeInfo[] = [];
  let row = -1;
  let cells: Cell[] | null = null;
  let col = -1;
  let type: string | undefined;
  let styleIndex = 0;
  let text = '';
  let hasValue = false;
  let formula = false;
  let inText = false;
  let inInline = false;
  let phonetic = 0;
  let usedRows = 0;
  let usedColumns = 0;
  /** A row is done: the engine will read it as wide as its last cell (empty cells stay holes). */
  const endRow = () => {
    if (cells) ctx.meter.row(cells.length, name);
    cells = null;
  };
  // Each style's legacy font (or null), worked out once per style.
  const fonts: (LegacyFont | null | undefined)[] = [];
  const fontOf = (i: number) => (fonts[i] ??= legacyFont(ctx.styles[i]?.font));

  await parseXmlStream(chunks, {
    open(tag, a, selfClosing) {
      switch (tag) {
        case 'c':
          col = a.r ? columnOfReference(a.r) : col + 1;
          if (col < 0) col = 0;
          type = a.t;
          styleIndex = a.s ? Number(a.s) : 0;
          text = '';
          hasValue = formula = inInline = false;
          break;
        case 'v':
          hasValue = true;
          inText = !selfClosing && !inInline;
          break;
        case 'is':
          hasValue = inInline = true;
          break;
        case 't':
          inText = inInline && phonetic === 0 && !selfClosing;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'f':
          formula = true;
          break;
        case 'row': {
          endRow();
          const r = a.r ? Number(a.r) - 1 : row + 1;
          row = Number.isInteger(r) && r >= 0 ? r : row + 1;
          col = -1;
          break;
        }
        case 'dimension': {
          // What Excel counts as used (formatted and emptied cells too): kept to say when it is far more
          // than the content.
          const d = a.ref ? parseRangeAddress(a.ref.includes(':') ? a.ref : `${a.ref}:${a.ref}`) : null;
          if (d) {
            usedRows = Math.max(usedRows, d.bottom + 1);
            usedColumns = Math.max(usedColumns, d.right + 1);
          }
          break;
        }
        case 'mergeCell': {
          const m = a.ref ? parseRangeAddress(a.ref) : null;
          if (m) {
            ctx.meter.merged(m.top, m.left, m.bottom, m.right, name);
            merges.push(m);
          }
          break;
        }
      }
    },
    text(t) {
      if (inText) text += t;
    },
    close(tag) {
      if (tag === 'v' || tag === 't') inText = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'is') inInline = false;
      else if (tag === 'c' && !(hasValue || formula) && row >= 0) {
        // A formatted cell with nothing in it: part of the used range, not of the grid.
        usedRows = Math.max(usedRows, row + 1);
        usedColumns = Math.max(usedColumns, col + 1);
      } else if (tag === 'c' && (hasValue || formula) && row >= 0) {
        const style = ctx.styles[styleIndex] ?? DEFAULT_STYLE;
        ctx.meter.cell(row, col, name);
        cells ??= rows[row] ??= [];
        const cell = normalizeCell({
          value: hasValue ? rawValue(type, text, style, ctx) : null,
          format: style.format,
          bold: style.bold,
          error: type === 'e' && hasValue,
          formula,
          isDate: type === 'd',
          date1904: ctx.date1904,
        });
        const runs = type === 's' ? ctx.legacyRuns?.get(Number(text)) : undefined;
        cells[col] = runs ? cellInRuns(cell, runs, fontOf(styleIndex)) : cellInFont(cell, fontOf(styleIndex));
      }
    },
  });

  endRow();
  convertByContent(rows);
  const grid: SheetGrid = { name, rows: finishRows(rows, merges), merges, mergesKnown: true };
  let columns = 0;
  for (const r of grid.rows) if (r.length > columns) columns = r.length;
  const used = { rows: Math.max(usedRows, grid.rows.length), columns: Math.max(usedColumns, columns) };
  // Said only where it is more than the content.
  if (used.rows * used.columns > 1 && (used.rows > grid.rows.length || used.columns > columns)) grid.usedRange = used;
  return grid;
}
