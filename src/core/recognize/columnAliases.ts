/**
 * How header cells name each canonical column, across the family of appendix tables. Patterns run on
 * the header's comparison key (lower case, no diacritics, abbreviations expanded, punctuation as
 * spaces), so "Cơ quan (Đơn vị) chủ trì", "CHỦ TRÌ" and "Đơn vị chủ trì[1]" all read "... chu tri".
 * Each pattern carries a weight: how surely it names that field (1 = certain).
 */
import type { Field } from '../report/schema';

export interface AliasPattern {
  re: RegExp;
  weight: number;
}

const p = (re: RegExp, weight: number): AliasPattern => ({ re, weight });

export const COLUMN_ALIASES: Record<Field, AliasPattern[]> = {
  no: [
    p(/^(stt|tt|so tt|so thu tu|thu tu|s tt|no|nr|number|item|#)$/, 1),
    p(/^(stt|tt)\b/, 0.8),
    p(/^(ma|ma so|ma nhiem vu|ma nv|so hieu|id|code|ref)$/, 0.8),
  ],
  task: [
    p(/^(ten )?nhiem vu( trong tam| cu the| chu yeu| giai phap| va giai phap)?$/, 1),
    p(/^(ten )?(nhiem vu|de an|du an|nhiem vu du an|du an nhiem vu|nhiem vu de an)( du an| de an| nhiem vu)?$/, 1),
    p(/^noi dung( cong viec| nhiem vu| nhiem vu giai phap| thuc hien| trien khai| hoat dong)?$/, 0.95),
    p(/^noi dung nhiem vu$|^noi dung nhiem vu$/, 0.95),
    p(/^(cac )?(nhiem vu|giai phap|nhiem vu giai phap|cong viec|hoat dong)\b/, 0.85),
    p(/^ten (cong viec|hoat dong|chuong trinh|ke hoach)/, 0.85),
    p(/\bnhiem vu\b/, 0.6),
    p(/^(task|tasks|task description|activity|activities|action|actions|description)$/, 0.9),
    p(/^noi dung\b/, 0.5),
    // Columns named for what the rows are: schemes, projects, documents to draft, targets, recommendations.
    p(
      /^(ten |danh muc )?(de an|du an|chuong trinh|van ban|chi tieu|kien nghi|so lieu|chi so|cong trinh|de tai|san pham thong ke|thong tin)( \S+){0,3}$/,
      0.85,
    ),
    p(/^ten( \S+){1,4}$/, 0.6),
  ],
  output: [
    p(/^(ket qua|san pham)( dau ra| du kien| can dat)?$/, 1),
    p(/^ket qua san pham( dau ra| du kien)?$/, 1),
    p(/^(san pham|ket qua) (dau ra|du kien|can dat|chu yeu)\b/, 0.95),
    p(/^hinh thuc (san pham|van ban)|^hinh thuc$/, 0.8),
    p(/^ket qua thuc hien$/, 0.6),
    p(/^ket qua\b/, 0.7),
    p(/^(output|outputs|deliverable|deliverables|expected result|expected results|result|results)$/, 0.9),
    p(/\bsan pham\b/, 0.6),
  ],
  deadline: [
    p(/^(thoi han|han|han chot|thoi han hoan thanh|han hoan thanh)$/, 1),
    p(
      /^thoi gian( thuc hien| hoan thanh| trien khai| thuc hien hoan thanh| du kien hoan thanh| hoan thanh du kien| bat dau hoan thanh| trinh| ban hanh| ket thuc)?$/,
      1,
    ),
    // (Not the start of a two-row "Thời gian: Bắt đầu | Kết thúc": that is no deadline.)
    p(/^(?!.*\b(bat dau|khoi cong|tu ngay)\b)(thoi han|thoi gian|moc thoi gian|thoi diem)\b/, 0.9),
    // The sub-header under "Thời gian": the end is the deadline.
    p(/^(ket thuc|hoan thanh|den ngay|ngay ket thuc|ngay hoan thanh)$/, 0.8),
    p(/^tien do( hoan thanh| thuc hien)?$/, 0.55),
    p(/^(deadline|due|due date|timeline|time frame|timeframe|by when|target date|time)$/, 0.95),
    p(/^(?!.*\b(bat dau|khoi cong|tu ngay)\b).*\b(thoi han|thoi gian)\b/, 0.6),
    p(/^(nam|quy|thang|ngay) (hoan thanh|thuc hien|trinh|ban hanh|cong bo)\b/, 0.8),
  ],
  lead: [
    p(/^((co quan|don vi|co quan don vi|co quan don vi) )?chu tri( thuc hien)?$/, 1),
    p(/^(co quan|don vi|co quan don vi)( thuc hien)? chu tri\b/, 1),
    p(/\bchu tri\b/, 0.9),
    p(/^(co quan|don vi|co quan don vi) (thuc hien|chiu trach nhiem|phu trach|dau moi)$/, 0.8),
    p(/^(lead|lead agency|responsible|responsible agency|owner|in charge|lead unit)$/, 0.95),
    p(/^(phan cong|phan cong thuc hien|giao cho|don vi duoc giao|co quan duoc giao)$/, 0.7),
    // A kind of body alone ("Đơn vị", "Cơ quan"), or "Trách nhiệm": weak, so its cells must be bodies.
    p(/^(co quan|don vi|co quan don vi|don vi ca nhan|bo nganh|dia phuong|trach nhiem|trach nhiem thuc hien)$/, 0.6),
    // Read as words: a kind of body with a word of responsibility, in any order or wording.
    p(
      /^(?!.*\b(lanh dao|nguoi|dong chi|d c|chu tich|giam doc|bo truong|thu truong|thoi gian|thoi han|ngay|phoi hop)\b).*\b(co quan|don vi|ca nhan|bo nganh|dia phuong|to chuc|bo phan|phong ban|to|nhom)\b.*\b(thuc hien|dau moi|phu trach|chiu trach nhiem|tham muu|soan thao|trinh|tiep nhan|xu ly|duoc giao|trien khai|cong bo|xay dung|giao)\b/,
      0.8,
    ),
    p(
      /^(?!.*\b(lanh dao|nguoi|dong chi|d c|chu tich|giam doc|bo truong|thu truong|phoi hop)\b).*\b(dau moi|chu dau tu|chiu trach nhiem|phu trach|soan thao|tham muu)\b/,
      0.75,
    ),
  ],
  coordinating: [
    p(/^((co quan|don vi|co quan don vi) )?phoi hop( thuc hien)?$/, 1),
    p(/\bphoi hop\b/, 0.9),
    p(
      /^(coordinating|coordinating agenc(y|ies)|coordination|support|supporting|supporting agenc(y|ies)|cooperating agenc(y|ies)|in cooperation with|partners)$/,
      0.95,
    ),
  ],
  authority: [
    p(/^(tham quyen|cap trinh|cap ban hanh|tham quyen ban hanh|cap co tham quyen|co quan ban hanh|cap quyet dinh)$/, 1),
    p(/\b(tham quyen|cap trinh|cap phe duyet|cap ban hanh)\b/, 0.9),
    p(/^(authority|approving authority|approval|issuing authority)$/, 0.95),
  ],
  leader: [
    p(/\blanh dao\b.*\b(chi dao|phu trach|theo doi)\b/, 1),
    p(/^(lanh dao|nguoi dung dau|lanh dao phu trach)\b/, 0.9),
    p(/^nguoi (dung dau )?chiu trach nhiem\b|^nguoi phu trach\b/, 0.9),
    p(/^nguoi (chi dao|phu trach|theo doi|duyet)\b/, 0.9),
    // A person's title with a word of supervision: "Đồng chí phụ trách", "Phó Chủ tịch phụ trách".
    p(
      /^(dong chi|d c|pho chu tich|chu tich|pct|ct|pho giam doc|giam doc|pgd|gd|bo truong|thu truong)\b.*\b(phu trach|chi dao|theo doi)\b/,
      0.9,
    ),
    p(/^(leader|supervising leader|supervisor|directing leader|leader in charge)$/, 0.95),
  ],
  status: [
    p(/^(tinh hinh|tinh trang|trang thai|tien do thuc hien|muc do hoan thanh)( thuc hien)?$/, 1),
    p(/^(tinh hinh|tinh trang|trang thai)\b/, 0.9),
    // "Đánh giá" (assessment) holds status words in some trackers, a grade or remarks in others: below
    // the floor on its own, so only cells of status words map it.
    p(/^danh gia\b/, 0.45),
    p(/^ket qua( dat duoc| thuc hien nhiem vu)?$/, 0.45),
    p(/\bket qua danh gia\b/, 0.8),
    p(/^tien do( hoan thanh)?$/, 0.55),
    p(/^ket qua thuc hien$/, 0.55),
    p(/^(status|progress|state|implementation status)$/, 0.95),
  ],
  completedOn: [
    p(/^ngay hoan thanh( thuc te)?$|^thoi gian hoan thanh thuc te$|^ngay thuc hien xong$/, 0.9),
    p(/\b(thuc te)\b/, 0.7),
    p(/^(completed|completed on|completion date|date completed|done on|finished)$/, 0.95),
  ],
  note: [
    p(/^(ghi chu|chu thich|luu y)$/, 1),
    p(/^ghi chu\b/, 0.8),
    p(/^(note|notes|remark|remarks|comment|comments)$/, 1),
  ],
};
