import { comparisonKey } from '../text';

const STATUS_RE =
  /^(da |dang |chua |khong |cham |bi )?(hoan thanh|thuc hien|trien khai|ban hanh|xong|dung han|qua han|tre han|cham|moi|thuc hien moi)\b|^(done|completed|in progress|not started|ongoing|overdue|late|pending)\b/;

/** Does a short cell read like a progress status ("Đã hoàn thành", "Đang thực hiện", "Thực hiện mới")? */
export function looksLikeStatus(text: string): boolean {
  if (text.length > 80) return false;
  return STATUS_RE.test(comparisonKey(text));
}
