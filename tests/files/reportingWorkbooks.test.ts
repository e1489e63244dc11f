import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { acceptChanges } from '../../src/core/merge/acceptChanges';
import { mergeReports } from '../../src/core/merge/mergeReports';
import { mergeWrites, undoWrites } from '../../src/core/merge/mergeWrites';
import { STATUS_CHOICES } from '../../src/core/plans/trackingColumnsPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { readSplitMarker, SPLIT_MARKER_SHEET } from '../../src/core/split/splitMarker';
import { splitPlan } from '../../src/core/split/splitPlan';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/files/readWorkbook';
import { applyMergeWrites } from '../../src/files/mergedWorkbook';
import { splitWorkbookBytes, splitWorkbooksZip } from '../../src/files/splitWorkbook';
import { writeMergedWorkbookFile } from '../../src/files/writeMergedWorkbook';
import { writeSplitWorkbookFiles } from '../../src/files/writeSplitWorkbooks';
import { returnedInput } from '../helpers/returnedFiles';
import { settings } from '../helpers/scan';

const SAMPLE = 'assets/sample/phu-luc-mau.xlsx';

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('split and merged workbooks on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-reporting-'));
  let master: ReturnType<typeof scanWorkbook>;
  let plan: ReturnType<typeof splitPlan>;
  beforeAll(async () => {
    const grid = await readWorkbookFile(SAMPLE);
    master = scanWorkbook(grid, SAMPLE, settings());
    plan = splitPlan({ file: master, grid, lang: 'vi', date: '2026-05-01' });
  });

  it('writes a split workbook that reads back as planned: dropdown, date cells, hidden key, instructions, marker', async () => {
    const w = plan.workbooks[0]!;
    const bytes = await splitWorkbookBytes(w);
    const wb = await loadExcelJs(bytes);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ...w.sheets.map((s) => [s.name, 'visible']),
      [SPLIT_MARKER_SHEET, 'veryHidden'],
    ]);
    const s = w.sheets[0]!;
    const ws = wb.getWorksheet(s.name)!;
    const col = (role: string) => s.columns.findIndex((c) => c.role === role) + 1;
    const first = s.headerRow + 1 + s.rows.findIndex((r) => r.kind === 'task');
    expect(ws.getColumn(col('key')).hidden).toBe(true);
    expect(ws.getCell(first, col('status')).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
    });
    expect(ws.getCell(first, col('completedOn')).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(s.headerRow, col('status')).value).toBe('Tình hình thực hiện');
    expect(String(wb.getWorksheet('Hướng dẫn')!.getCell('A3').value)).toContain(w.agency.label);

    // The command line's reader and the engine see the plan again: marker, tasks, keys.
    const grid = await readWorkbookBuffer(bytes, w.fileName);
    expect(readSplitMarker(grid)).toEqual(w.marker);
    const back = scanWorkbook(grid, w.fileName, settings());
    expect(back.tables.map((t) => t.sheet)).toEqual(w.sheets.map((x) => x.name));
    expect(back.tables.map((t) => t.tasks.length)).toEqual(
      w.sheets.map((x) => x.rows.filter((r) => r.kind === 'task').length),
    );
    const merged = mergeReports({
      master,
      grid: await readWorkbookFile(SAMPLE),
      returned: [returnedInput(w.fileName, grid)],
      lang: 'vi',
      date: '2026-05-01',
    });
    expect(merged.matches[0]!.every((m) => m.reason === 'key')).toBe(true);
  });

  it('puts every workbook in one zip, and into a folder, never over a file without being told', async () => {
    const zip = await JSZip.loadAsync(await splitWorkbooksZip(plan.workbooks.slice(0, 3)));
    expect(Object.keys(zip.files)).toEqual(plan.workbooks.slice(0, 3).map((w) => w.fileName));
    const again = await zip.file(plan.workbooks[1]!.fileName)!.async('uint8array');
    expect(readSplitMarker(await readWorkbookBuffer(again, 'x.xlsx'))!.agency.label).toBe(
      plan.workbooks[1]!.agency.label,
    );

    const out = mkdtempSync(join(dir, 'split-'));
    const paths = await writeSplitWorkbookFiles(plan.workbooks.slice(0, 2), out);
    expect(paths).toEqual(plan.workbooks.slice(0, 2).map((w) => join(out, w.fileName)));
    writeFileSync(paths[0]!, 'mine');
    await expect(writeSplitWorkbookFiles(plan.workbooks.slice(0, 1), out)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(paths[0]!, 'utf8')).toBe('mine');
    await writeSplitWorkbookFiles(plan.workbooks.slice(0, 1), out, { replace: true });
    expect(readSplitMarker(await readWorkbookFile(paths[0]!))).not.toBeNull();
  });

  it('applies a merge to a copy of the master: new states on rescan, formats kept, master untouched, undo restores', async () => {
    const w = plan.workbooks[0]!;
    const s = w.sheets[0]!;
    const wb = await loadExcelJs(await splitWorkbookBytes(w));
    const ws = wb.getWorksheet(s.name)!;
    const col = (role: string) => s.columns.findIndex((c) => c.role === role) + 1;
    const first = s.headerRow + 1 + s.rows.findIndex((r) => r.kind === 'task');
    ws.getCell(first, col('status')).value = 'Hoàn thành đúng hạn';
    ws.getCell(first, col('completedOn')).value = new Date(Date.UTC(2026, 3, 20));
    ws.getCell(first, col('result')).value = 'Đã ban hành kế hoạch';
    const returned = new Uint8Array(await wb.xlsx.writeBuffer());
    const rGrid = await readWorkbookBuffer(returned, w.fileName);

    const before = readFileSync(SAMPLE);
    const grid = await readWorkbookFile(SAMPLE);
    const run = mergeReports({
      master,
      grid,
      returned: [returnedInput(w.fileName, rGrid)],
      lang: 'vi',
      date: '2026-05-01',
    });
    const accepted = acceptChanges(run.plan);
    expect(accepted.map((c) => c.field)).toEqual(['status', 'completedOn', 'result', 'reportingAgency', 'reportDate']);
    const out = join(dir, 'merged.xlsx');
    expect(await writeMergedWorkbookFile(SAMPLE, mergeWrites(run.plan, accepted), out)).toBe(5);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);

    const after = scanWorkbook(await readWorkbookFile(out), out, settings());
    const task = run.plan.changes[0]!.task;
    expect(after.tables[task.table]!.tasks[task.task]).toMatchObject({
      state: 'done-on-time',
      completedOn: '2026-04-20',
      status: 'Hoàn thành đúng hạn',
    });
    expect(after.tables.map((t) => t.tasks.length)).toEqual(master.tables.map((t) => t.tasks.length));

    const merged = await loadExcelJs(readFileSync(out));
    const original = await loadExcelJs(before);
    const sheet = run.plan.changes[0]!.sheet;
    const m = merged.getWorksheet(sheet)!;
    const o = original.getWorksheet(sheet)!;
    const c0 = run.plan.changes[0]!;
    // The person's own cells keep their look; the status column has the dropdown of the tracking-columns action.
    expect(m.getCell(`B${c0.row}`).font).toEqual(o.getCell(`B${c0.row}`).font);
    expect(m.getCell(`B${c0.row}`).border).toEqual(o.getCell(`B${c0.row}`).border);
    expect(m.getCell(c0.address).dataValidation).toMatchObject({ type: 'list' });
    expect(m.getCell(`${run.plan.changes[1]!.column}${c0.row}`).numFmt).toBe('dd/mm/yyyy');

    applyMergeWrites(merged, undoWrites(run.plan, accepted), true);
    const undone = scanWorkbook(
      await readWorkbookBuffer(new Uint8Array(await merged.xlsx.writeBuffer()), 'u.xlsx'),
      SAMPLE,
      settings(),
    );
    expect(undone.tables.map((t) => t.tasks.map((x) => x.state))).toEqual(
      master.tables.map((t) => t.tasks.map((x) => x.state)),
    );
    expect(undone.tables.map((t) => t.range)).toEqual(master.tables.map((t) => t.range));
  });
});
