import { scanSettingsSchema, type ScanSettingsInput } from '../../src/core/scan/scanOptions';
import { fileWithMessages } from '../../src/core/scan/buildReport';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { sheetFromValues, type RawValue, type WorkbookGrid } from '../../src/core/grid';
import type { FileReport, TableReport } from '../../src/core/report/schema';
import { fileReportSchema } from '../../src/core/report/schema';

export function settings(input: Partial<ScanSettingsInput> = {}) {
  return scanSettingsSchema.parse({ asOf: '2026-05-01', ...input });
}

/** Scan a grid and render its findings in the scan's language, as the contract's file entry. */
export function scanGrid(grid: WorkbookGrid, input: Partial<ScanSettingsInput> = {}): FileReport {
  const s = settings(input);
  return fileReportSchema.parse(fileWithMessages(scanWorkbook(grid, 'test.xlsx', s), s.lang));
}

/** Scan one sheet given as rows of values; returns its tables. */
export function scanRows(rows: RawValue[][], input: Partial<ScanSettingsInput> = {}, name = 'Sheet1'): TableReport[] {
  return scanGrid({ sheets: [sheetFromValues(name, rows)] }, input).tables;
}

export function onlyTable(rows: RawValue[][], input: Partial<ScanSettingsInput> = {}): TableReport {
  const tables = scanRows(rows, input);
  if (tables.length !== 1) throw new Error(`expected one table, got ${tables.length}`);
  return tables[0]!;
}

export function codes(table: TableReport, code: string): number[] {
  return table.issues.filter((i) => i.code === code).map((i) => i.row);
}
