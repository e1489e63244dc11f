/** The split workbooks into a folder, each through a temporary file put in place (src/files/fileInPlace.ts). */
import { join } from 'node:path';
import type { SplitWorkbookPlan } from '../core/split/splitPlan';
import { writeBytesInPlace, type WriteOptions } from './fileInPlace';
import { splitWorkbookBytes } from './splitWorkbook';

/** Writes one .xlsx per plan into `dir`; returns the paths written, in the plans' order. */
export async function writeSplitWorkbookFiles(
  plans: readonly SplitWorkbookPlan[],
  dir: string,
  options: WriteOptions = {},
): Promise<string[]> {
  const paths: string[] = [];
  for (const plan of plans) {
    const path = join(dir, plan.fileName);
    await writeBytesInPlace(path, await splitWorkbookBytes(plan), options);
    paths.push(path);
  }
  return paths;
}
