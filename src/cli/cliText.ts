/** Words of the command line's text output, Vietnamese and English. */
import type { Lang } from '../core/i18n/issueMessages';

const VI = {
  asOf: 'Tính đến ngày',
  dueSoonWindow: 'số ngày “sắp đến hạn”',
  sheet: 'Trang tính',
  documentDate: 'Ngày văn bản',
  precision: { month: 'chỉ ghi tháng, năm', year: 'chỉ ghi năm' },
  columns: 'Cột',
  tasks: 'Nhiệm vụ',
  sections: 'Mục',
  repeatedHeaders: 'Tiêu đề lặp',
  continuations: 'Dòng nối',
  unassigned: 'Chưa giao chủ trì',
  issues: 'Vấn đề',
  no: 'STT',
  infoHidden: '(các mục thông tin không liệt kê; dùng --all để xem)',
  byLead: 'Theo cơ quan chủ trì',
  byLeader: 'Theo lãnh đạo chỉ đạo',
  noTable: 'Không tìm thấy bảng phụ lục nhiệm vụ nào.',
  wrote: 'Đã ghi báo cáo',
};

const EN: typeof VI = {
  asOf: 'As of',
  dueSoonWindow: 'due-soon window (days)',
  sheet: 'Sheet',
  documentDate: 'Document date',
  precision: { month: 'month and year only', year: 'year only' },
  columns: 'Columns',
  tasks: 'Tasks',
  sections: 'Sections',
  repeatedHeaders: 'Repeated headers',
  continuations: 'Continuation rows',
  unassigned: 'Without lead',
  issues: 'Issues',
  no: 'No.',
  infoHidden: '(informational findings not listed; use --all)',
  byLead: 'By lead agency',
  byLeader: 'By leader',
  noTable: 'No appendix task table found.',
  wrote: 'Report written to',
};

export function uiText(lang: Lang): typeof VI {
  return lang === 'en' ? EN : VI;
}
