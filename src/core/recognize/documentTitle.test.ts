import { statedYear } from './documentTitle';

describe('statedYear', () => {
  it.each([
    ['LỊCH CÔNG TÁC NĂM 2026', 2026],
    ['Kế hoạch thực hiện nhiệm vụ năm 2027 của Sở Tài chính', 2027],
    ['Thời hạn (năm 2026)', 2026],
  ])('%s → %s', (text, year) => expect(statedYear(text)).toBe(year));
  it.each([
    'Chiến lược phát triển đến năm 2030',
    'giai đoạn 2026-2030, tầm nhìn đến năm 2045',
    'Kèm theo Quyết định ngày 12 tháng 3 năm 2026',
    'năm 2025 và năm 2026',
    'Danh mục nhiệm vụ',
  ])('%s → none', (text) => expect(statedYear(text)).toBeNull());
});
