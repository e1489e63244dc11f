/** @jest-environment jsdom */
/**
 * The pane's messages when the workbook changed under it or Excel could not take a request: the sheet
 * renamed (shown by its new name), deleted or its table moved (said, in both languages, nothing
 * written), a cell being edited or Excel busy (said, with a "Thử lại" button; the results stay).
 */
import { webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { App } from '../../src/taskpane/components/App';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { deleteSheet, insertLines, newWorkbook, renameSheet, sheetFromRows } from '../fakeExcel/model';

/** A small appendix (quick to render) with overdue tasks, and a second sheet so the first can be deleted. */
function workbook() {
  const model = newWorkbook();
  sheetFromRows(model, 'Phụ lục 1', [
    ['PHỤ LỤC'],
    ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì'],
    ...Array.from({ length: 12 }, (_, i) => [
      i + 1,
      `Nhiệm vụ ${i + 1} về chuyển đổi số và cải cách hành chính`,
      i % 2 ? 'Tháng 3/2026' : 'Quý IV/2026',
      i % 5 ? 'Sở Nội vụ' : '',
    ]),
  ]);
  sheetFromRows(model, 'Ghi chú', [['Ghi chú của tổ']]);
  model.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, asOf: '2026-05-01', dueSoonDays: 7 }));
  return model;
}

async function scannedPane() {
  const model = workbook();
  const host = new FakeExcelHost(model);
  const port = new OfficeWorkbookPort(host, { retryDelaysMs: [0, 0] });
  const load = jest.spyOn(port, 'loadSettings');
  const user = userEvent.setup();
  render(<App port={port} lang="vi" theme={webLightTheme} />);
  await act(async () => {
    await load.mock.results[0]!.value;
  });
  await user.click(screen.getByTestId('scan'));
  await screen.findByTestId('table-card');
  return { model, host, port, user, first: model.sheets[0]! };
}

const notice = () => screen.getByTestId('notice').textContent ?? '';

describe('the pane after the workbook changed', () => {
  it('a renamed sheet: highlights land on it, and the pane shows its new name', async () => {
    const { model, user, first } = await scannedPane();
    const old = first.name;
    renameSheet(model, first, 'Phụ lục đã đổi tên');
    await user.click(screen.getByTestId('highlight'));
    await screen.findByTestId('legend');
    expect(first.conditionalFormats.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('table-card').textContent).toContain('Phụ lục đã đổi tên'));
    expect(screen.getAllByTestId('issue')[0]!.textContent).toContain('Phụ lục đã đổi tên');
    expect(screen.getByTestId('table-card').textContent).not.toContain(`${old}!`);
  });

  it('a deleted sheet: "Trang tính … đã bị xóa hoặc đổi; hãy quét lại", nothing written, results kept', async () => {
    const { model, user, first } = await scannedPane();
    const name = first.name;
    deleteSheet(model, first);
    await user.click(screen.getByTestId('highlight'));
    await waitFor(() => expect(notice()).toContain(`Trang tính “${name}” đã bị xóa hoặc đổi; hãy quét lại`));
    expect(model.sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
    expect(screen.getByTestId('table-card')).toBeTruthy();
    expect(screen.queryByTestId('retry')).toBeNull();
    await user.click(screen.getByTestId('language'));
    await user.click(screen.getByTestId('highlight'));
    await waitFor(() => expect(notice()).toContain(`The sheet “${name}” was deleted or changed; scan again`));
  });

  it('rows inserted above the table: refused with a message, nothing coloured', async () => {
    const { model, user, first } = await scannedPane();
    insertLines(model, first, 'row', 0, 3);
    await user.click(screen.getByTestId('highlight'));
    await waitFor(() => expect(notice()).toContain('đã dịch chuyển kể từ lần quét'));
    expect(first.conditionalFormats).toEqual([]);
  });

  it('a cell being edited: says to press Enter or Esc, keeps the results, and "Thử lại" does it once the cell is left', async () => {
    const { host, user, first } = await scannedPane();
    host.cellEditMode = true;
    await user.click(screen.getByTestId('highlight'));
    await waitFor(() => expect(notice()).toContain('Nhấn Enter'));
    expect(notice()).toContain('Esc');
    expect(screen.getByTestId('table-card')).toBeTruthy();
    expect(first.conditionalFormats).toEqual([]);
    host.cellEditMode = false;
    await user.click(screen.getByTestId('retry'));
    await screen.findByTestId('legend');
    expect(first.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('Excel busy on a summary: says so with "Thử lại"; the results stay, and trying again works', async () => {
    const { host, user } = await scannedPane();
    // The summary is not retried behind the person's back (it would find its half-made sheets): said at once.
    host.failNext(1, 'ServiceNotAvailable');
    await user.click(screen.getByTestId('summarise'));
    await waitFor(() => expect(notice()).toContain('Excel đang bận'));
    expect(screen.getByTestId('retry').textContent).toBe('Thử lại');
    expect(screen.getByTestId('totals').textContent).toMatch(/^12 nhiệm vụ/);
    await user.click(screen.getByTestId('retry'));
    expect((await screen.findByTestId('summary-written')).textContent).toContain('Tổng hợp Phụ lục');
  });
});
