import { looksLikeBody, looksLikePerson } from './bodyLexicon';

describe('looksLikeBody', () => {
  it.each([
    'Sở Tài chính',
    'UBND các xã',
    'Các bộ, ngành',
    'Vụ GDĐH',
    'Viện KHGDVN',
    'Cục KTKĐ, Vụ KHTC',
    'Văn Phòng Bộ',
    'Trung ương Mặt trận Tổ quốc Việt Nam',
    'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    'BQL khu nông nghiệp ứng dụng công nghệ cao',
    'Ban Chỉ huy BĐBP tỉnh Đắk Lắk',
    'Công an tỉnh',
    'Bộ Khoa học và Công nghệ',
    'Tổng công ty Điện lực miền Bắc',
  ])('reads %s as a body', (s) => expect(looksLikeBody(s)).toBe(true));
  it.each([
    'Số liệu thống kê',
    'Bộ trưởng Phùng Xuân Nhạ',
    'Ban hành kế hoạch',
    'Báo cáo năm',
    'Phòng, chống tham nhũng',
    'Hội nghị tổng kết',
    'bộ',
    'Sở',
    'Quý IV/2026',
    'Xây dựng cơ sở dữ liệu',
  ])('does not read %s as a body', (s) => expect(looksLikeBody(s)).toBe(false));
});

describe('looksLikePerson', () => {
  it.each(['Bộ trưởng Phùng Xuân Nhạ', 'Đ/c Hùng', 'PCT Nguyễn Văn A', 'Thứ trưởng', 'Phó Chủ tịch UBND tỉnh'])(
    'reads %s as a person',
    (s) => expect(looksLikePerson(s)).toBe(true),
  );
  it.each(['Sở Tài chính', 'Chủ trì xây dựng đề án', 'Công an tỉnh', 'Ban Chỉ đạo'])(
    'does not read %s as a person',
    (s) => expect(looksLikePerson(s)).toBe(false),
  );
});

describe('units inside an office', () => {
  it.each(['Bộ phận Một cửa', 'Tổ Văn phòng', 'Nhóm kỹ thuật'])('reads %s as a body', (s) =>
    expect(looksLikeBody(s)).toBe(true),
  );
  it.each(['Tổ chức hội nghị tổng kết', 'Tổ hợp dữ liệu'])('does not read %s as a body', (s) =>
    expect(looksLikeBody(s)).toBe(false),
  );
});
