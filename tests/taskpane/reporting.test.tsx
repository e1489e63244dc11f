/** @jest-environment jsdom */
/**
 * The reporting cycle in the pane (issue 13), over the fake Excel: "Tách theo đơn vị" lists the lead
 * agencies, all ticked, and downloads the ticked ones as one .zip or one .xlsx each; "Tổng hợp báo cáo"
 * reads the picked files, shows the files, the matches to review and the changes, writes only what is
 * ticked (a non-empty cell only once the person ticks it, a weak match only once confirmed or
 * re-pointed), rescans at once, and undoes.
 */
import { webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TextDecoder } from 'node:util';
import type { RawValue } from '../../src/core/grid';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { readSplitMarker } from '../../src/core/split/splitMarker';
import { splitPlan, type SplitWorkbookPlan } from '../../src/core/split/splitPlan';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { readWorkbookBuffer } from '../../src/files/readWorkbook';
import { splitWorkbook } from '../../src/files/splitWorkbook';
import { App } from '../../src/taskpane/components/App';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { REPORTING_STRINGS } from '../../src/taskpane/reporting/reportingStrings';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { cellOf, newWorkbook, parseAddress, sheetFromRows, type WorkbookModel } from '../fakeExcel/model';
import { MASTER_ROWS, MASTER_SHEET } from '../helpers/reportingMaster';
import { settings } from '../helpers/scan';

const t = STRINGS.vi;

/** The master with a status column (G) that already says something for task 1. */
const ROWS: RawValue[][] = MASTER_ROWS.map((r, i) =>
  i === 4 ? [...r, 'Tình hình thực hiện'] : i === 6 ? [...r, 'Đang thực hiện'] : r,
);

function model(): WorkbookModel {
  const m = newWorkbook('ke-hoach-12.xlsx');
  sheetFromRows(m, MASTER_SHEET, ROWS as (string | number | null)[][]);
  return m;
}

function valueAt(m: WorkbookModel, address: string) {
  const b = parseAddress(address);
  return cellOf(m.sheets[0]!, b.top, b.left)?.value ?? null;
}

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

/** Downloads the pane starts: each Blob handed to an object URL, and the link's file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

async function pane(m: WorkbookModel, apiVersion = '1.13') {
  const host = new FakeExcelHost(m);
  host.apiVersion = apiVersion;
  const port = new OfficeWorkbookPort(host);
  const user = userEvent.setup();
  render(<App port={port} lang="vi" theme={webLightTheme} />);
  await user.click(screen.getByTestId('scan'));
  await screen.findAllByTestId('table-card');
  return { port, user, host };
}

/** A split workbook of the master as an agency fills it, as the bytes of its .xlsx. */
async function filled(
  w: SplitWorkbookPlan,
  fill: (ws: ExcelJS.Worksheet, row: (n: number) => number, col: (role: string) => number) => void,
) {
  const wb = splitWorkbook(w);
  const s = w.sheets[0]!;
  const ws = wb.getWorksheet(s.name)!;
  const tasks = s.rows.map((r, k) => ({ r, k })).filter(({ r }) => r.kind === 'task');
  fill(
    ws,
    (n) => s.headerRow + 1 + tasks[n]!.k,
    (role) => s.columns.findIndex((c) => c.role === role) + 1,
  );
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], w.fileName, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** The split the pane makes of the master. */
async function masterSplit() {
  const read = await new OfficeWorkbookPort(new FakeExcelHost(model())).readWorkbook();
  const master = scanWorkbook(read.grid, read.name, settings());
  return splitPlan({ file: master, grid: read.grid, lang: 'vi', date: '2026-05-01' });
}

// jsdom's Blob has no arrayBuffer() (browsers do): the picker's File is read as a browser reads it…
beforeAll(() => {
  // …nor TextDecoder, which the workbook reader uses (every browser has it).
  globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
  Blob.prototype.arrayBuffer ??= async function (this: Blob) {
    return (await readBlob(this)).buffer as ArrayBuffer;
  };
});
afterEach(() => jest.restoreAllMocks());

describe('Tách theo đơn vị', () => {
  it("says its sections in the pane's language, and its words in English too", async () => {
    const { user } = await pane(model());
    await screen.findByRole('button', { name: REPORTING_STRINGS.vi.merge.title });
    await user.click(screen.getByTestId('language'));
    await user.click(await screen.findByRole('button', { name: REPORTING_STRINGS.en.split.title }));
    await user.click(await screen.findByTestId('split-open'));
    expect((await screen.findAllByTestId('split-agency'))[0]!.textContent).toMatch(/^Sở .* \(2 tasks\)$/);
    expect(screen.getByTestId('split-download').textContent).toMatch(/^Make and download \d+ files$/);
  });

  it('lists the agencies, all ticked, and downloads the ticked ones in one zip or one file each', async () => {
    const downloads = captureDownloads();
    const { user } = await pane(model());
    await user.click(await screen.findByRole('button', { name: REPORTING_STRINGS.vi.split.title }));
    await user.click(await screen.findByTestId('split-open'));
    const boxes = await screen.findAllByTestId('split-agency');
    const labels = boxes.map((b) => b.textContent);
    expect(labels[0]).toMatch(/^Sở (Nội vụ|Tư pháp) \(2 nhiệm vụ\)$/);
    expect(labels.some((l) => /Văn hoá, Thể thao và Du lịch|Văn hóa, Thể thao và Du lịch/.test(l ?? ''))).toBe(true);
    const inputs = boxes.map((b) => within(b).getByRole('checkbox') as HTMLInputElement);
    expect(inputs.every((i) => i.checked)).toBe(true);
    // The task with no lead is for the clerk, in no file.
    expect(screen.getByTestId('split-unassigned').textContent).toContain('Kiểm tra công tác phòng cháy');
    await user.click(inputs[0]!);
    expect(inputs[0]!.checked).toBe(false);
    await user.click(screen.getByTestId('split-download'));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.names).toEqual(['ke-hoach-12 - tach theo don vi.zip']);
    const zip = await JSZip.loadAsync(await readBlob(downloads.blobs[0]!));
    expect(Object.keys(zip.files)).toHaveLength(boxes.length - 1);
    const split = await masterSplit();
    expect(Object.keys(zip.files).sort()).toEqual(
      split.workbooks
        .slice(1)
        .map((w) => w.fileName)
        .sort(),
    );
    expect(screen.getByTestId('notice').textContent).toContain(REPORTING_STRINGS.vi.split.done(boxes.length - 1, true));

    // One .xlsx per agency.
    await user.click(screen.getByTestId('split-separate'));
    await user.click(screen.getByTestId('split-download'));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1 + boxes.length - 1));
    expect(downloads.names.slice(1).every((n) => n.endsWith('.xlsx'))).toBe(true);
  });

  it('opens each workbook in Excel where Excel can (ExcelApi 1.8), and offers it nowhere else', async () => {
    const downloads = captureDownloads();
    const { user, host } = await pane(model());
    await user.click(await screen.findByRole('button', { name: REPORTING_STRINGS.vi.split.title }));
    await user.click(await screen.findByTestId('split-open'));
    const boxes = await screen.findAllByTestId('split-agency');
    await user.click(screen.getByTestId('split-in-excel'));
    await user.click(screen.getByTestId('split-download'));
    await waitFor(() => expect(host.createdWorkbooks).toHaveLength(boxes.length));
    expect(downloads.blobs).toHaveLength(0);
    // Each is the agency's workbook, whole: it reads back with its marker.
    const split = await masterSplit();
    const agencies = [];
    for (const b64 of host.createdWorkbooks) {
      const grid = await readWorkbookBuffer(Buffer.from(b64, 'base64'), 'x.xlsx');
      agencies.push(readSplitMarker(grid)!.agency.label);
    }
    expect(agencies).toEqual(split.workbooks.map((w) => w.agency.label));
    expect(screen.getByTestId('notice').textContent).toContain(
      REPORTING_STRINGS.vi.split.opened(split.workbooks.map((w) => w.fileName)),
    );
    cleanup();

    // Excel without ExcelApi 1.8: downloads only.
    const older = await pane(model(), '1.7');
    await older.user.click(await screen.findByRole('button', { name: REPORTING_STRINGS.vi.split.title }));
    await older.user.click(await screen.findByTestId('split-open'));
    await screen.findAllByTestId('split-agency');
    expect(screen.queryByTestId('split-in-excel')).toBeNull();
  });
});

describe('Tổng hợp báo cáo', () => {
  it('reviews a weak match and a non-empty cell, applies what is ticked, rescans, and undoes', async () => {
    const m = model();
    const { user } = await pane(m);
    // The table is marked before the merge: the marks are redrawn from the merged states.
    const overdue = () => Number(/(\d+) nhiệm vụ quá hạn/.exec(screen.getByTestId('legend').textContent ?? '')?.[1]);
    await user.click(screen.getByTestId('highlight'));
    await screen.findByTestId('legend');
    const overdueBefore = overdue();
    expect(overdueBefore).toBeGreaterThan(0);
    // The same split the pane would make, filled by two agencies.
    const split = await masterSplit();
    const of = (label: string) => split.workbooks.find((w) => w.agency.label === label)!;
    const noiVu = await filled(of('Sở Nội vụ'), (ws, row, col) => {
      ws.getCell(row(0), col('status')).value = 'Hoàn thành đúng hạn';
      ws.getCell(row(1), col('status')).value = 'Đang thực hiện';
    });
    // Tư pháp re-typed its first task heavily and lost the key and STT: a weak match.
    const tuPhap = await filled(of('Sở Tư pháp'), (ws, row, col) => {
      ws.getCell(row(0), col('key')).value = null;
      ws.getCell(row(0), 1).value = null;
      ws.getCell(row(0), 2).value = 'Rà soát quy định thuộc thẩm quyền của Sở';
      ws.getCell(row(0), col('status')).value = 'Hoàn thành quá hạn';
    });
    const notWorkbook = new File(['not a workbook'], 'ghi-chu.xlsx');

    await user.click(await screen.findByRole('button', { name: REPORTING_STRINGS.vi.merge.title }));
    // The picker is the pane's own button (in the pane's words), opening the hidden file input.
    const input = (await screen.findByTestId('merge-files')) as HTMLInputElement;
    expect(input.hidden).toBe(true);
    const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: REPORTING_STRINGS.vi.merge.pick }));
    expect(opened).toHaveBeenCalledTimes(1);
    opened.mockRestore();
    await user.upload(input, [noiVu, tuPhap, notWorkbook]);
    await screen.findAllByTestId('merge-change', {}, { timeout: 10000 });
    expect(screen.getAllByTestId('merge-file').map((f) => f.textContent)).toEqual([
      expect.stringContaining('Sở Nội vụ · tệp đã tách · 2 nhiệm vụ · khớp 2'),
      expect.stringContaining('Sở Tư pháp · tệp đã tách · 2 nhiệm vụ · khớp 2'),
    ]);
    expect(screen.getByTestId('merge-failed').textContent).toContain('ghi-chu.xlsx');

    const change = (address: string) =>
      within(screen.getAllByTestId('merge-change').find((c) => c.getAttribute('data-address') === address)!).getByRole(
        'checkbox',
      ) as HTMLInputElement;
    // Task 1's status cell says something already: listed, unticked until the person ticks it.
    expect(change('G7').checked).toBe(false);
    expect(change('G7').closest('[data-testid="merge-change"]')!.textContent).toContain(
      'Đang thực hiện → Hoàn thành đúng hạn',
    );
    // Task 4 (row 12) gets its status: ticked.
    expect(change('G12').checked).toBe(true);

    // The weak match (to task 2, row 8) is to review; its change is unticked.
    const review = screen.getByTestId('merge-review');
    expect(review.textContent).toContain('khớp yếu');
    expect(change('G8').checked).toBe(false);
    // Re-pointed to task 3 (row 9) with the searchable list: task 2 gets nothing, task 3 the status.
    const combo = within(review).getByRole('combobox');
    await user.clear(combo);
    await user.type(combo, 'chuyển đổi số');
    await user.click(await screen.findByRole('option', { name: /STT 3: Triển khai chuyển đổi số/ }));
    await waitFor(() => expect(screen.queryByTestId('merge-review')).toBeNull());
    expect(screen.getAllByTestId('merge-change').some((c) => c.getAttribute('data-address') === 'G8')).toBe(false);
    expect(change('G9').checked).toBe(true);

    await user.click(change('G7'));
    expect(change('G7').checked).toBe(true);
    await user.click(screen.getByTestId('merge-apply'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Đã ghi'));
    expect(valueAt(m, 'G7')).toBe('Hoàn thành đúng hạn');
    expect(valueAt(m, 'G9')).toBe('Hoàn thành quá hạn');
    expect(valueAt(m, 'G12')).toBe('Đang thực hiện');
    expect(valueAt(m, 'G8')).toBeNull();
    // Rescanned at once: the pane's summary of states reads the new values.
    const again = scanWorkbook(
      (await new OfficeWorkbookPort(new FakeExcelHost(m)).readWorkbook()).grid,
      'x',
      settings(),
    );
    expect(again.tables[0]!.tasks.find((x) => x.no === '1')!.state).toBe('done-on-time');
    // …and the marks: task 1 (Quý I/2026), overdue before, is done now and no longer coloured overdue.
    expect(overdue()).toBe(overdueBefore - 1);

    await user.click(screen.getByTestId('merge-undo'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Đã trả lại'));
    expect(valueAt(m, 'G7')).toBe('Đang thực hiện');
    expect(valueAt(m, 'G9')).toBeNull();
    await act(async () => undefined);
  });
});
