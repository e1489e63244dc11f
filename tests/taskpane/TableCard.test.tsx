/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { TableCard } from '../../src/taskpane/components/TableCard';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { scanRows } from '../helpers/scan';
import type { Lang } from '../../src/core/i18n/lang';
import type { TableReport } from '../../src/core/report/schema';

// A table whose lead column has an empty header cell: mapped on its cells alone.
const table = scanRows([
  ['STT', 'Nhiệm vụ', '', 'Thời hạn'],
  ['1', 'Xây dựng kế hoạch chuyển đổi số của ngành giai đoạn 2026-2030', 'Sở Khoa học và Công nghệ', 'Quý II/2026'],
  ['2', 'Rà soát, đánh giá hiện trạng hạ tầng số tại các xã, phường', 'Sở Tài chính', 'Tháng 6/2026'],
  ['3', 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã', 'Sở Nội vụ', 'Năm 2026'],
])[0]!;

function show(lang: Lang, shown: TableReport = table) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TableCard
        table={shown}
        t={STRINGS[lang]}
        lang={lang}
        userFields={new Set()}
        onMap={() => {}}
        onMoveHeader={() => {}}
        onDismiss={() => {}}
        rowText={() => ''}
        onAddTracking={() => {}}
        busy={false}
      />
    </FluentProvider>,
  );
}

describe('table card', () => {
  it('says why each column was chosen, in the user language', () => {
    show('vi');
    expect(screen.getByTestId('reasons-deadline').textContent).toBe('tiêu đề “Thời hạn” · 100% ô là thời hạn');
    expect(screen.getByTestId('reasons-lead').textContent).toBe('100% ô là tên cơ quan, đơn vị');
    expect(screen.getAllByText('cần xác nhận')).toHaveLength(1);
  });
  it('marks a mapping made on content alone for the user to confirm', () => {
    show('en');
    expect(screen.getByTestId('reasons-lead').textContent).toBe('100% of cells are names of public bodies');
    expect(screen.getAllByText('please confirm')).toHaveLength(1);
  });
  it('says when a table was found from its rows, not its header', () => {
    const headerless = scanRows([
      ['1', 'Xây dựng kế hoạch chuyển đổi số của ngành giai đoạn 2026-2030', 'Sở Khoa học và Công nghệ', 'Quý II/2026'],
      ['2', 'Rà soát, đánh giá hiện trạng hạ tầng số tại các xã, phường', 'Sở Tài chính', 'Tháng 6/2026'],
      ['3', 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã', 'Sở Nội vụ', 'Năm 2026'],
    ])[0]!;
    show('vi', headerless);
    expect(screen.getByTestId('found-by-body').textContent).toContain('nhận ra từ nội dung các dòng');
    expect(table.foundBy).toBe('header');
  });
});
