/** Why a file was refused as too large, in every language: the limit it passed, its bound, and what to do. */
import type { ReadLimitName } from '../readLimits';
import type { Lang } from './lang';

const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/** 2000000 → "2.000.000" (vi) / "2,000,000" (en). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang]).format(n);
}

const WHAT: Record<ReadLimitName, Record<Lang, (max: string) => string>> = {
  size: {
    vi: (max) => `nội dung giải nén của tệp vượt ${max} byte`,
    en: (max) => `its uncompressed content is over ${max} bytes`,
  },
  cells: {
    vi: (max) => `tệp có hơn ${max} ô chứa dữ liệu`,
    en: (max) => `it has more than ${max} cells holding data`,
  },
  'merged-area': {
    vi: (max) => `các vùng gộp ô phủ hơn ${max} ô`,
    en: (max) => `its merged areas cover more than ${max} cells`,
  },
  columns: {
    vi: (max) => `một dòng có hơn ${max} cột (giới hạn của Excel)`,
    en: (max) => `a row has more than ${max} columns (Excel's own limit)`,
  },
  rows: {
    vi: (max) => `một trang tính có hơn ${max} dòng (giới hạn của Excel)`,
    en: (max) => `a sheet has more than ${max} rows (Excel's own limit)`,
  },
  span: {
    vi: (max) => `các dòng trải trên hơn ${max} ô (tính từ cột A tới ô có dữ liệu cuối cùng của mỗi dòng)`,
    en: (max) => `its rows span more than ${max} cells (from column A to each row's last cell with data)`,
  },
};

/** "quá lớn để đọc: … (giới hạn …) ở trang tính “X”. Hãy …": the reason part of a refusal. */
export function tooLargeReason(limit: ReadLimitName, max: number, sheet: string | null, lang: Lang): string {
  const what = WHAT[limit][lang](formatCount(max, lang));
  if (lang === 'en')
    return `too large to read: ${what}${sheet ? ` (sheet “${sheet}”)` : ''}. Delete the unused cells, rows and columns, or move the appendix table to a file of its own.`;
  return `quá lớn để đọc: ${what}${sheet ? ` (trang tính “${sheet}”)` : ''}. Hãy xóa các ô, dòng, cột thừa hoặc chuyển bảng phụ lục sang một tệp riêng.`;
}
