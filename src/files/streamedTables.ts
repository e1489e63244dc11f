/**
 * Real Excel tables (ListObjects) in a workbook written by ExcelJS's streaming `WorkbookWriter`.
 *
 * ExcelJS 4.4's streaming writer has no `addTable` (lib/stream/xlsx/worksheet-writer.js writes rows,
 * an autoFilter, print setup and comments, nothing more). A table is four pieces of the package, and
 * the streaming writer already carries all the plumbing for them:
 *
 * 1. the part `xl/tables/tableN.xml`, written here (below, `tableXml`) and added to the zip through
 *    the writer's archiver (`zip.append`, archiver's public API) — the part is a few hundred bytes,
 *    known in full before the first row because the plan knows its row count;
 * 2. its relationship from the sheet, through the sheet's relationships writer (`addRelationship`,
 *    the same call ExcelJS uses for a sheet's hyperlinks and images);
 * 3. the sheet's `<tableParts>` element, which the schema puts last in a worksheet: written just
 *    before `</worksheet>` by wrapping the sheet's `_writeCloseWorksheet`;
 * 4. the part's content type: an `<Override>` spliced into `[Content_Types].xml` as it goes into
 *    the zip (the streaming writer builds that part from a model that has no tables).
 *
 * Writing the whole package ourselves would mean re-doing styles, shared strings and the workbook
 * part; post-processing the finished zip would mean a second pass over the largest part. These hooks
 * touch small, long-stable internals of ExcelJS 4.4 (the last release), checked in exceljsStream.ts
 * before anything is written. The tests open the written package part by part
 * (tests/files/reportWorkbook.test.ts).
 *
 * The table XML is the shape Excel itself writes (plus an explicit `filterColumn` per column, which
 * ExcelJS's own reader needs to see the filter buttons): Excel "repairs" a file whose table header
 * cells differ from its column names, whose names repeat, or whose ref misses the header or a row,
 * so the ref and names come from the same plan the rows are written from, and are checked here.
 */
import type ExcelJS from 'exceljs';
import { streamBook, streamSheet, type StreamBook } from './exceljsStream';

const TABLE_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CONTENT_TYPES_PART = '[Content_Types].xml';

/** One table: a header row at A1 and `rowCount` data rows under it. */
export interface StreamedTable {
  name: string;
  /** The header cells, left to right: the table's column names. */
  columns: string[];
  /** Data rows (at least one: Excel wants a table body). */
  rowCount: number;
  /** A built-in table style, e.g. "TableStyleMedium2". */
  style: string;
  stripes: boolean;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** "A1:S200001": the header row and every data row. */
export function tableRef(t: Pick<StreamedTable, 'columns' | 'rowCount'>): string {
  return `A1:${columnLetter(t.columns.length)}${1 + t.rowCount}`;
}

/** What Excel refuses in a table, caught before writing (these come from our own labels: a bug, not input). */
function checkTable(t: StreamedTable): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.name)) throw new Error(`invalid table name ${t.name}`);
  if (t.rowCount < 1) throw new Error(`table ${t.name} needs a data row`);
  const seen = new Set<string>();
  for (const c of t.columns) {
    // Excel compares column names case-insensitively; a line break would need _x000a_ escaping.
    const key = c.toLocaleLowerCase();
    if (!c.trim() || /[\r\n\t]/.test(c) || seen.has(key)) throw new Error(`invalid column name “${c}” in ${t.name}`);
    seen.add(key);
  }
}

/** The table part, as Excel writes it: every column with its filter button shown. */
export function tableXml(id: number, t: StreamedTable): string {
  const ref = tableRef(t);
  const filters = t.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('');
  const columns = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(c)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${t.name}"` +
    ` displayName="${t.name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(t.style)}" showFirstColumn="0" showLastColumn="0"` +
    ` showRowStripes="${t.stripes ? 1 : 0}" showColumnStripes="0"/>` +
    '</table>'
  );
}

/**
 * Adds tables to a streaming workbook. Make one per workbook right after creating it (it hooks the
 * content types), then call `add` for a sheet before its first row is committed.
 */
export class StreamedTables {
  private readonly parts: string[] = [];
  private readonly sheets = new WeakSet<ExcelJS.Worksheet>();
  private typesWritten = false;

  constructor(readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter) {}

  add(ws: ExcelJS.Worksheet, table: StreamedTable): void {
    checkTable(table);
    // One <tableParts> per sheet, written once: a second table would need to join it.
    if (this.sheets.has(ws)) throw new Error(`a sheet takes one streamed table (${table.name})`);
    this.sheets.add(ws);
    const book = streamBook(this.workbook);
    const sheet = streamSheet(ws);
    if (this.parts.length === 0) this.hookContentTypes(book.zip);
    const id = this.parts.length + 1;
    const part = `xl/tables/table${id}.xml`;
    this.parts.push(part);
    book.zip.append(tableXml(id, table), { name: part });
    const rId = sheet._sheetRelsWriter.addRelationship({ Type: TABLE_REL_TYPE, Target: `../tables/table${id}.xml` });
    const close = sheet._writeCloseWorksheet.bind(sheet);
    // <tableParts> is the last element the schema allows in a worksheet (after headerFooter, drawings).
    sheet._writeCloseWorksheet = () => {
      sheet.stream.write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
      close();
    };
  }

  /** Throws if the content types never went through the hook (the tables would be unreadable). */
  assertWritten(): void {
    if (this.parts.length > 0 && !this.typesWritten) throw new Error('table content types were not written');
  }

  private hookContentTypes(zip: StreamBook['zip']): void {
    const append = zip.append.bind(zip);
    zip.append = (source, data) => {
      if (data.name === CONTENT_TYPES_PART && typeof source === 'string' && source.includes('</Types>')) {
        const overrides = this.parts
          .map((p) => `<Override PartName="/${p}" ContentType="${TABLE_CONTENT_TYPE}"/>`)
          .join('');
        source = source.replace('</Types>', `${overrides}</Types>`);
        this.typesWritten = true;
      }
      return append(source, data);
    };
  }
}
