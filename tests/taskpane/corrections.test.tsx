/** @jest-environment jsdom */
import { webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { App } from '../../src/taskpane/components/App';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { fakeWorkbookFromXlsx } from '../fakeExcel/fromXlsx';
import {
  deleteLines,
  insertLines,
  newWorkbook,
  renameSheet,
  sheetFromRows,
  type WorkbookModel,
} from '../fakeExcel/model';
import { seedPath } from '../helpers/seeds';

const SETTINGS = JSON.stringify({ version: 2, asOf: '2026-05-01', dueSoonDays: 7 });

function oddWorkbook(): WorkbookModel {
  const model = newWorkbook();
  sheetFromRows(model, 'Tuần', [
    ['Việc của tổ trong tuần'],
    [],
    ['Số', 'Việc', 'Ai làm', 'Khi nào'],
    ['1', 'Họp giao ban', 'Tổ 1', '05/05/2026'],
    ['2', 'Báo cáo tuần', 'Tổ 2', '08/05/2026'],
    ['3', 'Dọn kho', 'Tổ 3', '15/05/2026'],
  ]);
  model.settings.set(SETTINGS_KEY, SETTINGS);
  return model;
}

async function setup(model: WorkbookModel) {
  const port = new OfficeWorkbookPort(new FakeExcelHost(model));
  const load = jest.spyOn(port, 'loadSettings');
  const user = userEvent.setup();
  render(<App port={port} lang="vi" theme={webLightTheme} />);
  await act(async () => {
    await load.mock.results[0]!.value;
  });
  return { port, user };
}

const stored = (model: WorkbookModel) => JSON.parse(String(model.settings.get(SETTINGS_KEY)));
const t = STRINGS.vi;

describe('a person’s tables in the pane', () => {
  it('takes the selection on a sheet renamed since the scan: the Name goes to that sheet, the notice gives its new name', async () => {
    const model = oddWorkbook();
    const { user } = await setup(model);
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('no-tables');
    renameSheet(model, model.sheets[0]!, 'Tuần 19');
    model.selection = { sheet: 'Tuần 19', address: 'A3:D6' };
    await user.click(screen.getByTestId('use-selection'));
    await screen.findByTestId('table-card');
    expect(screen.getByTestId('notice').textContent).toContain(t.tableAdded('Tuần 19', 'A3:D6'));
    expect(model.names.get('AppendixTracker_T1')).toMatchObject({ sheetId: model.sheets[0]!.id });
    expect(screen.getByTestId('table-card').textContent).toContain(t.tableLine('Tuần 19', 'A3:D6'));
  });

  it('takes the selection as a table, shows its proposed header and mapping, re-points a column, undoes', async () => {
    const model = oddWorkbook();
    const { user } = await setup(model);
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('no-tables');
    model.selection = { sheet: 'Tuần', address: 'A3:D6' };
    await user.click(screen.getByTestId('use-selection'));
    const card = await screen.findByTestId('table-card');
    expect(within(card).getByTestId('found-by-user')).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toContain(t.tableAdded('Tuần', 'A3:D6'));
    const header = within(card).getByRole('combobox', { name: t.headerRowFor('A3:D6') });
    expect((header as HTMLButtonElement).textContent).toContain('Dòng 3: Số | Việc | Ai làm | Khi nào');
    expect(model.names.get('AppendixTracker_T1')).toMatchObject({ box: { top: 2, left: 0, bottom: 5, right: 3 } });
    expect(stored(model).tableCorrections).toEqual([
      { name: 'AppendixTracker_T1', sheet: 'Tuần', range: 'A3:D6', action: 'table', columns: [] },
    ]);
    // Re-point the lead to "Ai làm" (column C).
    await user.click(within(card).getByRole('combobox', { name: 'Cột cho "Cơ quan chủ trì"' }));
    await user.click(await screen.findByRole('option', { name: 'C: Ai làm' }));
    await waitFor(() =>
      expect(stored(model).tableCorrections[0]).toMatchObject({
        headerOffset: 0,
        columns: [{ field: 'lead', offset: 2 }],
      }),
    );
    expect(within(screen.getByTestId('table-card')).getAllByText('do bạn chọn').length).toBeGreaterThan(0);
    // Undo twice: the column, then the table.
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(stored(model).tableCorrections[0].columns).toEqual([]));
    expect(screen.getByTestId('undo').textContent).toBe(t.undoWhat.add);
    await user.click(screen.getByTestId('undo'));
    await screen.findByTestId('no-tables');
    expect(stored(model).tableCorrections).toEqual([]);
    expect(model.names.size).toBe(0);
    expect(screen.queryByTestId('undo')).toBeNull();
  });

  it('a single cell stands for the table around it; the correction follows inserted rows and is dropped when deleted', async () => {
    const model = oddWorkbook();
    const { user } = await setup(model);
    model.selection = { sheet: 'Tuần', address: 'B4' };
    await user.click(screen.getByTestId('use-selection'));
    await screen.findByTestId('table-card');
    expect(stored(model).tableCorrections[0].range).toBe('A3:D6');
    // Two rows inserted above: the Name moves, the table is read at its new place.
    const sheet = model.sheets[0]!;
    insertLines(model, sheet, 'row', 0, 2);
    await user.click(screen.getByTestId('scan'));
    await waitFor(() => expect(screen.getByTestId('table-card').textContent).toContain(t.tableLine('Tuần', 'A5:D8')));
    // The table's rows deleted: #REF!, the correction is dropped and the person told.
    deleteLines(model, sheet, 'row', 4, 4);
    await user.click(screen.getByTestId('scan'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(t.correctionsLost('Tuần!A3:D6')));
    expect(stored(model).tableCorrections).toEqual([]);
    expect(model.names.size).toBe(0);
  });

  it.each([
    ['several-areas', 'A3:B6,D3:D6'],
    ['whole-sheet', 'A1:XFD1048576'],
    ['one-cell', 'H20'],
    ['one-column', 'B3:B6'],
    ['no-text', 'F10:H12'],
  ] as const)('bad input (%s) gives a clear message and changes nothing', async (problem, address) => {
    const model = oddWorkbook();
    const { user } = await setup(model);
    model.selection = { sheet: 'Tuần', address };
    await user.click(screen.getByTestId('use-selection'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(t.badSelection[problem]));
    expect(model.names.size).toBe(0);
    expect(model.settings.get(SETTINGS_KEY)).toBe(SETTINGS);
    expect(screen.queryByTestId('table-card')).toBeNull();
  });

  it('says it in English too', async () => {
    const model = oddWorkbook();
    const { user } = await setup(model);
    await user.click(screen.getByTestId('language'));
    model.selection = { sheet: 'Tuần', address: 'B3:B6' };
    await user.click(screen.getByTestId('use-selection'));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain(STRINGS.en.badSelection['one-column']),
    );
  });
});

describe('correcting a table the engine found', () => {
  async function seed() {
    const model = await fakeWorkbookFromXlsx(seedPath('001', 'xlsx'));
    model.settings.set(SETTINGS_KEY, SETTINGS);
    const { user } = await setup(model);
    await user.click(screen.getByTestId('scan'));
    await screen.findByTestId('table-card');
    return { model, user };
  }

  it('dismisses a table as "not an appendix", and undo brings it back', async () => {
    const { model, user } = await seed();
    await user.click(screen.getByTestId('not-appendix'));
    await screen.findByTestId('no-tables');
    expect(stored(model).tableCorrections).toEqual([expect.objectContaining({ action: 'ignore' })]);
    expect(model.names.size).toBe(1);
    await user.click(screen.getByTestId('undo'));
    await screen.findByTestId('table-card');
    expect(screen.getByTestId('totals').textContent).toMatch(/^39 nhiệm vụ/);
    expect(model.names.size).toBe(0);
  });

  it('moves the header row to "no header row" and back with undo; low-confidence marks stay', async () => {
    const { model, user } = await seed();
    const card = screen.getByTestId('table-card');
    const header = within(card).getByRole('combobox', { name: /^Dòng tiêu đề của bảng/ });
    await user.click(header);
    await user.click(await screen.findByRole('option', { name: t.noHeaderRow }));
    await waitFor(() =>
      expect(stored(model).tableCorrections).toEqual([
        expect.objectContaining({ action: 'table', headerOffset: null }),
      ]),
    );
    await waitFor(() =>
      expect(
        (within(screen.getByTestId('table-card')).getByRole('combobox', { name: /^Dòng tiêu đề/ }) as HTMLElement)
          .textContent,
      ).toBe(t.noHeaderRow),
    );
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(stored(model).tableCorrections).toEqual([]));
    expect(screen.getByTestId('totals').textContent).toMatch(/^39 nhiệm vụ/);
  });
});
