/**
 * One bad value never the whole run: a workbook of values no reader may stop on (tests/helpers/
 * oddValuesWorkbook.ts) scanned through the command line gives a warning at each cell, exit status 0
 * (as for any warning: not a crash, not 2), and the other tasks read as ever.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { reportSchema } from '../../src/core/report/schema';
import { ODD_VALUE_FINDINGS, oddValuesWorkbook } from '../helpers/oddValuesWorkbook';
import { captureIo as io } from '../helpers/cliIo';

describe('a workbook with values that cannot be read, through the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-odd-'));
  const file = join(dir, 'gia-tri-la.xlsx');
  beforeAll(async () => writeFileSync(file, await oddValuesWorkbook()));

  it('gives each warning at its cell, in the JSON, and exits 0', async () => {
    const { io: x, out, err } = io();
    expect(await main(['scan', file, '--json', '--as-of', '2026-05-01'], x)).toBe(0);
    expect(err).toEqual([]);
    const report = reportSchema.parse(JSON.parse(out.join('')));
    const f = report.files[0]!;
    expect(f.error).toBeNull();
    const table = f.tables[0]!;
    expect(table.counts.tasks).toBe(11);
    const said = table.issues
      .filter((i) => ODD_VALUE_FINDINGS.some(([code]) => code === i.code))
      .map((i) => [i.code, `${i.column}${i.row}`]);
    expect(said).toEqual(ODD_VALUE_FINDINGS);
    for (const i of table.issues.filter((i) => i.code !== 'overdue')) expect(i.severity).toBe('warning');
    // No state from a date that cannot be read or be true; never "overdue" from them.
    expect(table.tasks.slice(0, 9).map((t) => t.state)).toEqual(Array(9).fill('unknown'));
    expect(table.issues.filter((i) => i.code === 'overdue').map((i) => i.row)).toEqual([]);
    // The readable ones are read as ever: June 2026 and 31/07/2026 (serial 46234).
    expect(table.tasks.slice(9).map((t) => [t.deadline.due, t.state])).toEqual([
      ['2026-06-30', 'open-on-track'],
      ['2026-07-31', 'open-on-track'],
    ]);
    const c6 = table.issues.find((i) => i.row === 6)!;
    expect(c6.message).toBe('Ô có số ngày 2958466 ngoài lịch của Excel (1900–9999): không đọc được thành ngày.');
  });

  it('prints the terminal summary in English with the same warnings, and writes the report workbook', async () => {
    const { io: x, out } = io();
    const report = join(dir, 'bao-cao.xlsx');
    expect(await main(['scan', file, '--lang', 'en', '--as-of', '2026-05-01', '--out', report], x)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain("outside Excel's calendar (1900–9999)");
    expect(text).toContain('never calculated');
    expect(text).toContain('ends (2026-03-01) before it starts (2026-06-01)');
    expect(text).toContain("180 years after the document's date");
  });
});
