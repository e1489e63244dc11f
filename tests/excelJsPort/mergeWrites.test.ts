/**
 * The merge's writes through the playground's ExcelJS port: the same guard as in Excel (cells changed
 * since the plan refused), columns added and taken away by the undo, and a rescan reading the new states.
 */
import ExcelJS from 'exceljs';
import { acceptChanges } from '../../src/core/merge/acceptChanges';
import { applyRequest, undoRequest } from '../../src/core/merge/guardedWrites';
import { mergeReports } from '../../src/core/merge/mergeReports';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { splitPlan } from '../../src/core/split/splitPlan';
import { ExcelJsWorkbookPort } from '../../src/excelJsPort/excelJsWorkbookPort';
import { MASTER_ROWS, MASTER_SHEET } from '../helpers/reportingMaster';
import { FilledSplit } from '../helpers/returnedFiles';
import { settings } from '../helpers/scan';
import { targetOf } from '../helpers/scanTarget';

const DATE = '2026-05-01';

async function scanned(port: ExcelJsWorkbookPort) {
  const read = await port.readWorkbook();
  const report = scanWorkbook(read.grid, read.name, settings());
  return { read, report, target: targetOf(read, report) };
}

async function merged() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MASTER_SHEET);
  MASTER_ROWS.forEach((r, i) =>
    r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v as string | number)),
  );
  const port = new ExcelJsWorkbookPort(wb, 'ke-hoach-12.xlsx');
  const s = await scanned(port);
  const split = splitPlan({ file: s.report, grid: s.read.grid, lang: 'vi', date: DATE });
  const returned = split.workbooks.map((w) => {
    const f = new FilledSplit(w);
    if (w.agency.label === 'Sở Nội vụ') f.report(0, 'Hoàn thành đúng hạn', '2026-03-20', 'Đã ban hành kế hoạch');
    if (w.agency.label === 'Sở Tư pháp') f.report(0, 'Đang thực hiện');
    return f.input();
  });
  const run = mergeReports({ master: s.report, grid: s.read.grid, returned, lang: 'vi', date: DATE });
  return { wb, ws, port, ...s, run };
}

describe('merge writes through the ExcelJS port', () => {
  it('writes, rescans to the new states, and undoes with the columns taken away', async () => {
    const { ws, port, run, target, read } = await merged();
    const accepted = acceptChanges(run.plan);
    const result = await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    expect(result).toMatchObject({ written: accepted.length, refused: [], keptColumns: [] });
    const status = run.plan.changes.find((c) => c.field === 'status' && c.no === '1')!;
    expect(ws.getCell(status.address).value).toBe('Hoàn thành đúng hạn');
    expect(ws.getCell(status.address).dataValidation).toMatchObject({ type: 'list' });
    const again = await scanned(port);
    expect(again.report.tables[0]!.tasks.find((t) => t.no === '1')!.state).toBe('done-on-time');
    const undone = await port.applyMergeWrites(undoRequest(run.plan, accepted), again.target);
    expect(undone).toMatchObject({ written: accepted.length, refused: [], keptColumns: [] });
    expect(undone.columns).toBe(result.columns);
    expect((await port.readWorkbook()).grid).toEqual(read.grid);
  });

  it('refuses a cell changed since the plan, and an undo leaves a cell edited after the merge', async () => {
    const { ws, port, run, target } = await merged();
    const accepted = acceptChanges(run.plan);
    const result = run.plan.changes.find((c) => c.field === 'result')!;
    ws.getCell(`${result.column}${run.plan.columns[0]!.lastRow}`).value = 'ghi chú riêng';
    const applied = await port.applyMergeWrites(applyRequest(run.plan, accepted), target);
    expect(applied.keptColumns).toEqual([{ sheet: MASTER_SHEET, column: result.column }]);
    expect(applied.refused.map((r) => r.change)).toEqual([result.id]);
    expect(ws.getCell(`${result.column}${run.plan.columns[0]!.headerRow}`).value).toBeNull();
    const written = accepted.filter((c) => c.id !== result.id);
    const status = written.find((c) => c.field === 'status' && c.no === '1')!;
    ws.getCell(status.address).value = 'Tạm dừng';
    const again = await scanned(port);
    const undone = await port.applyMergeWrites(undoRequest(run.plan, written), again.target);
    expect(undone.refused.map((r) => r.address)).toEqual([status.address]);
    expect(undone.keptColumns.map((c) => c.column)).toEqual([status.column]);
    expect(ws.getCell(status.address).value).toBe('Tạm dừng');
  });
});
