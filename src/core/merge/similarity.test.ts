import { dice, sttKey, textTokens } from './similarity';

describe('task text similarity', () => {
  it('compares words on the comparison key: order, tone placement, abbreviations and case cost nothing', () => {
    const words = (s: string) => new Set(textTokens(s));
    const a = textTokens('Xây dựng kế hoạch của UBND tỉnh về văn hoá');
    expect(dice(a, words('Về văn hóa: kế hoạch xây dựng của Ủy ban nhân dân tỉnh'))).toBe(1);
    expect(dice(a, words('Xây dựng kế hoạch văn hoá'))).toBeCloseTo((2 * 6) / (13 + 6), 5);
    expect(a).toHaveLength(13);
    expect(dice(a, new Set())).toBe(0);
    expect(dice(textTokens('Báo cáo'), words('Kiểm tra'))).toBe(0);
  });

  it('reads an STT without its brackets and trailing marks', () => {
    expect(['(3)', '3.', '3)', ' 3 '].map(sttKey)).toEqual(['3', '3', '3', '3']);
    expect(sttKey('1.2')).toBe('1.2');
    expect(sttKey('')).toBe('');
  });
});
