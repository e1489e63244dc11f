import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { NO_CORRECTIONS } from '../../src/cli/corrections';
import { resolveCorrections } from '../../src/cli/resolveCorrections';
import { reportJsonChunks } from '../../src/core/report/reportJson';
import { issueSchema, taskSchema, type Report } from '../../src/core/report/schema';
import { buildReport, validatedReport, withMessages } from '../../src/core/scan/buildReport';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import type { Lang } from '../../src/core/i18n/lang';
import { readWorkbookFileWithSettings } from '../../src/files/readWorkbook';
import { FIXTURES } from '../helpers/seeds';

const AS_OF = '2026-05-01';

const files = (dir: string, re: RegExp) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => re.test(f))
    .sort()
    .map((f) => join(FIXTURES, dir, f));
const SEEDS = files('seeds', /\.(xlsx|tsv)$/);
const FAMILY = files('family', /\.(xlsx|tsv|csv)$/);

/** The report as the command line made it before streaming: built whole, then validated whole. */
async function wholeReport(paths: string[], lang: Lang): Promise<Report> {
  const settings = scanSettingsSchema.parse({ asOf: AS_OF, dueSoonDays: 7, lang, leaderByLead: {} });
  const scanned = [];
  for (const path of paths) {
    const { grid, stored, names } = await readWorkbookFileWithSettings(path);
    const overrides = resolveCorrections(grid, stored, NO_CORRECTIONS, NO_CORRECTIONS, names);
    scanned.push(
      scanWorkbook(grid, path, {
        ...settings,
        leaderByLead: { ...stored?.leaderByLead, ...settings.leaderByLead },
        ...overrides,
      }),
    );
  }
  return validatedReport(withMessages(buildReport(scanned, settings), lang));
}

/** Runs the command line with a streaming writer; returns its exit code and the pieces it wrote. */
async function streamed(argv: string[]): Promise<{ code: number; chunks: string[]; out: string[] }> {
  const chunks: string[] = [];
  const out: string[] = [];
  let pending = false;
  const io: CliIO = {
    out: (s) => out.push(s),
    err: () => {},
    today: () => new Date(2026, 4, 1),
    // A slow destination: the next piece must wait until this one is taken (backpressure).
    write: async (chunk) => {
      if (pending) throw new Error('a write before the previous one was taken');
      pending = true;
      await new Promise((resolve) => setImmediate(resolve));
      chunks.push(chunk);
      pending = false;
    },
  };
  const code = await main(argv, io);
  return { code, chunks, out };
}

describe('--json, streamed', () => {
  it.each([...SEEDS, ...FAMILY].map((p) => [p.slice(FIXTURES.length + 1), p]))(
    'is exactly the whole report for %s, compact and --pretty',
    async (_name, path) => {
      const expected = await wholeReport([path], 'vi');
      const compact = await streamed(['scan', path, '--json', '--as-of', AS_OF]);
      expect(compact.code).toBe(0);
      expect(compact.out).toEqual([]);
      const text = compact.chunks.join('');
      expect(JSON.parse(text)).toEqual(expected);
      expect(text).toBe(JSON.stringify(expected) + '\n');
      const pretty = await streamed(['scan', path, '--json', '--pretty', '--as-of', AS_OF]);
      expect(pretty.chunks.join('')).toBe(JSON.stringify(expected, null, 2) + '\n');
    },
  );

  it('is exactly the whole report over every seed in one run, in English', async () => {
    const expected = await wholeReport(SEEDS, 'en');
    const { code, chunks } = await streamed(['scan', ...SEEDS, '--json', '--lang', 'en', '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(JSON.parse(chunks.join(''))).toEqual(expected);
    const pretty = [...reportJsonChunks(expected, { pretty: true })].join('');
    expect(pretty).toBe(JSON.stringify(expected, null, 2));
  });

  it('is made object by object: each task and issue is a piece of its own', async () => {
    const report = await wholeReport(SEEDS, 'vi');
    const pieces = [...reportJsonChunks(report)];
    const objects = report.files.flatMap((f) => f.tables.flatMap((t) => [...t.tasks, ...t.issues]));
    expect(objects.length).toBeGreaterThan(100);
    // A piece is an object with the separator before it ("," and, with --pretty, the line break and indent).
    const set = new Set(pieces.map((p) => p.replace(/^,?\s*/, '')));
    expect(objects.every((o) => set.has(JSON.stringify(o)))).toBe(true);
    const whole = pieces.join('').length;
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole / 20);
  });

  it('writes the empty and unreadable cases as JSON.stringify does', () => {
    const empty: Report = { version: 1, asOf: AS_OF, dueSoonDays: 7, files: [] };
    expect([...reportJsonChunks(empty, { pretty: true })].join('')).toBe(JSON.stringify(empty, null, 2));
    const failed: Report = {
      ...empty,
      files: [{ path: 'a "b".xlsx', error: { code: 'unreadable', message: 'x\ny' }, tables: [] }],
    };
    expect([...reportJsonChunks(failed)].join('')).toBe(JSON.stringify(failed));
    expect([...reportJsonChunks(failed, { pretty: true })].join('')).toBe(JSON.stringify(failed, null, 2));
  });

  describe('validation on the way out', () => {
    let report: Report;
    beforeAll(async () => {
      report = await wholeReport([SEEDS.find((p) => p.endsWith('.xlsx'))!], 'vi');
    });
    const withTable = (patch: (t: Report['files'][0]['tables'][0]) => object): Report => ({
      ...report,
      files: [{ ...report.files[0]!, tables: [patch(report.files[0]!.tables[0]!) as never] }],
    });

    it('checks each task and issue against taskSchema and issueSchema', () => {
      const task = jest.spyOn(taskSchema, 'parse');
      const issue = jest.spyOn(issueSchema, 'parse');
      try {
        [...reportJsonChunks(report)];
        const t = report.files[0]!.tables[0]!;
        expect(task).toHaveBeenCalledTimes(t.tasks.length);
        expect(issue).toHaveBeenCalledTimes(t.issues.length);
        expect(task.mock.calls[0]![0]).toBe(t.tasks[0]);
      } finally {
        task.mockRestore();
        issue.mockRestore();
      }
    });

    it('fails on a task, an issue or issue parameters that break the contract', () => {
      const badTask = withTable((t) => ({ ...t, tasks: [...t.tasks, { ...t.tasks[0]!, state: 'late' }] }));
      expect(() => [...reportJsonChunks(badTask)]).toThrow(/state/);
      const badIssue = withTable((t) => ({ ...t, issues: [{ ...t.issues[0]!, severity: 'fatal' }] }));
      expect(() => [...reportJsonChunks(badIssue)]).toThrow(/severity/);
      const badParams = withTable((t) => ({ ...t, issues: [{ ...t.issues[0]!, code: 'no-such-code' }] }));
      expect(() => [...reportJsonChunks(badParams)]).toThrow(/no-such-code/);
      // Without the per-object check the envelope is still checked.
      expect(() => [...reportJsonChunks(badTask, { validateEach: false })]).not.toThrow();
      const badEnvelope = withTable((t) => ({ ...t, headerRow: 0 }));
      expect(() => [...reportJsonChunks(badEnvelope, { validateEach: false })]).toThrow(/headerRow/);
    });

    it('prints what the schema returns (extra keys stripped, as the whole-report check did)', () => {
      const extra = withTable((t) => ({ ...t, tasks: [{ ...t.tasks[0]!, debug: 1 }], issues: [] }));
      const parsed = JSON.parse([...reportJsonChunks(extra)].join(''));
      expect(parsed).toEqual(validatedReport(extra));
      expect(parsed.files[0].tables[0].tasks[0]).not.toHaveProperty('debug');
    });
  });

  it('keeps exit 2 and the one-line message; --pretty without --json is bad usage', async () => {
    const err: string[] = [];
    const io: CliIO = { out: () => {}, err: (s) => err.push(s), today: () => new Date(2026, 4, 1) };
    expect(await main(['scan', SEEDS[0]!, '--pretty'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--pretty/);
  });
});
