/**
 * What the names of public bodies and of people in office look like, for reading what a column holds.
 * Matched on the text in lower case with its diacritics kept (tone placement folded), since without
 * diacritics "Sở" (department) and "số" (number), "Bộ" (ministry) and "bộ" (set) collapse.
 */
import { expandAbbreviations } from '../text/abbreviations';
import { normalizeText } from '../text/normalizeText';
import { canonicalToneMarks } from '../text/toneMarks';

/** Lower case, diacritics kept, abbreviations (UBND, BQL, Sở KH&CN …) expanded. */
const keys = new Map<string, string>();
export function lexiconKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = canonicalToneMarks(expandAbbreviations(normalizeText(text))).toLocaleLowerCase('vi');
    if (keys.size > 50000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/**
 * The heads of public bodies' names. Each must be followed by a name (a body is never one word), and the
 * words that make the head an ordinary verb or noun are excluded ("ban hành", "báo cáo", "hội nghị").
 */
const BODY_HEAD =
  '(?:bộ(?! (?:trưởng|tiêu chí|công cụ|dữ liệu|hồ sơ|tài liệu|máy|chỉ số|quy tắc|luật))|sở|ban(?! (?:hành|đầu))|ủy ban|văn phòng|tổng cục|chi cục|cục|vụ(?! (?:việc|án))|công an|bộ chỉ huy|ban chỉ huy|bộ tư lệnh|kho bạc|ngân hàng|trung tâm|học viện|viện|đại học|trường|đài|báo(?! (?:cáo|chí))|hội đồng|hội(?! (?:nghị|thảo|chợ|thi|diễn))|liên đoàn|liên minh|đoàn|mặt trận|đảng ủy|đảng đoàn|tỉnh ủy|thành ủy|huyện ủy|quận ủy|ban quản lý|thanh tra|phòng(?!,| chống| ngừa| tránh)|tòa án|viện kiểm sát|bảo hiểm xã hội|tập đoàn|tổng công ty|công ty|chính phủ|quốc hội|kiểm toán|cơ quan|đơn vị|địa phương|chủ đầu tư|hợp tác xã|bộ phận|tổ(?! (?:chức|hợp|quốc))|nhóm(?! (?:giải pháp|nhiệm vụ))|bưu điện|cảng vụ|ủy ban nhân dân|hội đồng nhân dân)';
const BODY_RE = new RegExp(`^(?:các |những |trung ương |ban thường vụ )?${BODY_HEAD}(?=[\\s,;:.(-])`, 'u');
/** Collective leads written as a class of bodies: "Các bộ, ngành", "Các sở, ban, ngành", "Địa phương". */
const COLLECTIVE_RE = /^(?:các |những )?(?:bộ, ngành|sở, ban, ngành|sở, ngành|bộ, cơ quan|địa phương|ngành)\b/u;

const PERSON_TITLE =
  '(?:phó thủ tướng|thủ tướng|phó chủ tịch|chủ tịch|phó bí thư|bí thư|bộ trưởng|thứ trưởng|phó tổng giám đốc|tổng giám đốc|phó giám đốc|giám đốc|chánh văn phòng|phó chánh văn phòng|chánh thanh tra|trưởng ban|phó trưởng ban|trưởng phòng|phó trưởng phòng|cục trưởng|phó cục trưởng|vụ trưởng|phó vụ trưởng|viện trưởng|phó viện trưởng|hiệu trưởng|phó hiệu trưởng|thủ trưởng|tổng cục trưởng|đồng chí|đ/c|pct|ct|ông|bà|lãnh đạo)';
const PERSON_RE = new RegExp(`^${PERSON_TITLE}(?=[\\s.:,]|$)`, 'u');

/** Does a cell read like the name of a public body ("Sở Tài chính", "UBND các xã", "Các bộ, ngành")? */
export function looksLikeBody(text: string): boolean {
  if (!text || text.length > 200) return false;
  const key = lexiconKey(text);
  if (PERSON_RE.test(key)) return false;
  return BODY_RE.test(key) || COLLECTIVE_RE.test(key);
}

/** Does a cell read like a person in office, with or without a name ("Phó Chủ tịch Nguyễn Văn A", "Đ/c Hùng")? */
export function looksLikePerson(text: string): boolean {
  if (!text || text.length > 120) return false;
  return PERSON_RE.test(lexiconKey(text));
}
