/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IssueList, LIST_MIN_HEIGHT, ROW_ESTIMATE, type SheetIssue } from '../../src/taskpane/components/IssueList';
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

describe('issue list rows and height (issue 12)', () => {
  /** Lays the page out as a browser would place it: the pane's content from `rootTop`, the list at `listTop`. */
  function layout({ viewport, rootTop, listTop }: { viewport: number; rootTop: number; listTop: number }) {
    const was = window.innerHeight;
    Object.defineProperty(window, 'innerHeight', { value: viewport, configurable: true, writable: true });
    const rect = jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const top = this.hasAttribute('data-pane-root') ? rootTop : this.dataset.testid === 'issue-list' ? listTop : 0;
      return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) };
    });
    return () => {
      Object.defineProperty(window, 'innerHeight', { value: was, configurable: true, writable: true });
      rect.mockRestore();
    };
  }

  function pane(n: number) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <main data-pane-root>
          <IssueList issues={issues(n)} t={STRINGS.vi} lang="vi" onSelect={() => undefined} />
        </main>
      </FluentProvider>,
    );
  }

  it('reaches the bottom of the pane, whatever its height (not a fixed six rows)', () => {
    for (const viewport of [700, 1200]) {
      const restore = layout({ viewport, rootTop: -40, listTop: 260 });
      const { unmount } = pane(5000);
      // 300 px of the pane's content sit above the list; 8 px are left below it.
      expect(screen.getByRole('list').style.height).toBe(`${viewport - 300 - 8}px`);
      unmount();
      restore();
    }
  });

  it('is never shorter than its minimum, and a short list is as tall as its rows', () => {
    let restore = layout({ viewport: 400, rootTop: 0, listTop: 350 });
    const { unmount } = pane(5000);
    expect(screen.getByRole('list').style.height).toBe(`${LIST_MIN_HEIGHT}px`);
    unmount();
    restore();
    restore = layout({ viewport: 900, rootTop: 0, listTop: 200 });
    pane(3);
    // Three rows, not yet measured (jsdom lays nothing out), at their estimated height.
    expect(screen.getByRole('list').style.height).toBe(`${3 * ROW_ESTIMATE}px`);
    restore();
  });

  it('keeps each badge on one line, never shrunk, and lets the message wrap whole', () => {
    pane(3);
    for (const badge of screen.getAllByTestId('issue-badge')) {
      const style = getComputedStyle(badge);
      expect(style.whiteSpace).toBe('nowrap');
      expect(style.flexShrink).toBe('0');
    }
    for (const message of screen.getAllByTestId('issue-message')) {
      const style = getComputedStyle(message);
      expect(style.whiteSpace).toBe('normal');
      expect(style.overflow).not.toBe('hidden');
      expect(style.display).not.toBe('-webkit-box');
    }
  });
});
