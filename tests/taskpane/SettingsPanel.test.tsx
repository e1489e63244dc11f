/** @jest-environment jsdom */
/** The settings' agency → leader mapping shows whole names (issue 12: "… Lê Anh …" was cut). */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { DEFAULT_SETTINGS } from '../../src/workbookPort/storedSettings';

const LEAD = 'Ban Quản lý các khu chế xuất và công nghiệp thành phố, Sở Khoa học và Công nghệ';
const LEADER = 'Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Lê Anh Quân, Trưởng Ban Chỉ đạo';

function panel(onSave = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel
        settings={{ ...DEFAULT_SETTINGS, leaderByLead: { [LEAD]: LEADER } }}
        report={null}
        t={STRINGS.vi}
        busy={false}
        onSave={onSave}
      />
    </FluentProvider>,
  );
  return onSave;
}

describe('agency → leader mapping', () => {
  it('shows each leader whole in a box that wraps (a text area, not a one-line input), its full name in the tooltip', () => {
    panel();
    const box = screen.getByRole('textbox', { name: `${LEAD} → ${STRINGS.vi.leaderPlaceholder}` });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveProperty('value', LEADER);
    expect(box.getAttribute('title')).toBe(LEADER);
    expect(box.getAttribute('maxlength')).toBeNull();
    expect(getComputedStyle(box).overflowY).toBe('hidden');
    // The agency beside it is whole too, and wraps.
    const lead = screen.getByTitle(LEAD);
    expect(lead.textContent).toBe(LEAD);
    expect(getComputedStyle(lead).overflowWrap).toBe('anywhere');
  });

  it('keeps a name on one line of text: a line break typed or pasted is a space', async () => {
    const onSave = panel();
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: `${LEAD} → ${STRINGS.vi.leaderPlaceholder}` });
    await user.clear(box);
    await user.type(box, 'Phó Chủ tịch{Enter}Nguyễn Văn A');
    expect(box).toHaveProperty('value', 'Phó Chủ tịch Nguyễn Văn A');
    await user.click(screen.getByRole('button', { name: STRINGS.vi.save }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ leaderByLead: { [LEAD]: 'Phó Chủ tịch Nguyễn Văn A' } }),
    );
  });
});
