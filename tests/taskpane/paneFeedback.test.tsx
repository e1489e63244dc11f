/** @jest-environment jsdom */
/**
 * What the pane says after each action (issue 12): counts with information items apart, a highlight
 * notice and legend that count the same thing, "Xóa đánh dấu" offered only while the workbook holds the
 * add-in's highlights (from this session or an earlier one), and a summary that says what it wrote,
 * with a button that opens each sheet.
 */
import { webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HIGHLIGHT_KINDS, highlightFormula, type HighlightKind } from '../../src/core/plans/highlightPlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { OfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { App } from '../../src/taskpane/components/App';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { SETTINGS_KEY } from '../../src/workbookPort/storedSettings';
import { FakeExcelHost } from '../fakeExcel/fakeExcel';
import { fakeWorkbookFromXlsx } from '../fakeExcel/fromXlsx';
import { renameSheet, type WorkbookModel } from '../fakeExcel/model';
import { settings } from '../helpers/scan';
import { seedPath } from '../helpers/seeds';

const t = STRINGS.vi;

async function workbook(seed = '001'): Promise<WorkbookModel> {
  const model = await fakeWorkbookFromXlsx(seedPath(seed, 'xlsx'));
  model.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, asOf: '2026-05-01', dueSoonDays: 7 }));
  return model;
}

async function pane(model: WorkbookModel, apiVersion = '1.13') {
  const host = new FakeExcelHost(model, apiVersion);
  const port = new OfficeWorkbookPort(host);
  const asked = jest.spyOn(port, 'hasHighlights');
  const user = userEvent.setup();
  render(<App port={port} lang="vi" theme={webLightTheme} />);
  // The pane asks once, on load, whether the add-in's highlights are there.
  await act(async () => {
    await asked.mock.results[0]!.value;
  });
  return { host, port, user, asked };
}

async function scan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('scan'));
  await screen.findAllByTestId('table-card');
}

const clear = () => screen.getByTestId('clear') as HTMLButtonElement;

/** What each highlight kind must count, from the engine's own reading of the same workbook. */
async function expectedCounts(model: WorkbookModel): Promise<Record<HighlightKind, number>> {
  const read = await new OfficeWorkbookPort(new FakeExcelHost(model)).readWorkbook();
  const report = scanWorkbook(read.grid, read.name, settings({ asOf: '2026-05-01' }));
  const tasks = report.tables.flatMap((tb) => tb.tasks);
  const errorCells = new Set(
    report.tables.flatMap((tb) =>
      tb.issues.filter((i) => i.severity === 'error' && i.column).map((i) => `${tb.sheet}!${i.column}${i.row}`),
    ),
  );
  return {
    overdue: tasks.filter((k) => k.state === 'open-overdue').length,
    'due-soon': tasks.filter((k) => k.state === 'open-due-soon').length,
    unassigned: tasks.filter((k) => !k.lead).length,
    error: errorCells.size,
  };
}

describe('counts', () => {
  it('counts information items apart from errors and warnings, in the totals and the list heading', async () => {
    const { user } = await pane(await workbook());
    await scan(user);
    const count = (s: string) => Number(/\((\d+)\)/.exec(screen.getByTestId(`filter-${s}`).textContent ?? '')![1]);
    const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
    expect(infos).toBeGreaterThan(0);
    expect(screen.getByTestId('totals').textContent).toBe(t.counts(39, errors, warnings, infos));
    expect(screen.getByTestId('totals').textContent).toMatch(/ · \d+ lỗi · \d+ cảnh báo · \d+ thông tin$/);
    // The problems are the errors and warnings; information is not mixed into their number.
    expect(screen.getByRole('button', { name: `Vấn đề (${errors + warnings}) · ${infos} thông tin` })).toBeTruthy();
  });
});

describe('the highlight notice and the legend', () => {
  it('count the same thing: tasks per kind (cells for errors), as the engine finds them', async () => {
    const model = await workbook();
    const expected = await expectedCounts(model);
    expect(expected.overdue).toBeGreaterThan(0);
    const { user } = await pane(model);
    await scan(user);
    await user.click(screen.getByTestId('highlight'));
    const legend = await screen.findByTestId('legend');
    const notice = screen.getByTestId('notice').textContent ?? '';
    for (const kind of HIGHLIGHT_KINDS) {
      const said = t.highlightCount(kind, expected[kind]);
      expect(within(legend).getByText(said)).toBeTruthy();
      if (expected[kind] > 0) expect(notice).toContain(said);
    }
    // Nothing else is counted in the notice: its numbers are the legend's non-zero ones, in order.
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
    expect(numbers(notice)).toEqual(HIGHLIGHT_KINDS.map((k) => expected[k]).filter((n) => n > 0));
    expect(numbers(legend.textContent ?? '')).toEqual(HIGHLIGHT_KINDS.map((k) => expected[k]));
  });

  it('says what was coloured on a host without multi-area ranges too, with what it lacks beside it', async () => {
    const model = await workbook();
    const expected = await expectedCounts(model);
    const { user } = await pane(model, '1.8');
    await scan(user);
    await user.click(screen.getByTestId('highlight'));
    await screen.findByTestId('legend');
    const notice = screen.getByTestId('notice').textContent ?? '';
    expect(notice).toContain(t.highlightCount('overdue', expected.overdue));
    expect(notice).toContain(t.hostLacks(t.missing.multiAreaRanges));
  });
});

describe('"Xóa đánh dấu"', () => {
  it('is disabled while nothing is highlighted: enabled after a highlight, disabled again after the clear', async () => {
    const { user, asked } = await pane(await workbook());
    expect(clear().disabled).toBe(true);
    await scan(user);
    expect(asked).toHaveBeenCalledTimes(2); // on load, and after the scan
    expect(clear().disabled).toBe(true);
    await user.click(screen.getByTestId('highlight'));
    await screen.findByTestId('legend');
    expect(clear().disabled).toBe(false);
    await user.click(clear());
    await waitFor(() => expect(screen.queryByTestId('legend')).toBeNull());
    expect(clear().disabled).toBe(true);
  });

  it("stays disabled on load when the workbook holds only the person's own conditional formats", async () => {
    const model = await workbook();
    const sheet = model.sheets[0]!;
    sheet.conditionalFormats.push({ id: 'mine', ranges: ['A1:A3'], type: 'Custom', formula: '=A1>0', fill: '#123456' });
    await pane(model);
    expect(clear().disabled).toBe(true);
  });

  it('is enabled on load when an earlier session left its highlights, before any scan, and clears them', async () => {
    const model = await workbook();
    const sheet = model.sheets[0]!;
    sheet.conditionalFormats.push({
      id: 'earlier',
      ranges: ['A7:G7'],
      type: 'Custom',
      formula: `=${highlightFormula('overdue')}`,
      fill: '#F8CBAD',
    });
    const { user } = await pane(model);
    expect(clear().disabled).toBe(false);
    await user.click(clear());
    await waitFor(() => expect(clear().disabled).toBe(true));
    expect(sheet.conditionalFormats).toEqual([]);
  });
});

describe('after "Tổng hợp"', () => {
  it('says which sheets it wrote and what they hold, and a button opens each (by id, renamed since too)', async () => {
    const model = await workbook();
    const { user } = await pane(model);
    await scan(user);
    await user.click(screen.getByTestId('summarise'));
    const written = await screen.findByTestId('summary-written');
    const [tasks, summary] = within(written).getAllByTestId('written-sheet');
    expect(tasks!.textContent).toContain('“Nhiệm vụ (tổng hợp)”');
    expect(tasks!.textContent).toContain(t.writtenTasks(39));
    expect(summary!.textContent).toContain('“Tổng hợp Phụ lục”');
    for (const part of [t.writtenByLead, t.writtenByLeader, t.writtenPivots(2), t.writtenChart])
      expect(summary!.textContent).toContain(part);
    // Nothing was missing: no warning beside it.
    expect(within(written).queryByTestId('written-lacks')).toBeNull();

    model.active = model.sheets[0]!.name;
    await user.click(within(tasks!).getByRole('button', { name: t.openSheetNamed('Nhiệm vụ (tổng hợp)') }));
    await waitFor(() => expect(model.active).toBe('Nhiệm vụ (tổng hợp)'));
    renameSheet(
      model,
      model.sheets.find((s) => s.name === 'Tổng hợp Phụ lục')!,
      'Báo cáo tháng 5',
    );
    await user.click(within(summary!).getByTestId('open-sheet'));
    await waitFor(() => expect(model.active).toBe('Báo cáo tháng 5'));
    await waitFor(() => expect(summary!.textContent).toContain('“Báo cáo tháng 5”'));
    // Opening a sheet keeps the list there.
    expect(screen.getByTestId('summary-written')).toBe(written);
  });

  it('says what the host could not add (PivotTables) as a secondary note, the sheets still listed', async () => {
    const { user } = await pane(await workbook(), '1.7');
    await scan(user);
    await user.click(screen.getByTestId('summarise'));
    const written = await screen.findByTestId('summary-written');
    expect(within(written).getAllByTestId('written-sheet')).toHaveLength(2);
    expect(within(written).getByTestId('written-lacks').textContent).toBe(t.hostLacks(t.missing.pivotTables));
    expect(written.textContent).not.toContain(t.writtenPivots(2));
  });
});
