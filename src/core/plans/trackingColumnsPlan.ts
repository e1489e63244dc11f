/**
 * "Thêm cột theo dõi": where the status and completion-date columns go for a table that lacks them,
 * what their headers say (words the recogniser maps back to those fields) and the status choices of
 * the dropdown (in the office practice, each read by readStatus).
 */
import { columnLetter, parseRangeAddress } from '../a1';
import { fieldLabel } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import type { ScannedTable } from '../report/schema';

export const STATUS_CHOICES = [
  'Hoàn thành đúng hạn',
  'Hoàn thành quá hạn',
  'Đang thực hiện',
  'Chưa thực hiện',
] as const;

export interface TrackingColumnsPlan {
  sheet: string;
  /** 1-based rows: the header row and the table's last row. */
  headerRow: number;
  lastRow: number;
  /** Column letters of the table's last column; the new columns go right after it. */
  afterColumn: string;
  headers: { status: string; completedOn: string };
  statusOptions: string[];
}

/** Null when the table already has a status or completion column. */
export function trackingColumnsPlan(table: ScannedTable, lang: Lang): TrackingColumnsPlan | null {
  if (table.columns.status !== undefined || table.columns.completedOn !== undefined) return null;
  const box = parseRangeAddress(table.range);
  if (!box) return null;
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    lastRow: box.bottom + 1,
    afterColumn: columnLetter(box.right),
    headers: { status: fieldLabel(lang, 'status'), completedOn: fieldLabel(lang, 'completedOn') },
    statusOptions: [...STATUS_CHOICES],
  };
}
