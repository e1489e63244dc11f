/**
 * Read a status cell ("Đã hoàn thành", "Hoàn thành quá hạn", "Đang thực hiện", "Chưa thực hiện" …)
 * into what it says about completion and timeliness.
 */
import { comparisonKey } from '../text';

export interface StatusReading {
  /** done: finished; open: started or not; null: empty or not understood. */
  progress: 'done' | 'open' | null;
  /** What the status says about timeliness, when it says anything. */
  timing: 'on-time' | 'late' | null;
}

const LATE = /\b(qua han|tre han|cham|muon|khong dung han|late|overdue|delayed)\b/;
const ON_TIME = /\b(dung han|trong han|truoc han|dung tien do|on time|on schedule)\b/;
const OPEN =
  /\b(chua hoan thanh|chua thuc hien|chua trien khai|dang thuc hien|dang trien khai|dang hoan thanh|dang xay dung|thuc hien moi|chua|dang|in progress|not started|ongoing|open|pending|started)\b/;
const DONE =
  /\b(da hoan thanh|hoan thanh|da thuc hien xong|xong|da ban hanh|da trien khai|done|completed|complete|finished)\b/;

export function readStatus(text: string): StatusReading {
  const key = comparisonKey(text);
  if (!key) return { progress: null, timing: null };
  const timing = LATE.test(key) ? 'late' : ON_TIME.test(key) ? 'on-time' : null;
  if (OPEN.test(key)) return { progress: 'open', timing };
  if (DONE.test(key)) return { progress: 'done', timing };
  return { progress: null, timing };
}
