import { encodeLegacy } from './convert';
import { detectLegacyEncoding, scoreVietnamese } from './detect';
import { isVietnameseSyllable } from './syllable';

const UNICODE_TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH HẢI PHÒNG',
  'Phụ lục: Danh mục nhiệm vụ triển khai Kế hoạch chuyển đổi số năm 2026',
  'STT; Nhiệm vụ; Cơ quan chủ trì; Cơ quan phối hợp; Thời hạn hoàn thành',
  'Xây dựng và ban hành quy chế phối hợp giữa các sở, ban, ngành; Sở Nội vụ; Quý IV/2025',
  'Rà soát, đánh giá kết quả thực hiện; Sở Tài chính; Tháng 12/2025',
].join('\n');

describe('Vietnamese syllables', () => {
  it.each([
    'người',
    'được',
    'nghiêng',
    'quốc',
    'gì',
    'giữa',
    'khuya',
    'thuở',
    'huỳnh',
    'xoong',
    'uyên',
    'ấy',
    'Tỉnh',
    'ĐƯỜNG',
    'chính',
    'nhõn',
  ])('%s is one', (w) => expect(isVietnameseSyllable(w)).toBe(true));
  it.each(['chớnh', 'nh©n', 'nhaân', 'hàc', 'áà', 'Ñy', 'tØnh', 'ngăy', 'bă', 'José', 'aiu'])('%s is not', (w) =>
    expect(isVietnameseSyllable(w)).toBe(false),
  );
});

describe('detecting a legacy encoding from text', () => {
  it('finds TCVN3 and VNI in text typed in them', () => {
    const lines = UNICODE_TEXT.split('\n').slice(1).join('\n');
    expect(detectLegacyEncoding(encodeLegacy(lines, 'tcvn3')!)).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeLegacy(UNICODE_TEXT, 'vni')!)).toBe('vni');
    expect(detectLegacyEncoding(encodeLegacy(UNICODE_TEXT, 'tcvn3', { upperFont: true })!)).toBe('tcvn3');
  });

  it('leaves Unicode Vietnamese and ASCII alone', () => {
    expect(detectLegacyEncoding(UNICODE_TEXT)).toBeNull();
    expect(detectLegacyEncoding(UNICODE_TEXT.normalize('NFD'))).toBeNull();
    expect(detectLegacyEncoding('STT,Task,Lead,Deadline\n1,Build the plan,Finance,Q4/2025\n')).toBeNull();
    // Vietnamese whose letters are all Latin-1 (the kind TCVN3 would misread): "chính" ≠ "chớnh".
    expect(detectLegacyEncoding('Tài chính; Giám sát; Hà Tây; Bà Rịa; Tổ chức; Cà Mau, Tây Ninh')).toBeNull();
    expect(detectLegacyEncoding('Café, naïve, Zürich, José, Ångström, façade, déjà vu')).toBeNull();
  });

  it('needs a few words of evidence', () => {
    expect(detectLegacyEncoding(encodeLegacy('Thời hạn', 'vni')!)).toBeNull();
    expect(detectLegacyEncoding(encodeLegacy('Thời hạn hoàn thành', 'vni')!)).toBe('vni');
  });

  it('scores words beyond ASCII only', () => {
    expect(scoreVietnamese('STT Nhiệm vụ tØnh UBND')).toEqual({ marked: 3, valid: 2 });
  });
});
