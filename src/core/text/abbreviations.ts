/**
 * Common abbreviations of Vietnamese administrative names, expanded so that "Sở KH&CN" and "Sở
 * Khoa học và Công nghệ" share one key. Only whole tokens are expanded; short ambiguous tokens
 * ("CA", "CN", "TT", "XD") are left alone.
 */
export const ABBREVIATIONS: Record<string, string> = {
  UBND: 'ủy ban nhân dân',
  HĐND: 'hội đồng nhân dân',
  TP: 'thành phố',
  'TP.': 'thành phố',
  MTTQ: 'mặt trận tổ quốc',
  UBMTTQ: 'ủy ban mặt trận tổ quốc',
  QLDA: 'quản lý dự án',
  BQL: 'ban quản lý',
  BCH: 'ban chỉ huy',
  BCĐ: 'ban chỉ đạo',
  'KH&CN': 'khoa học và công nghệ',
  KHCN: 'khoa học và công nghệ',
  'KH&ĐT': 'kế hoạch và đầu tư',
  KHĐT: 'kế hoạch và đầu tư',
  VHTTDL: 'văn hóa thể thao và du lịch',
  'VH-TT&DL': 'văn hóa thể thao và du lịch',
  'VHTT&DL': 'văn hóa thể thao và du lịch',
  'GD&ĐT': 'giáo dục và đào tạo',
  GDĐT: 'giáo dục và đào tạo',
  'NN&MT': 'nông nghiệp và môi trường',
  NNMT: 'nông nghiệp và môi trường',
  'NN&PTNT': 'nông nghiệp và phát triển nông thôn',
  'TN&MT': 'tài nguyên và môi trường',
  TNMT: 'tài nguyên và môi trường',
  'LĐTB&XH': 'lao động thương binh và xã hội',
  'LĐ-TB&XH': 'lao động thương binh và xã hội',
  LĐTBXH: 'lao động thương binh và xã hội',
  'TT&TT': 'thông tin và truyền thông',
  TTTT: 'thông tin và truyền thông',
  GTVT: 'giao thông vận tải',
  BHXH: 'bảo hiểm xã hội',
  KBNN: 'kho bạc nhà nước',
  NHNN: 'ngân hàng nhà nước',
  KKT: 'khu kinh tế',
  KCN: 'khu công nghiệp',
  CCN: 'cụm công nghiệp',
  ĐTXD: 'đầu tư xây dựng',
  CNTT: 'công nghệ thông tin',
  CQ: 'cơ quan',
  ĐV: 'đơn vị',
  VP: 'văn phòng',
  BTV: 'ban thường vụ',
  TU: 'thành ủy',
  CTY: 'công ty',
  TCT: 'tổng công ty',
  HTX: 'hợp tác xã',
  ATTP: 'an toàn thực phẩm',
};

const TABLE = new Map(Object.entries(ABBREVIATIONS).map(([k, v]) => [k.toLocaleUpperCase('vi'), v]));
const TOKEN_RE = /[\p{L}\p{N}&.\-]+/gu;

/** Every key has two capitals in a row (or is "Tp", "Cty"): a text with neither has nothing to expand. */
const MAY_HOLD_ONE_RE = /\p{Lu}\p{Lu}|Tp|Cty/u;

export function expandAbbreviations(s: string): string {
  if (!MAY_HOLD_ONE_RE.test(s)) return s;
  return s.replace(TOKEN_RE, (tok) => {
    // Only all-capital writings are abbreviations ("Tp." and "Cty" also count); "tu" or "vp" in prose
    // are not. Checked first: most words of a text have a lower-case letter, and leave at once.
    const upper = tok.toUpperCase();
    if (upper !== tok && !/^Tp\.?$|^Cty$/.test(tok)) return tok;
    const hit = TABLE.get(upper) ?? TABLE.get(upper.replace(/\.$/, ''));
    if (!hit) return tok;
    return tok.endsWith('.') && !TABLE.has(upper) ? `${hit} ` : hit;
  });
}
