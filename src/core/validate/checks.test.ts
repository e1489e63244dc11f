import { sheetFromValues, type RawValue } from '../grid';
import { ISSUE_CODES, type IssueCode } from '../i18n/issueMessages';
import type { Finding } from '../report/schema';
import { scanSettingsSchema } from '../scan/scanOptions';
import { scanWorkbook } from '../scan/scanWorkbook';
import { CHECKS } from './checks';
import { defineCheck, type TableCheck } from './tableCheck';

const E = null;
/** One table with a problem of most kinds (spelling variants of a lead and of a leader included). */
const ROWS: RawValue[][] = [
  ['PHỤ LỤC'],
  ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh)'],
  ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời hạn', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thẩm quyền', 'Lãnh đạo chỉ đạo'],
  [1, 'Nhiệm vụ không có cơ quan chủ trì', 'Báo cáo', 'Tháng 6/2026', E, 'Các sở', 'UBND tỉnh', 'PCT Nguyễn Văn A'],
  [
    2,
    'Nhiệm vụ có hai cơ quan chủ trì',
    'Báo cáo',
    'Tháng 6/2026',
    'Sở Tài chính, Sở Tư pháp',
    'Các sở',
    'UBND tỉnh',
    'PCT Nguyễn Văn A',
  ],
  [
    3,
    'Nhiệm vụ giao chung chung',
    'Báo cáo',
    'Tháng 6/2026',
    'Các sở, ban, ngành liên quan',
    'Sở Nội vụ',
    'UBND tỉnh',
    E,
  ],
  [
    4,
    'Nhiệm vụ chủ trì kiêm phối hợp',
    'Báo cáo',
    '30/04/2026',
    'Sở Y tế',
    'Sở Y tế; Sở Tài chính',
    'UBND tỉnh',
    'PCT Nguyễn Văn A',
  ],
  [
    6,
    'Nhiệm vụ không có thời hạn',
    'Báo cáo',
    E,
    'Sở Văn hoá, Thể thao và Du lịch',
    'Các sở',
    'UBND tỉnh',
    'PCT Nguyễn Văn A',
  ],
  [
    5,
    'Nhiệm vụ có thời hạn khó hiểu',
    'Báo cáo',
    'Sớm nhất có thể',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Các sở',
    'UBND tỉnh',
    'PCT Nguyễn Văn A',
  ],
  [
    6,
    'Nhiệm vụ có hạn trước ngày văn bản',
    'Báo cáo',
    'Tháng 1/2026',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Các sở',
    'UBND tỉnh',
    'Phó Chủ tịch UBND tỉnh Nguyễn Văn A',
  ],
  [7, 'Nhiệm vụ thiếu sản phẩm và thẩm quyền', E, '03/05/2026', 'Sở Y tế', 'Các sở', E, 'PCT Nguyễn Văn A'],
  [8, 'Nhiệm vụ thiếu sản phẩm và thẩm quyền', E, '03/05/2026', 'Sở Y tế', 'Các sở', E, 'PCT Nguyễn Văn A'],
];

function scanWith(checks: readonly TableCheck[]) {
  return scanWorkbook(
    { sheets: [sheetFromValues('PL', ROWS)] },
    'x.xlsx',
    scanSettingsSchema.parse({ asOf: '2026-05-01' }),
    checks,
  );
}

describe('the list of checks', () => {
  it('covers every issue code, each with exactly one check', () => {
    const owners = new Map<IssueCode, string[]>();
    for (const c of CHECKS) for (const code of c.codes) owners.set(code, [...(owners.get(code) ?? []), c.name]);
    for (const code of ISSUE_CODES) expect([code, owners.get(code) ?? []]).toEqual([code, [expect.any(String)]]);
    expect([...owners.keys()].sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('has checks with distinct names', () => {
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length);
  });

  it('gives each finding from the check that declares its code, as data (no text)', () => {
    const byCheck = new Map<string, Finding[]>();
    const spied = CHECKS.map((c) => ({
      ...c,
      run: (...args: Parameters<TableCheck['run']>) => {
        const found = c.run(...args);
        byCheck.set(c.name, [...(byCheck.get(c.name) ?? []), ...found]);
        return found;
      },
    }));
    const report = scanWith(spied);
    const produced = new Set<string>();
    for (const c of CHECKS) {
      for (const f of byCheck.get(c.name) ?? []) {
        expect([c.name, f.code, (c.codes as readonly string[]).includes(f.code)]).toEqual([c.name, f.code, true]);
        expect(f).not.toHaveProperty('message');
        produced.add(f.code);
      }
    }
    // The fixture exercises most codes, from several checks.
    expect(produced.size).toBeGreaterThanOrEqual(14);
    // scanWorkbook runs exactly the given list, sorted by row then severity.
    const issues = report.tables.flatMap((t) => t.issues);
    expect(issues).toHaveLength([...byCheck.values()].reduce((n, f) => n + f.length, 0));
    expect(scanWith([]).tables.every((t) => t.issues.length === 0)).toBe(true);
  });

  it('lets a check make only the codes it declares (checked by the compiler)', () => {
    const check = defineCheck({
      name: 'example',
      codes: ['missing-lead'],
      run: (ctx, make) => [
        make.at('missing-lead', 1, null, null),
        // @ts-expect-error: 'overdue' is not one of this check's codes
        make.at('overdue', 1, null, null, { due: '2026-01-01', days: 1 }),
      ],
    });
    expect(check.codes).toEqual(['missing-lead']);
  });

  it('names, for each row that adds a lead, the task above it', () => {
    const rows: RawValue[][] = [['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
    for (let n = 1; n <= 3; n++)
      rows.push(
        [String(n), `Đề án số ${n} về chuyển đổi số`, 'Bộ Tài chính', '2030'],
        [E, E, 'Ủy ban nhân dân các tỉnh', E],
      );
    const grid = { sheets: [sheetFromValues('S', rows)] };
    const file = scanWorkbook(grid, 'x.xlsx', scanSettingsSchema.parse({ asOf: '2026-05-01' }));
    const extra = file.tables[0]!.issues.filter((i) => i.code === 'extra-lead-row');
    expect(extra.map((i) => [i.row, i.no, i.params.no])).toEqual([
      [3, '1', '1'],
      [5, '2', '2'],
      [7, '3', '3'],
    ]);
  });
});
