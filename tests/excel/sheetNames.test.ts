/** Excel's sheet-name rules in the fake, and the names the add-in gives its own sheets always pass them. */
import { summarySheetPlan } from '../../src/core/plans/summarySheetPlan';
import { taskSheetPlan } from '../../src/core/plans/taskSheetPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { freeSheetName, OWNED_SHEET_NAMES, validSheetName } from '../../src/workbookPort/sheetNames';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { addSheet, checkSheetName, newWorkbook, renameSheet, sheetFromRows } from '../fakeExcel/model';
import { settings } from '../helpers/scan';

const S = settings({ asOf: '2026-05-01' });

describe('the fake refuses sheet names as Excel does', () => {
  const wb = newWorkbook();
  addSheet(wb, 'Phụ lục');
  it.each([
    ['', 'InvalidArgument'],
    ['x'.repeat(32), 'InvalidArgument'],
    ['Kế hoạch 1/2026', 'InvalidArgument'],
    ['Tổng hợp: tháng 5', 'InvalidArgument'],
    ['Bảng [1]', 'InvalidArgument'],
    ['Ai?', 'InvalidArgument'],
    ['A*B', 'InvalidArgument'],
    ['C:\\x', 'InvalidArgument'],
    ["'Trích", 'InvalidArgument'],
    ["Trích'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['HISTORY', 'InvalidArgument'],
    ['PHỤ LỤC', 'ItemAlreadyExists'],
    ['phụ lục', 'ItemAlreadyExists'],
  ])('%j → %s', (name, code) => {
    expect(() => checkSheetName(wb, name)).toThrow(expect.objectContaining({ code }));
  });

  it('takes 31 characters, inner apostrophes and the same name on rename of the sheet itself', () => {
    expect(() => checkSheetName(wb, 'x'.repeat(31))).not.toThrow();
    expect(() => checkSheetName(wb, "Sở's kế hoạch")).not.toThrow();
    expect(() => renameSheet(wb, wb.sheets[0]!, 'PHỤ LỤC')).not.toThrow();
    expect(wb.sheets[0]!.name).toBe('PHỤ LỤC');
  });

  it('applies the rules to worksheets.add and to Worksheet.name at sync', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'Một', [['x']]);
    const host = new FakeExcelHost(model);
    await host.run(async (context) => {
      context.workbook.worksheets.add('một');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      context.workbook.worksheets.getItem('Một').name = 'Quá dài '.repeat(5);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(model.sheets.map((s) => s.name)).toEqual(['Một']);
  });
});

describe('the names the add-in makes are always legal', () => {
  const hostile = [
    'Tổng hợp tình hình thực hiện nhiệm vụ của Ủy ban nhân dân thành phố Hải Phòng năm 2026',
    "'Sở Kế hoạch và Đầu tư'",
    'Kế hoạch 12/KH-UBND: nhiệm vụ [trọng tâm] * ?',
    'History',
    '   ',
    "Báo cáo của Sở Nông nghiệp và Môi trường'",
    'Phu\u0323 lu\u0323c (NFD)',
    '😀'.repeat(20),
  ];
  it.each(hostile)('%j', (desired) => {
    const wb = newWorkbook();
    const name = freeSheetName(desired, []);
    expect(() => checkSheetName(wb, name)).not.toThrow();
    expect(name.length).toBeLessThanOrEqual(31);
    // With it taken (in another case), the next one is legal and distinct.
    addSheet(wb, name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase());
    const next = freeSheetName(
      desired,
      wb.sheets.map((s) => s.name),
    );
    expect(() => checkSheetName(wb, next)).not.toThrow();
  });

  it('"(2)" … "(12)" of a long name stay within 31 characters and never end a cut name with an apostrophe', () => {
    const wb = newWorkbook();
    const desired = "Tổng hợp của Sở 'Nội vụ' và các đơn vị";
    for (let i = 0; i < 12; i++)
      addSheet(
        wb,
        freeSheetName(
          desired,
          wb.sheets.map((s) => s.name),
        ),
      );
    expect(wb.sheets.map((s) => s.name).at(-1)).toMatch(/ \(12\)$/);
    expect(validSheetName(desired)).not.toMatch(/'$/);
  });

  it('the summary picks a free name beside a sheet of the person named like ours in capitals', async () => {
    const model = newWorkbook();
    sheetFromRows(model, 'PL', [
      ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
      [1, 'Xây dựng kế hoạch chuyển đổi số', 'Quý IV/2026', 'Sở Nội vụ'],
      [2, 'Rà soát thủ tục hành chính', 'Tháng 3/2026', 'Sở Tư pháp'],
    ]);
    addSheet(model, OWNED_SHEET_NAMES.vi.summary.toUpperCase());
    addSheet(model, OWNED_SHEET_NAMES.vi.tasks.toUpperCase());
    const port = new OfficeWorkbookPort(new FakeExcelHost(model));
    const read = await port.readWorkbook();
    const report = scanWorkbook(read.grid, read.name, S);
    const result = await port.writeSummary({
      lang: 'vi',
      tasks: taskSheetPlan([report], 'vi'),
      summary: summarySheetPlan([report], 'vi', S.asOf, S.dueSoonDays),
    });
    expect([result.tasksSheet.name, result.summarySheet.name]).toEqual([
      'Nhiệm vụ (tổng hợp) (2)',
      'Tổng hợp Phụ lục (2)',
    ]);
  });
});
