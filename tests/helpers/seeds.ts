import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import type { FileReport } from '../../src/core/report/schema';
import { scanGrid } from './scan';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function seedPath(prefix: string, ext: 'xlsx' | 'tsv'): string {
  const dir = join(FIXTURES, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(`.${ext}`));
  if (!name) throw new Error(`no seed ${prefix}.${ext}`);
  return join(dir, name);
}

export async function scanSeed(prefix: string, asOf = '2026-05-01', ext: 'xlsx' | 'tsv' = 'xlsx'): Promise<FileReport> {
  const grid = await readWorkbookFile(seedPath(prefix, ext));
  return scanGrid(grid, { asOf });
}
