/**
 * `split` and `merge` end to end on the bundled sample: split it, fill two returned workbooks with
 * ExcelJS as agencies would (one renumbered and reordered, its keys wiped), merge, check the merged
 * copy's cells, and that `scan` of it shows the new states.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { reportSchema } from '../../src/core/report/schema';
import { captureIo as io } from '../helpers/cliIo';

const SAMPLE = 'assets/sample/phu-luc-mau.xlsx';

/** The split sheet's header row and its columns by header text. */
function layout(ws: ExcelJS.Worksheet): { header: number; col: Record<string, number>; rows: number[] } {
  let header = 0;
  ws.eachRow((r, i) => {
    if (!header && r.getCell(1).value === 'STT') header = i;
  });
  const col: Record<string, number> = {};
  ws.getRow(header).eachCell((c, i) => (col[String(c.value)] = i));
  const rows: number[] = [];
  const key = col['Khóa đối chiếu (không sửa)']!;
  ws.eachRow((r, i) => {
    if (i > header && r.getCell(key).value) rows.push(i);
  });
  return { header, col, rows };
}

async function fill(file: string, out: string, edit: (ws: ExcelJS.Worksheet, l: ReturnType<typeof layout>) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[1]!;
  edit(ws, layout(ws));
  await wb.xlsx.writeFile(out);
}

describe('appendix-tracker split and merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-cli-cycle-'));
  const split = join(dir, 'split');

  it('splits the sample into one workbook per lead agency and says what it wrote', async () => {
    const { io: x, out, err } = io();
    expect(await main(['split', SAMPLE, '--out', split], x)).toBe(0);
    expect(err).toEqual([]);
    const files = readdirSync(split).sort();
    expect(files).toHaveLength(24);
    expect(files).toContain('So Noi vu.xlsx');
    const text = out.join('\n');
    expect(text).toContain('Tách “phu-luc-mau.xlsx” theo đơn vị chủ trì: 24 tệp');
    expect(text).toContain('So Noi vu.xlsx — Sở Nội vụ: 12 nhiệm vụ');
    // Again: nothing is replaced without --force; with it, the same files.
    const again = io();
    expect(await main(['split', SAMPLE, '--out', split, '--agency', 'Sở Nội vụ'], again.io)).toBe(2);
    expect(again.err.join('\n')).toMatch(/So Noi vu\.xlsx.*đã có/);
    const forced = io();
    expect(await main(['split', SAMPLE, '--out', split, '--agency', 'so noi vu', '--force'], forced.io)).toBe(0);
    expect(forced.out.join('\n')).toContain('1 tệp');
    const en = io();
    expect(await main(['split', SAMPLE, '--out', join(dir, 'en'), '--agency', 'Sở Y tế', '--lang', 'en'], en.io)).toBe(
      0,
    );
    expect(en.out.join('\n')).toContain('So Y te.xlsx — Sở Y tế: 5 tasks');
  });

  it('refuses an unknown agency, a file as the folder, and never writes over the master', async () => {
    const unknown = io();
    const empty = join(dir, 'none');
    expect(await main(['split', SAMPLE, '--out', empty, '--agency', 'Sở Không Có'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/không có đơn vị “Sở Không Có”.*Sở Nội vụ/);
    expect(existsSync(empty)).toBe(false);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const notFolder = io();
    expect(await main(['split', SAMPLE, '--out', file], notFolder.io)).toBe(2);
    expect(notFolder.err.join('\n')).toContain('là một tệp, không phải thư mục');
    // A master named like an agency's file, in the folder it splits into.
    const own = mkdtempSync(join(dir, 'own-'));
    const master = join(own, 'So Noi vu.xlsx');
    copyFileSync(SAMPLE, master);
    const before = readFileSync(master);
    const over = io();
    expect(await main(['split', master, '--out', own, '--agency', 'Sở Nội vụ', '--force'], over.io)).toBe(2);
    expect(over.err.join('\n')).toContain('là tệp đang được quét');
    expect(readFileSync(master).equals(before)).toBe(true);
  });

  it('merges two returned workbooks (one renumbered, reordered, its keys wiped) into a copy of the master', async () => {
    const a = join(dir, 'noi-vu-tra-ve.xlsx');
    const b = join(dir, 'xay-dung-tra-ve.xlsx');
    await fill(join(split, 'So Noi vu.xlsx'), a, (ws, l) => {
      ws.getCell(l.rows[0]!, l.col['Tình hình thực hiện']!).value = 'Hoàn thành đúng hạn';
      ws.getCell(l.rows[0]!, l.col['Ngày hoàn thành']!).value = new Date(Date.UTC(2026, 3, 20));
      ws.getCell(l.rows[0]!, l.col['Báo cáo kết quả thực hiện']!).value = 'Đã ban hành Kế hoạch số 45/KH-UBND';
      ws.getCell(l.rows[1]!, l.col['Tình hình thực hiện']!).value = 'Đang thực hiện';
    });
    await fill(join(split, 'So Xay dung.xlsx'), b, (ws, l) => {
      // The two task rows swapped, numbered 1 and 2, keys cleared, then reported done late.
      const [r1, r2] = [l.rows[0]!, l.rows[1]!];
      const v1 = (ws.getRow(r1).values as ExcelJS.CellValue[]).slice();
      const v2 = (ws.getRow(r2).values as ExcelJS.CellValue[]).slice();
      ws.getRow(r1).values = v2;
      ws.getRow(r2).values = v1;
      for (const [i, r] of [r1, r2].entries()) {
        ws.getCell(r, 1).value = String(i + 1);
        ws.getCell(r, l.col['Khóa đối chiếu (không sửa)']!).value = null;
        ws.getCell(r, l.col['Tình hình thực hiện']!).value = 'Hoàn thành quá hạn';
        ws.getCell(r, l.col['Ngày hoàn thành']!).value = '28/04/2026';
      }
    });
    const before = readFileSync(SAMPLE);
    const merged = join(dir, 'merged.xlsx');
    const { io: x, out, err } = io();
    expect(await main(['merge', SAMPLE, a, b, '--out', merged], x)).toBe(0);
    expect(err).toEqual([]);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const text = out.join('\n');
    expect(text).toContain('Tổng hợp 2 tệp báo cáo vào “phu-luc-mau.xlsx” (ngày 01/05/2026)');
    expect(text).toMatch(/noi-vu-tra-ve\.xlsx — Sở Nội vụ \(tệp tách\): 12 nhiệm vụ, khớp 12/);
    expect(text).toMatch(
      /'PL NQ 89 \(lãnh đạo\)'!H44 \[STT 29\] Tình hình thực hiện: \(trống\) → “Hoàn thành đúng hạn” — Sở Nội vụ/,
    );
    expect(text).toContain('Chưa có báo cáo (theo đơn vị chủ trì)');
    expect(text).toMatch(/Đã ghi “.*merged\.xlsx”: \d+ ô thay đổi/);
    expect(text).not.toContain('Khớp cần xem lại');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(merged);
    const ws = wb.getWorksheet('PL NQ 89 (lãnh đạo)')!;
    expect(ws.getCell('H4').value).toBe('Tình hình thực hiện');
    expect(ws.getCell('L4').value).toBe('Ngày báo cáo');
    expect(ws.getCell('H44').value).toBe('Hoàn thành đúng hạn');
    expect(ws.getCell('I44').value).toEqual(new Date(Date.UTC(2026, 3, 20)));
    expect(ws.getCell('J44').value).toBe('Đã ban hành Kế hoạch số 45/KH-UBND');
    expect(ws.getCell('K44').value).toBe('Sở Nội vụ');
    expect(ws.getCell('H45').value).toBe('Đang thực hiện');
    expect(ws.getCell('H5').dataValidation).toMatchObject({ type: 'list' });
    // Sở Xây dựng's first sheet tasks: STT 1 and 2 in the master, whatever the file called them.
    expect([ws.getCell('H5').value, ws.getCell('H6').value]).toEqual(['Hoàn thành quá hạn', 'Hoàn thành quá hạn']);
    expect(ws.getCell('I5').value).toEqual(new Date(Date.UTC(2026, 3, 28)));

    // The scan of the merged copy shows the new states.
    const scanOut = io();
    expect(await main(['scan', merged, '--json', '--as-of', '2026-05-01'], scanOut.io)).toBe(0);
    const report = reportSchema.parse(JSON.parse(scanOut.out.join('\n')));
    const tasks = report.files[0]!.tables[0]!.tasks;
    expect(tasks.find((t) => t.row === 44)!.state).toBe('done-on-time');
    expect(tasks.filter((t) => t.row === 5 || t.row === 6).map((t) => t.state)).toEqual(['done-late', 'done-late']);
    const before2 = io();
    expect(await main(['scan', SAMPLE, '--json', '--as-of', '2026-05-01'], before2.io)).toBe(0);
    const old = reportSchema.parse(JSON.parse(before2.out.join('\n'))).files[0]!.tables[0]!.tasks;
    expect(old.find((t) => t.row === 44)!.state).not.toBe('done-on-time');

    // A month later, into the merged copy: a cell that holds something needs --overwrite.
    const c = join(dir, 'noi-vu-thang-sau.xlsx');
    await fill(join(split, 'So Noi vu.xlsx'), c, (w, l) => {
      w.getCell(l.rows[1]!, l.col['Tình hình thực hiện']!).value = 'Hoàn thành đúng hạn';
    });
    const next = join(dir, 'merged-2.xlsx');
    const careful = io();
    expect(await main(['merge', merged, c, '--out', next], careful.io)).toBe(0);
    const said = careful.out.join('\n');
    expect(said).toMatch(/Cần xác nhận, chưa ghi: \d+ ô/);
    expect(said).toMatch(
      /H45 \[STT 30\] Tình hình thực hiện: “Đang thực hiện” → “Hoàn thành đúng hạn” — Sở Nội vụ \(ô đã có giá trị khác\)/,
    );
    const kept = new ExcelJS.Workbook();
    await kept.xlsx.readFile(next);
    expect(kept.getWorksheet('PL NQ 89 (lãnh đạo)')!.getCell('H45').value).toBe('Đang thực hiện');
    const forced = io();
    expect(await main(['merge', merged, c, '--out', next, '--force', '--overwrite', '--json'], forced.io)).toBe(0);
    const json = JSON.parse(forced.out.join('\n'));
    expect(json.changes.find((ch: { address: string }) => ch.address === 'H45')).toMatchObject({
      old: 'Đang thực hiện',
      new: 'Hoàn thành đúng hạn',
      confirm: ['non-empty'],
      applied: true,
    });
    const done = new ExcelJS.Workbook();
    await done.xlsx.readFile(next);
    expect(done.getWorksheet('PL NQ 89 (lãnh đạo)')!.getCell('H45').value).toBe('Hoàn thành đúng hạn');
  });

  it('never writes over an input, needs an .xlsx master to write into, and checks its numbers', async () => {
    const r = join(split, 'So Y te.xlsx');
    const intoInput = io();
    expect(await main(['merge', SAMPLE, r, '--out', r, '--force'], intoInput.io)).toBe(2);
    expect(intoInput.err.join('\n')).toContain('là tệp đang được quét');
    const csv = join(dir, 'master.csv');
    writeFileSync(csv, 'STT,Nhiệm vụ,Cơ quan chủ trì,Thời hạn\n1,Việc một,Sở Y tế,Quý IV/2026\n');
    const text = io();
    expect(await main(['merge', csv, r, '--out', join(dir, 'm.xlsx')], text.io)).toBe(2);
    expect(text.err.join('\n')).toContain('là tệp văn bản (CSV/TSV)');
    // Without --out: only printed.
    const preview = io();
    expect(await main(['merge', csv, r, '--lang', 'en'], preview.io)).toBe(0);
    expect(preview.out.join('\n')).toContain('No file written (no --out).');
    const bad = io();
    expect(await main(['merge', SAMPLE, r, '--min-confidence', '2'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('--min-confidence cần một số từ 0 đến 1 (ví dụ 0,5 hoặc 0.5); nhận “2”');
    const missing = io();
    expect(await main(['merge', SAMPLE, join(dir, 'khong-co.xlsx'), r], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('khong-co.xlsx');
    expect(missing.out.join('\n')).toContain('So Y te.xlsx — Sở Y tế (tệp tách)');
  });
});
