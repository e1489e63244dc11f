/**
 * A small master appendix for the reporting cycle's tests: a title block with the document's date,
 * sections, a task continued on the row below, two tasks with the same text for two agencies, a task
 * with two lead agencies, one with none, and two spellings of one agency.
 */
import { sheetFromValues, type RawValue, type WorkbookGrid } from '../../src/core/grid';
import type { ScannedFile } from '../../src/core/report/schema';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { settings } from './scan';

export const MASTER_ROWS: RawValue[][] = [
  ['PHỤ LỤC'],
  ['DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026'],
  ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh)'],
  [],
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Ghi chú'],
  ['I', 'CẢI CÁCH HÀNH CHÍNH'],
  [1, 'Xây dựng kế hoạch cải cách hành chính năm 2026', 'Sở Nội vụ', 'Các sở, ngành', 'Quý I/2026', null],
  [2, 'Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết', 'Sở Tư pháp', null, '30/06/2026', null],
  [3, 'Triển khai chuyển đổi số trong các cơ quan nhà nước', 'Sở Khoa học và Công nghệ', null, 'Quý IV/2026', null],
  [null, 'trên địa bàn tỉnh, kết nối liên thông dữ liệu', null, null, null, null],
  ['II', 'PHÁT TRIỂN KINH TẾ'],
  [4, 'Báo cáo tình hình thực hiện Nghị quyết', 'Sở Nội vụ', null, 'Tháng 6/2026', null],
  [5, 'Báo cáo tình hình thực hiện Nghị quyết', 'Sở Tư pháp', null, 'Tháng 6/2026', null],
  [6, 'Xây dựng đề án phát triển du lịch biển đảo', 'Sở Văn hoá, Thể thao và Du lịch', null, 'Năm 2026', 'Trình HĐND'],
  [7, 'Tổ chức hội nghị xúc tiến đầu tư vào khu kinh tế', 'Sở Tài chính; Sở Công Thương', null, 'Quý III/2026', null],
  [8, 'Kiểm tra công tác phòng cháy chữa cháy tại chợ', null, null, 'Quý II/2026', null],
  [
    9,
    'Hoàn thiện hồ sơ công nhận điểm du lịch cộng đồng',
    'Sở Văn hóa, Thể thao và Du lịch',
    null,
    'Tháng 9/2026',
    null,
  ],
];

export const MASTER_SHEET = 'PL 1';

export function masterGrid(rows: RawValue[][] = MASTER_ROWS): WorkbookGrid {
  const sheet = sheetFromValues(MASTER_SHEET, rows);
  return { sheets: [{ ...sheet, merges: [], mergesKnown: true }] };
}

export function scanMaster(grid: WorkbookGrid, path = 'ke-hoach-12.xlsx'): ScannedFile {
  return scanWorkbook(grid, path, settings());
}
