/** @jest-environment jsdom */
import { webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { App } from '../../src/taskpane/components/App';
import { languageFor } from '../../src/taskpane/i18n/strings';
import * as scanModule from '../../src/core/scan/scanWorkbook';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { fakeWorkbookFromXlsx } from '../fakeExcel/fromXlsx';
import { seedPath } from '../helpers/seeds';
import { join } from 'node:path';

async function setup(seed = '001') {
  const model = await fakeWorkbookFromXlsx(seedPath(seed, 'xlsx'));
  // A fixed as-of date stored in the workbook makes the counts reproducible.
  model.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, asOf: '2026-05-01', dueSoonDays: 7 }));
  const host = new FakeExcelHost(model);
  const port = new OfficeWorkbookPort(host);
  const select = jest.spyOn(port, 'selectCell');
  const load = jest.spyOn(port, 'loadSettings');
  const user = userEvent.setup();
  render(<App port={port} lang="vi" theme={webLightTheme} />);
  // Settings load from the workbook before the first scan.
  await act(async () => {
    await load.mock.results[0]!.value;
  });
  return { model, host, port, select, user };
}

describe('task pane', () => {
  it('scans, lists tables and issues, and selects the cell of a clicked issue', async () => {
    const { model, select, user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    expect(screen.getByTestId('totals').textContent).toMatch(/^39 nhiệm vụ/);
    const issues = await screen.findAllByTestId('issue');
    expect(issues.length).toBeGreaterThan(0);
    await user.click(issues[0]!);
    await waitFor(() => expect(select).toHaveBeenCalledTimes(1));
    const [sheet, address] = select.mock.calls[0]!;
    // By id: the sheet as the scan read it.
    expect(sheet).toEqual({ id: model.sheets[0]!.id, name: model.sheets[0]!.name });
    expect(model.selection).toEqual({ sheet: sheet.name, address });
    expect(issues[0]!.textContent).toContain(`Ô ${address}`);
  });

  it('filters issues by severity', async () => {
    const { user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    const before = screen.queryAllByTestId('issue').length;
    const errors = screen.getByTestId('filter-error');
    const warnings = screen.getByTestId('filter-warning');
    await user.click(errors);
    await user.click(warnings);
    expect(screen.queryAllByTestId('issue')).toHaveLength(0);
    await user.click(screen.getByTestId('filter-info'));
    expect(screen.queryAllByTestId('issue').length).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
  });

  it('re-runs the engine when a mapping is corrected, and keeps the correction in the workbook', async () => {
    const { model, user } = await setup();
    await user.click(screen.getByTestId('scan'));
    const card = await screen.findByTestId('table-card');
    const lead = within(card).getByRole('combobox', { name: 'Cột cho "Cơ quan chủ trì"' });
    await user.click(lead);
    await user.click(await screen.findByRole('option', { name: '(không có)' }));
    // Without a lead column the engine reports the required column as missing.
    await waitFor(() => expect(screen.getByTestId('totals').textContent).toMatch(/39 nhiệm vụ · [1-9]/));
    await user.click(screen.getByTestId('filter-error'));
    await user.click(screen.getByTestId('filter-error'));
    expect(screen.getAllByTestId('issue').some((i) => /Cơ quan chủ trì/.test(i.textContent ?? ''))).toBe(true);
    const stored = JSON.parse(String(model.settings.get(SETTINGS_KEY)));
    // Kept on a workbook Name holding the table's range, with the column as an offset inside it.
    expect(stored.tableCorrections).toEqual([
      expect.objectContaining({
        name: 'AppendixTracker_T1',
        sheet: model.sheets[0]!.name,
        action: 'found',
        columns: [{ field: 'lead', offset: null }],
      }),
    ]);
    expect(model.names.get('AppendixTracker_T1')).toMatchObject({ sheetId: model.sheets[0]!.id });
    expect(within(card).getByText('do bạn chọn')).toBeTruthy();
  });

  it('highlights with a legend, clears, and summarises', async () => {
    const { model, user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    await user.click(screen.getByTestId('highlight'));
    await screen.findByTestId('legend');
    expect(model.sheets[0]!.conditionalFormats.length).toBeGreaterThan(0);
    await user.click(screen.getByTestId('clear'));
    await waitFor(() => expect(screen.queryByTestId('legend')).toBeNull());
    expect(model.sheets[0]!.conditionalFormats).toHaveLength(0);
    await user.click(screen.getByTestId('summarise'));
    expect((await screen.findByTestId('summary-written')).textContent).toContain('Tổng hợp Phụ lục');
    expect(model.pivots).toHaveLength(2);
  });

  it('switches language, engine messages included', async () => {
    const { user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    const viText = screen.getAllByTestId('issue')[0]!.textContent;
    await user.click(screen.getByTestId('language'));
    expect(screen.getByTestId('scan').textContent).toBe('Rescan');
    expect(screen.getByTestId('totals').textContent).toMatch(/^39 tasks/);
    expect(screen.getAllByTestId('issue')[0]!.textContent).not.toBe(viText);
    expect(screen.getAllByTestId('issue')[0]!.textContent).toMatch(/Cell [A-Z]+\d+/);
  });

  it('re-renders every issue message in the new language without a new scan or read', async () => {
    const { port, user } = await setup();
    const read = jest.spyOn(port, 'readWorkbook');
    const scan = jest.spyOn(scanModule, 'scanWorkbook');
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    await user.click(screen.getByTestId('filter-info'));
    const texts = () => screen.getAllByTestId('issue').map((i) => i.textContent);
    const vi = texts();
    expect(vi.some((t) => /Quá hạn: hạn \d\d\/\d\d\/2026/.test(t ?? ''))).toBe(true);
    expect([read.mock.calls.length, scan.mock.calls.length]).toEqual([1, 1]);
    await user.click(screen.getByTestId('language'));
    const en = texts();
    expect(en).toHaveLength(vi.length);
    en.forEach((t, i) => expect(t).not.toBe(vi[i]));
    expect(en.some((t) => /Overdue: due 2026-\d\d-\d\d/.test(t ?? ''))).toBe(true);
    expect(en.some((t) => /Quá hạn|Nhiệm vụ chưa/.test(t ?? ''))).toBe(false);
    await user.click(screen.getByTestId('language'));
    expect(texts()).toEqual(vi);
    expect([read.mock.calls.length, scan.mock.calls.length]).toEqual([1, 1]);
    scan.mockRestore();
  });

  it('shows a clear message when the sheet is protected, and keeps the results', async () => {
    const { model, user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    model.sheets[0]!.protected = true;
    await user.click(screen.getByTestId('highlight'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Trang tính đang được bảo vệ'));
    expect(screen.getByTestId('table-card')).toBeTruthy();
  });

  it('says so when the settings stored in the workbook cannot be read, with the cause, instead of silently using the defaults', async () => {
    const model = await fakeWorkbookFromXlsx(seedPath('001', 'xlsx'));
    const port = new OfficeWorkbookPort(new FakeExcelHost(model));
    jest.spyOn(port, 'loadSettings').mockRejectedValue(new Error('settings store unavailable'));
    render(<App port={port} lang="en" theme={webLightTheme} />);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('settings store unavailable'));
  });

  it('marks results stale when the person edits a sheet', async () => {
    const { host, user } = await setup();
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    await waitFor(() => expect(host.events.changed.length).toBe(1));
    await act(() =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(host.model.sheets[0]!.name);
        ws.getRange('B7').values = [['Sửa nội dung']];
        await context.sync();
      }),
    );
    await screen.findByTestId('stale');
  });

  it('follows Office display language', () => {
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('fr-FR')).toBe('vi');
  });
});

describe('settings', () => {
  it('pre-fills leaders from tables that have them, saves into the workbook and re-runs the engine', async () => {
    const model = await fakeWorkbookFromXlsx(join(__dirname, '..', '..', 'assets', 'sample', 'phu-luc-mau.xlsx'));
    model.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, asOf: '2026-05-01', dueSoonDays: 7 }));
    const port = new OfficeWorkbookPort(new FakeExcelHost(model));
    const load = jest.spyOn(port, 'loadSettings');
    const user = userEvent.setup();
    render(<App port={port} lang="vi" theme={webLightTheme} />);
    await act(async () => {
      await load.mock.results[0]!.value;
    });
    await user.click(screen.getByTestId('scan'));
    await screen.findAllByTestId('table-card');
    const before = screen.getByTestId('filter-info').textContent;
    await user.click(screen.getByRole('button', { name: 'Thiết lập' }));
    // Sở Tài chính has a leader in the table with a leader column; the bank does not.
    // The settings panel loads on demand: wait for it to appear.
    // (Its chunk is compiled on first use: on a loaded machine that takes longer than findBy's default second.)
    expect(
      await screen.findByRole('textbox', { name: 'Sở Tài chính → Lãnh đạo chỉ đạo' }, { timeout: 10_000 }),
    ).toHaveProperty('value', 'Phó Chủ tịch UBND thành phố Trần Văn Quân');
    const bank = screen.getByRole('textbox', { name: 'Ngân hàng Nhà nước Chi nhánh khu vực 6 → Lãnh đạo chỉ đạo' });
    expect(bank).toHaveProperty('value', '');
    await user.type(bank, 'Phó Chủ tịch UBND thành phố Vũ Tiến Phụng');
    const days = screen.getByTestId('due-soon-days');
    await user.clear(days);
    await user.type(days, '60');
    await user.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Đã lưu thiết lập'));
    const stored = JSON.parse(String(model.settings.get(SETTINGS_KEY)));
    expect(stored.dueSoonDays).toBe(60);
    expect(stored.leaderByLead['Ngân hàng Nhà nước Chi nhánh khu vực 6']).toBe(
      'Phó Chủ tịch UBND thành phố Vũ Tiến Phụng',
    );
    // A wider due-soon window adds "due soon" findings for tasks due within 60 days: the engine ran again.
    expect(screen.getByTestId('filter-info').textContent).not.toBe(before);
  });
});
