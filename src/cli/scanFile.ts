/**
 * One workbook read and scanned as `scan` does it: the add-in's corrections stored in the file, then
 * the config's and the flags' (resolveCorrections), the workbook's own agency → leader mapping under
 * the run's. Shared by `scan`, `split` and `merge`.
 */
import type { WorkbookGrid } from '../core/grid';
import { READ_LIMITS, type ReadLimits } from '../core/readLimits';
import type { ScannedFile } from '../core/report/schema';
import type { ScanSettings } from '../core/scan/scanOptions';
import { scanWorkbook } from '../core/scan/scanWorkbook';
import { readWorkbookFileWithSettings } from '../files/readWorkbook';
import { NO_CORRECTIONS, type Corrections } from './corrections';
import { resolveCorrections } from './resolveCorrections';

interface ReadOptions {
  config?: Corrections;
  flags?: Corrections;
  limits?: Readonly<ReadLimits>;
}

/** The workbook read, and its scan as a function (of the whole grid, or of some of its sheets). */
export async function readForScan(
  path: string,
  settings: ScanSettings,
  { config = NO_CORRECTIONS, flags = NO_CORRECTIONS, limits = READ_LIMITS }: ReadOptions = {},
): Promise<{ grid: WorkbookGrid; scan: (grid: WorkbookGrid) => ScannedFile }> {
  const { grid, stored, names } = await readWorkbookFileWithSettings(path, limits);
  const overrides = resolveCorrections(grid, stored, config, flags, names);
  const fileSettings = {
    ...settings,
    // The workbook's own agency → leader mapping, under the run's.
    leaderByLead: { ...stored?.leaderByLead, ...settings.leaderByLead },
    ...overrides,
  };
  return { grid, scan: (g) => scanWorkbook(g, path, fileSettings) };
}

export async function readAndScan(
  path: string,
  settings: ScanSettings,
  options: ReadOptions = {},
): Promise<{ grid: WorkbookGrid; scanned: ScannedFile }> {
  const { grid, scan } = await readForScan(path, settings, options);
  return { grid, scanned: scan(grid) };
}
