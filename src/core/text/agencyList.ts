/**
 * Cells that name agencies: split a list into the bodies it names, and tell a named body from a
 * collective or vague one ("Các sở, ban, ngành liên quan").
 */
import { normalizeText } from './normalizeText';

const HEAD_WORDS = [
  'Sở',
  'Ban',
  'Bộ',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'UB',
  'Hội đồng',
  'HĐND',
  'Công an',
  'Thanh tra',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Văn phòng',
  'Viện',
  'Trường',
  'Trung tâm',
  'Tòa án',
  'Toà án',
  'Liên đoàn',
  'Hội',
  'Đài',
  'Báo',
  'Kho bạc',
  'Ngân hàng',
  'Thuế',
  'Hải quan',
  'Bảo hiểm',
  'Tập đoàn',
  'Tổng công ty',
  'Công ty',
  'Đoàn',
  'Mặt trận',
  'Thành ủy',
  'Thành uỷ',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Đảng ủy',
  'Quân khu',
  'Cảng vụ',
  'Các',
  'các',
  'Tổng Thanh tra',
  'EVN',
  'Bộ Chỉ huy',
  'Bộ Tư lệnh',
  'Hiệp hội',
  'Phòng',
];
const HEAD_RE = new RegExp(`^(${HEAD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=\\s|$|:)`, 'u');
const BULLET_RE = /^[-+•–]\s*/;

/** Split on `sep` only where the next piece starts like an agency name; elsewhere keep `joiner`. */
function splitOnHeads(part: string, sep: RegExp, joiner: string): string[] {
  const pieces = part.split(sep);
  const out: string[] = [];
  for (const piece of pieces) {
    const p = piece.trim();
    if (out.length > 0 && !HEAD_RE.test(p)) out[out.length - 1] += joiner + p;
    else out.push(p);
  }
  return out;
}

const splitCache = new Map<string, string[]>();

export function splitAgencies(s: string): string[] {
  if (!s) return [];
  const hit = splitCache.get(s);
  if (hit) return [...hit];
  const parts = splitAgenciesUncached(s);
  if (splitCache.size > 20000) splitCache.clear();
  splitCache.set(s, parts);
  return [...parts];
}

function splitAgenciesUncached(s: string): string[] {
  const text = s.normalize('NFC');
  const lines = text.split(/\r?\n|;/u).map((l) => normalizeText(l).replace(BULLET_RE, ''));
  const out: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    // "Các Sở: Tài chính, Nông nghiệp …" enumerates one kind of body: keep it whole.
    if (/^(Các|các)\s+[^,:]+:/u.test(line)) {
      out.push(line);
      continue;
    }
    // "Sở Tài chính - Sở Tư pháp" names two bodies; "Phòng Tài chính - Kế hoạch" one.
    for (const d of splitOnHeads(line, /\s+[-–]\s+/u, ' - ')) {
      for (const a of splitOnHeads(d, /\s*,\s*/, ', '))
        for (const b of splitOnHeads(a, /\s+và\s+(?=các\s)/u, ' và ')) out.push(b);
    }
  }
  return out.map((p) => p.replace(/[.;,]+$/, '').trim()).filter(Boolean);
}

const COLLECTIVE_RE =
  /^(các|cac)\s|^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(các|\d+)\s|^(sở|bộ), (ban, )?ngành|^cơ quan ngang bộ|(có )?liên quan$|theo phân công$|được giao$|^(các )?địa phương$|^(sở|bộ), ngành, địa phương/iu;

export function isCollectiveAgency(s: string): boolean {
  return COLLECTIVE_RE.test(normalizeText(s).replace(/[.;]+$/, ''));
}
