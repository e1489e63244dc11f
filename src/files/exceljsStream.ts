/**
 * The few internals of ExcelJS 4.4's streaming writer (lib/stream/xlsx/workbook-writer.js and
 * worksheet-writer.js) the report workbook relies on, in one place and checked before anything is
 * written: a clear error beats a file Excel has to repair. 4.4 is ExcelJS's last release and these
 * have not moved since the streaming writer appeared; the tests open every part of a written package.
 *
 * - the workbook's archiver (`zip.append`, archiver's public API): extra parts (tables);
 * - its style registry (`styles.addStyleModel`) and shared strings (`sharedStrings.add`): the ids a
 *   row written as XML by us refers to, the same ids ExcelJS's own rows get;
 * - a sheet's output (`stream.write`, what ExcelJS's `_writeRow` writes to), its shared-strings switch
 *   (`useSharedStrings`, documented by ExcelJS as switchable mid-sheet), its relationships writer
 *   (`_sheetRelsWriter.addRelationship`, how ExcelJS links a sheet's hyperlinks) and the last write of
 *   its XML (`_writeCloseWorksheet`), before which `<tableParts>` goes;
 * - the pass-through stream archiver puts behind a sheet's buffer (`stream.pipes[0]`), whose backlog
 *   says when to wait (see streamBackpressure.ts).
 */
import type ExcelJS from 'exceljs';

type ZipSource = string | Buffer | NodeJS.ReadableStream;

export interface StreamBook {
  zip: { append(source: ZipSource, data: { name: string }): unknown };
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
  sharedStrings: { add(value: string): number };
  useSharedStrings: boolean;
}

/** A writable stream as readable-stream 2 (archiver's) and Node both have it. */
export interface Backlog {
  _writableState?: { length?: number };
  once(event: 'drain', listener: () => void): unknown;
}

export interface StreamSheet {
  stream: { write(chunk: string): unknown; pipes?: Backlog[] };
  /** Read by the sheet for each row it writes (ExcelJS allows switching it mid-sheet). */
  useSharedStrings: boolean;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
}

export function streamBook(wb: ExcelJS.stream.xlsx.WorkbookWriter): StreamBook {
  const b = wb as unknown as Partial<StreamBook>;
  const ok =
    typeof b.zip?.append === 'function' &&
    typeof b.styles?.addStyleModel === 'function' &&
    typeof b.sharedStrings?.add === 'function';
  if (!ok) throw new Error('ExcelJS streaming workbook writer internals changed (expected ExcelJS 4.4)');
  return b as StreamBook;
}

export function streamSheet(ws: ExcelJS.Worksheet): StreamSheet {
  const s = ws as unknown as Partial<StreamSheet>;
  const ok =
    typeof s.stream?.write === 'function' &&
    typeof s._sheetRelsWriter?.addRelationship === 'function' &&
    typeof s._writeCloseWorksheet === 'function';
  if (!ok) throw new Error('ExcelJS streaming worksheet writer internals changed (expected ExcelJS 4.4)');
  return s as StreamSheet;
}
