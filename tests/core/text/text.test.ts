import {
  canonicalToneMarks,
  comparisonKey,
  expandAbbreviations,
  isCollectiveAgency,
  normalizeText,
  personKey,
  splitAgencies,
  stripDiacritics,
} from '../../../src/core/text';
import { spellingDifference } from '../../../src/core/text/comparisonKey';

describe('normalizeText', () => {
  it.each([
    ['  Sở   Tài\u00a0chính \n', 'Sở Tài chính'],
    ['Sở Tài\r\nchính', 'Sở Tài chính'],
    ['Sở\u200b Tài chính\ufeff', 'Sở Tài chính'],
    ['Ho\u0301a', 'Hóa'],
    ['\t', ''],
  ])('%j → %j', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('canonicalToneMarks: old and new placement fold to one form', () => {
  const pairs: [string, string][] = [];
  const tones: Record<string, [string, string, string, string, string]> = {
    // pair → [sắc, huyền, hỏi, ngã, nặng] in traditional placement and new placement
    oa: ['óa', 'òa', 'ỏa', 'õa', 'ọa'],
    oe: ['óe', 'òe', 'ỏe', 'õe', 'ọe'],
    uy: ['úy', 'ùy', 'ủy', 'ũy', 'ụy'],
  };
  const newStyle: Record<string, [string, string, string, string, string]> = {
    oa: ['oá', 'oà', 'oả', 'oã', 'oạ'],
    oe: ['oé', 'oè', 'oẻ', 'oẽ', 'oẹ'],
    uy: ['uý', 'uỳ', 'uỷ', 'uỹ', 'uỵ'],
  };
  for (const pair of Object.keys(tones)) {
    for (let i = 0; i < 5; i++) {
      const trad = `h${tones[pair]![i]}`;
      const modern = `h${newStyle[pair]![i]}`;
      pairs.push([modern, trad], [trad, trad]);
      pairs.push([modern.toUpperCase(), trad.toUpperCase()]);
      pairs.push([modern[0]!.toUpperCase() + modern.slice(1), trad[0]!.toUpperCase() + trad.slice(1)]);
      pairs.push([modern.normalize('NFD'), trad]);
    }
  }
  it.each(pairs)('%s → %s', (input, out) => expect(canonicalToneMarks(input)).toBe(out));
  it.each([
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['Thuỷ lợi', 'Thủy lợi'],
    ['khoẻ', 'khỏe'],
    ['Thành uỷ', 'Thành ủy'],
  ])('%s → %s', (input, out) => expect(canonicalToneMarks(input)).toBe(out));
  it.each([
    'hoàn',
    'hoạch',
    'khoảng',
    'thuyết',
    'tuyển',
    'khuya',
    'quyền',
    'hoài',
    'ngoài',
    'quý',
    'quỳ',
    'quả',
    'quỹ',
    'già',
    'giữ',
    'Quý IV',
  ])('leaves %s untouched', (w) => expect(canonicalToneMarks(w)).toBe(w));
});

describe('comparisonKey', () => {
  it('folds tone placement, case, abbreviations and punctuation', () => {
    const k = 'so van hoa the thao va du lich';
    expect(comparisonKey('Sở Văn hoá, Thể thao và Du lịch')).toBe(k);
    expect(comparisonKey('Sở Văn hóa, Thể thao và Du lịch')).toBe(k);
    expect(comparisonKey('Sở VHTTDL')).toBe(k);
    expect(comparisonKey('Sở KH&CN')).toBe(comparisonKey('Sở Khoa học và Công nghệ'));
    expect(comparisonKey('UBND thành phố')).toBe(comparisonKey('Ủy ban nhân dân thành phố'));
    expect(comparisonKey('Uỷ ban nhân dân TP')).toBe(comparisonKey('Ủy ban nhân dân thành phố'));
    expect(comparisonKey('Sở Tài Chính')).toBe('so tai chinh');
    expect(comparisonKey('Sở Tài chính.')).toBe('so tai chinh');
  });
  it('does not expand abbreviations inside words or in lower-case prose', () => {
    expect(expandAbbreviations('tu sửa')).toBe('tu sửa');
    expect(expandAbbreviations('UBND tỉnh')).toBe('ủy ban nhân dân tỉnh');
  });
  it('says why two spellings differ', () => {
    expect(spellingDifference('Sở Văn hoá', 'Sở Văn hóa')).toBe('tone-placement');
    expect(spellingDifference('Sở Tài Chính', 'Sở Tài chính')).toBe('case');
    expect(spellingDifference('Sở KH&CN', 'Sở Khoa học và Công nghệ')).toBe('abbreviation');
  });
  it('strips diacritics', () => expect(stripDiacritics('Đồng Tháp')).toBe('Dong Thap'));
  it('folds character by character as folding the whole text would', () => {
    // The definition: lower case, marks stripped, runs of other characters one space, trimmed.
    const whole = (s: string) =>
      stripDiacritics(expandAbbreviations(normalizeText(s)).toLocaleLowerCase('vi'))
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const texts = [
      'Sở Văn hoá, Thể thao và Du lịch',
      '  ĐẨY MẠNH   chuyển đổi số (mục tiêu 6); …\n– “Đề án 06”  ',
      'Ho\u0300a Bi\u0300nh', // decomposed marks
      'x\u0301y', // a mark no letter composes with
      'Trung tâm\u200bCNTT\u00a0TP.', // invisible and odd spaces, abbreviations
      'İstanbul ǅemal Straße ½ ₫ № 12/2025/NĐ-CP',
      '𝐀𝐁 😀 a\ud800b', // astral letters, an emoji, a lone surrogate
      'ǈ Ǉ ﬁ ΣΑΣ',
      '',
      '...',
    ];
    for (const t of texts) expect([t, comparisonKey(t)]).toEqual([t, whole(t)]);
  });
});

describe('agency lists', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Ban Quản lý Khu kinh tế, Sở Tài chính', ['Ban Quản lý Khu kinh tế', 'Sở Tài chính']],
    ['Sở Xây dựng; Ban QLDA liên quan', ['Sở Xây dựng', 'Ban QLDA liên quan']],
    ['Sở Xây dựng, Ban QLDA liên quan', ['Sở Xây dựng', 'Ban QLDA liên quan']],
    ['Sở Tài chính, Sở Tư pháp; UBND các xã', ['Sở Tài chính', 'Sở Tư pháp', 'UBND các xã']],
    ['Các sở, ban, ngành, địa phương', ['Các sở, ban, ngành, địa phương']],
    [
      '- Các sở, ban, ngành, địa phương;\n- Hiệp hội doanh nghiệp',
      ['Các sở, ban, ngành, địa phương', 'Hiệp hội doanh nghiệp'],
    ],
    ['Sở Nội vụ, Sở Y tế', ['Sở Nội vụ', 'Sở Y tế']],
    ['Thuế thành phố, các sở, ngành', ['Thuế thành phố', 'các sở, ngành']],
    ['Bộ Khoa học và Công nghệ và các Sở, ngành', ['Bộ Khoa học và Công nghệ', 'các Sở, ngành']],
    ['Phòng Tài chính - Kế hoạch', ['Phòng Tài chính - Kế hoạch']],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['Sở Tài chính - Sở Tư pháp', ['Sở Tài chính', 'Sở Tư pháp']],
    ['Phòng Văn hóa - Thông tin – Ban Quản lý dự án', ['Phòng Văn hóa - Thông tin', 'Ban Quản lý dự án']],
    ['', []],
  ])('%j', (input, parts) => expect(splitAgencies(input)).toEqual(parts));

  it.each([
    ['Các sở, ban, ngành liên quan', true],
    ['Các Sở chuyên ngành thuộc Ủy ban nhân dân thành phố', true],
    ['UBND các xã, phường, đặc khu', true],
    ['Ủy ban nhân dân các tỉnh, thành phố', true],
    ['UBND 06 thành phố trực thuộc trung ương', true],
    ['Sở, ngành, địa phương liên quan', true],
    ['Sở Tài chính', false],
    ['Ủy ban nhân dân thành phố', false],
    ['Ngân hàng Nhà nước Chi nhánh khu vực 6', false],
    ['EVN', false],
    ['Bộ Công an', false],
  ])('%s collective: %s', (input, collective) => expect(isCollectiveAgency(input)).toBe(collective));
});

describe('leaders', () => {
  it.each([
    ['PCT Nguyễn Văn A', 'nguyen van a'],
    ['Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'nguyen van a'],
    ['Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh', 'nguyen van a'],
    ['Đ/c Trần Thị B - PCT UBND tỉnh', 'tran thi b'],
    ['Phó Chủ tịch Thường trực UBND thành phố Lê Anh Quân', 'le anh quan'],
    // No person named: the whole cell is the key.
    ['Chủ tịch UBND tỉnh', 'chu tich uy ban nhan dan tinh'],
  ])('%s → %s', (text, key) => expect(personKey(text)).toBe(key));
});
