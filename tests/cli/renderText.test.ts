import { renderReport } from '../../src/cli/renderText';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { scanSettingsSchema } from '../../src/core/scan/scanOptions';
import { buildReport } from '../../src/core/scan/buildReport';
import { readWorkbookFile } from '../../src/files/readWorkbook';
import { seedPath } from '../helpers/seeds';

describe('the terminal summary', () => {
  it('lists a quarter of a million warnings without overflowing the call stack', async () => {
    const settings = scanSettingsSchema.parse({ asOf: '2026-05-01' });
    const file = scanWorkbook(await readWorkbookFile(seedPath('001', 'xlsx')), 'a.xlsx', settings);
    const table = file.tables[0]!;
    const warning = table.issues.find((i) => i.severity === 'warning')!;
    const issues = Array.from({ length: 250000 }, (_, i) => ({ ...warning, row: i + 2 }));
    const report = buildReport([{ ...file, tables: [{ ...table, issues }] }], settings);
    const text = renderReport(report, 'vi', false);
    expect(text.split('\n').filter((l) => l.includes(`(${warning.code})`))).toHaveLength(250000);
  });
});
