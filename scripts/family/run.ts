/**
 * `npm run family`: scans every table in tests/fixtures/family and prints, per table, the tables found,
 * the tasks read and the share of agreeing checks per field against its reading, then the total.
 * `--verbose` lists every failed check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import { SCORE_FIELDS, scoreCase, type Expected, type ScoreField } from './score';

export const FAMILY_DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'family');
/** The as-of date the readings' states are given for. */
export const FAMILY_AS_OF = '2026-05-01';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const dir = process.env.FAMILY_DIR ?? FAMILY_DIR;
  const names = readdirSync(dir)
    .filter(
      (f) =>
        (f.endsWith('.tsv') || f.endsWith('.xlsx')) &&
        existsSync(join(dir, f.replace(/\.(tsv|xlsx)$/, '.expected.json'))),
    )
    .sort();
  const total = Object.fromEntries(SCORE_FIELDS.map((f) => [f, [0, 0]])) as unknown as Record<
    ScoreField,
    [number, number]
  >;
  let exact = 0;
  const pct = ([a, b]: [number, number]) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(
    ['table'.padEnd(48), 'tabs', 'tasks  ', ...SCORE_FIELDS.slice(2).map((f) => f.padStart(6)), '   all'].join(' '),
  );
  for (const file of names) {
    const name = file.replace(/\.(tsv|xlsx)$/, '');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const grid = await readWorkbookFile(join(dir, file));
    const report = scanWorkbook(grid, file, scanSettingsSchema.parse({ asOf: FAMILY_AS_OF }));
    const score = scoreCase(report, expected);
    let all: [number, number] = [0, 0];
    for (const f of SCORE_FIELDS) {
      total[f][0] += score.fields[f][0];
      total[f][1] += score.fields[f][1];
      all = [all[0] + score.fields[f][0], all[1] + score.fields[f][1]];
    }
    if (score.mismatches.length === 0) exact++;
    const tasks = report.tables.reduce((n, t) => n + t.counts.tasks, 0);
    console.log(
      [
        name.slice(0, 48).padEnd(48),
        `${report.tables.length}/${expected.n_tables ?? 1}`.padEnd(4),
        `${tasks}/${expected.task_rows}`.padEnd(7),
        ...SCORE_FIELDS.slice(2).map((f) => pct(score.fields[f])),
        pct(all),
      ].join(' '),
    );
    if (verbose) for (const m of score.mismatches) console.log(`    ${m}`);
  }
  let all: [number, number] = [0, 0];
  for (const f of SCORE_FIELDS) all = [all[0] + total[f][0], all[1] + total[f][1]];
  console.log(
    [
      `total: ${exact} of ${names.length} read exactly`.padEnd(48),
      pct(total.tables).trim().padEnd(4),
      ''.padEnd(7),
      ...SCORE_FIELDS.slice(2).map((f) => pct(total[f])),
      pct(all),
    ].join(' '),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
