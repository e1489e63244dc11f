/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IssueList, type SheetIssue } from '../../src/taskpane/components/IssueList';
import { STRINGS } from '../../src/taskpane/i18n/strings';

function issues(n: number): SheetIssue[] {
  return Array.from({ length: n }, (_, i) => ({
    sheet: 'PL',
    code: 'overdue',
    severity: i % 3 === 0 ? 'error' : 'warning',
    row: i + 5,
    column: 'E',
    no: String(i + 1),
    params: { due: '2026-04-01', days: i },
  }));
}

describe('issue list', () => {
  it('renders only the rows in view for thousands of issues, and selects by keyboard', async () => {
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={issues(5000)} t={STRINGS.vi} lang="vi" onSelect={onSelect} />
      </FluentProvider>,
    );
    expect(screen.getByTestId('filter-error').textContent).toBe('Lỗi (1667)');
    expect(screen.getByTestId('filter-warning').textContent).toBe('Cảnh báo (3333)');
    const rows = screen.getAllByTestId('issue');
    expect(rows.length).toBeLessThan(40);
    // Errors come first.
    expect(rows[0]!.textContent).toContain('Lỗi');
    rows[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ row: 5, column: 'E' }));
  });
});
