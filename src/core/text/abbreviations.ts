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

export function expandAbbreviations(s: string): string {
  return s.replace(TOKEN_RE, (tok) => {
    const upper = tok.toLocaleUpperCase('vi');
    const hit = TABLE.get(upper) ?? TABLE.get(upper.replace(/\.$/, ''));
    if (!hit) return tok;
    // Only all-capital writings are abbreviations ("Tp." also counts); "tu" or "vp" in prose are not.
    const letters = tok.replace(/[^\p{L}]/gu, '');
    const caps = letters === letters.toLocaleUpperCase('vi') || /^Tp\.?$|^Cty$/.test(tok);
    if (!caps) return tok;
    return tok.endsWith('.') && !TABLE.has(upper) ? `${hit} ` : hit;
  });
}
