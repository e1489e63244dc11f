/**
 * The key of a supervising leader: the person, whatever titles surround the name. "PCT Nguyễn Văn A",
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn A" and "Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh" are one
 * leader. A cell that names no person ("Chủ tịch UBND tỉnh") keeps its whole key.
 */
import { comparisonKey } from './comparisonKey';

/** Titles, forms of address and bodies, on comparison keys (lower case, no diacritics, abbreviations expanded). */
const TITLE_RE = new RegExp(
  [
    '\\b(dong chi|d c|dc|ong|ba)\\b',
    '\\b(pho )?(chu tich|bi thu|giam doc|truong ban|truong phong|thu truong|bo truong|tong giam doc|chanh van phong|chanh thanh tra)( thuong truc)?\\b',
    '\\b(pct|ct|pbt|bt|gd|pgd|ptb|tb)\\b',
    '\\b(uy vien|thuong truc|thuong vu|lanh dao|phu trach|chi dao)\\b',
    '\\b(uy ban nhan dan|hoi dong nhan dan|tinh uy|thanh uy|huyen uy|dang uy|mat tran to quoc)( (tinh|thanh pho|huyen|quan|thi xa|xa|phuong))?\\b',
  ].join('|'),
  'g',
);

export function personKey(text: string): string {
  const full = comparisonKey(text);
  const rest = full.replace(TITLE_RE, ' ').replace(/\s+/g, ' ').trim();
  // A Vietnamese personal name has two to five words.
  const words = rest ? rest.split(' ').length : 0;
  return words >= 2 && words <= 5 ? rest : full;
}
