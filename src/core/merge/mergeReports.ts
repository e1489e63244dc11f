/**
 * The merge in one call, for the command line and the pane: read each returned file (by its marker, or as scanned),
 * index the master, match, and plan. The pane may re-point matches (confirmMatch) and plan again with
 * `mergePlan` on the same index and files.
 */
import type { WorkbookGrid } from '../grid';
import type { Lang } from '../i18n/lang';
import type { IsoDate } from '../isoDate';
import type { ScannedFile } from '../report/schema';
import { masterIndex, type MasterIndex } from './masterIndex';
import { matchReturned, type TaskMatch } from './matchTasks';
import { mergePlan, type MergePlan } from './mergePlan';
import { readReturnedFile, type ReturnedFile, type ReturnedInput } from './returnedFile';

export interface MergeRun {
  index: MasterIndex;
  files: ReturnedFile[];
  matches: TaskMatch[][];
  plan: MergePlan;
}

export function mergeReports(input: {
  master: ScannedFile;
  grid: WorkbookGrid;
  returned: readonly ReturnedInput[];
  lang: Lang;
  date: IsoDate;
}): MergeRun {
  const index = masterIndex(input.master);
  const files = input.returned.map(readReturnedFile);
  const matches = matchReturned(index, files);
  const plan = mergePlan({
    master: input.master,
    grid: input.grid,
    index,
    files,
    matches,
    lang: input.lang,
    date: input.date,
  });
  return { index, files, matches, plan };
}
