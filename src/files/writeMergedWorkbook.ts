/**
 * The merged master: a copy of the master workbook (loaded with ExcelJS from its bytes; the file itself
 * is only read) with the merge's writes applied, written to `out` through a temporary file put in place
 * at the end. ExcelJS keeps the cells, their formats, merges, data validations, conditional formats
 * and defined names it reads; what it cannot hold (charts, PivotTables, slicers) is not in the copy —
 * the master itself keeps them.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { MergeWrites } from '../core/merge/mergeWrites';
import { writeBytesInPlace, type WriteOptions } from './fileInPlace';
import { applyMergeWrites } from './mergedWorkbook';

export async function writeMergedWorkbookFile(
  master: string,
  writes: MergeWrites,
  out: string,
  options: WriteOptions = {},
): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile(master);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const written = applyMergeWrites(wb, writes);
  await writeBytesInPlace(out, new Uint8Array(await wb.xlsx.writeBuffer()), options);
  return written;
}
