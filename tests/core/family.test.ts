/**
 * Real appendix tables from other offices (tests/fixtures/family), each checked against the careful
 * human reading in its .expected.json: cases read by tallies (01–12) here field by field, and every
 * case through the same scorer `npm run family` prints, which must find no disagreement at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import type { TableReport } from '../../src/core/report/schema';
import { normalizeText } from '../../src/core/text';
import { scanGrid } from '../helpers/scan';
import { FIXTURES } from '../helpers/seeds';
import { scoreCase, type Expected as FamilyExpected } from '../../scripts/family/score';

const FAMILY_AS_OF = '2026-05-01';
const KNOWN = JSON.parse(readFileSync(join(FIXTURES, 'family', 'known-differences.json'), 'utf8')) as Record<
  string,
  { why: string; mismatches: string[] }
>;

interface Expected {
  columns: Record<string, string>;
  header_rows: number;
  section_rows: number;
  task_rows: number;
  missing_lead_rows: string[];
  missing_deadline_rows: string[];
  leads: Record<string, number>;
  leaders?: Record<string, number>;
  missing_leader_rows?: string[];
  status_values?: Record<string, number>;
  missing_status_rows?: string[];
  deadlines_sample?: Record<string, string | null>;
}

const DIR = join(FIXTURES, 'family');
const ALL_CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => f.replace(/\.tsv$/, ''));
const readExpected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
/** Cases read by tallies and a deadline sample (the others list every task). */
const CASES = ALL_CASES.filter((name) => readExpected(name).deadlines_sample !== undefined);

describe.each(ALL_CASES)('%s against its reading, check by check', (name) => {
  it('agrees on every check', async () => {
    const grid = await readWorkbookFile(join(DIR, `${name}.tsv`));
    const report = scanGrid(grid, { asOf: FAMILY_AS_OF });
    const score = scoreCase(report, readExpected(name) as unknown as FamilyExpected);
    // Where the engine and a reading knowingly differ, the difference is written down with its reason
    // (known-differences.json); anything else, or any change to those, fails.
    expect(score.mismatches).toEqual(KNOWN[name]?.mismatches ?? []);
  });
});

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

describe.each(CASES)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  let t: TableReport;
  beforeAll(async () => {
    const grid = await readWorkbookFile(join(DIR, `${name}.tsv`));
    const report = scanGrid(grid, { asOf: '2025-11-20' });
    expect(report.tables).toHaveLength(1);
    t = report.tables[0]!;
  });

  it('maps the canonical columns to the published headers', () => {
    const got: Record<string, string> = {};
    for (const [field, header] of Object.entries(t.headers ?? {})) got[field] = header!;
    expect(got).toEqual(expected.columns);
  });
  it('counts header, section and task rows', () => {
    expect({ header: t.counts.repeatedHeaders + 1, sections: t.counts.sections, tasks: t.counts.tasks }).toEqual({
      header: expected.header_rows,
      sections: expected.section_rows,
      tasks: expected.task_rows,
    });
  });
  it('lists the tasks missing a lead or a deadline', () => {
    const stt = (code: string) => t.issues.filter((i) => i.code === code).map((i) => i.no ?? '');
    expect(stt('missing-lead')).toEqual(expected.missing_lead_rows);
    expect(stt('missing-deadline')).toEqual(expected.missing_deadline_rows);
  });
  it('counts lead cells as written', () => {
    expect(countBy(t.tasks.map((x) => normalizeText(x.lead)))).toEqual(expected.leads);
  });
  if (expected.leaders) {
    it('counts leaders as written', () => {
      expect(countBy(t.tasks.filter((x) => x.leader).map((x) => x.leader!))).toEqual(expected.leaders);
      expect(t.tasks.filter((x) => !x.leader).map((x) => x.no)).toEqual(expected.missing_leader_rows ?? []);
    });
  }
  if (expected.status_values) {
    it('reads the status column', () => {
      expect(countBy(t.tasks.filter((x) => x.status).map((x) => x.status!))).toEqual(expected.status_values);
      expect(t.tasks.filter((x) => !x.status).map((x) => x.no)).toEqual(expected.missing_status_rows ?? []);
    });
  }
  it('reads the sampled deadlines', () => {
    for (const [text, due] of Object.entries(expected.deadlines_sample ?? {})) {
      const task = t.tasks.find((x) => x.deadline.text === normalizeText(text));
      expect({ text, found: !!task }).toEqual({ text, found: true });
      expect({ text, due: task!.deadline.due }).toEqual({ text, due });
    }
  });
});
