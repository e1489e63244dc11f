/**
 * Generates appendix workbooks of a given number of task rows, shaped like the family: title block,
 * header, section rows, tasks with Vietnamese deadlines, repeated headers at "page breaks" and rows
 * split across them (continuations).
 */
import ExcelJS from 'exceljs';

const HEADER = [
  'STT',
  'Nhiệm vụ',
  'Kết quả/Sản phẩm',
  'Thời hạn',
  'Cơ quan chủ trì',
  'Cơ quan, đơn vị phối hợp',
  'Thẩm quyền',
];
const LEADS = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Văn hoá, Thể thao và Du lịch',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Công an thành phố',
  'Ban Quản lý Khu kinh tế',
  'Sở Tư pháp',
];
const DEADLINES = [
  'Tháng 12/2026',
  'Quý IV/2026',
  'Năm 2026',
  'Thường xuyên',
  'Quý II, III/2026',
  'Tháng 4,5/2026',
  'Trước 31/12/2026',
  'Quý IV/2026 - Quý II/2027',
  '30/06/2026',
  'Giai đoạn 2026 - 2030',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export async function generateAppendix(path: string, tasks: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['PHỤ LỤC']).commit();
  ws.addRow([`DANH MỤC ${tasks} NHIỆM VỤ (bảng sinh để đo tốc độ)`]).commit();
  ws.addRow(['(Kèm theo Kế hoạch số 99/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân thành phố)']).commit();
  ws.addRow(HEADER).commit();
  let section = 0;
  for (let i = 1; i <= tasks; i++) {
    if (i % 500 === 1) {
      ws.addRow([ROMAN[section % ROMAN.length], `Nhóm nhiệm vụ số ${section + 1}`]).commit();
      section++;
    }
    const lead = LEADS[i % LEADS.length]!;
    const row = [
      i,
      `Triển khai nhiệm vụ số ${i} về cải cách hành chính, chuyển đổi số và nâng cao chất lượng dịch vụ công trực tuyến trên địa bàn`,
      i % 7 === 0 ? '' : 'Kế hoạch của Ủy ban nhân dân thành phố',
      DEADLINES[i % DEADLINES.length]!,
      lead,
      'Các sở, ban, ngành; UBND các xã, phường, đặc khu',
      'Ủy ban nhân dân thành phố',
    ];
    if (i % 40 === 0) {
      // A page break in the middle of this task: first half, repeated header, second half.
      ws.addRow([row[0], row[1]!.toString().slice(0, 60), row[2], '', lead.slice(0, 4), row[5], row[6]]).commit();
      ws.addRow(HEADER).commit();
      ws.addRow(['', row[1]!.toString().slice(60), '', row[3], lead.slice(4).trimStart(), '', '']).commit();
    } else {
      ws.addRow(row).commit();
      if (i % 40 === 20) ws.addRow(HEADER).commit();
    }
  }
  ws.commit();
  await wb.commit();
}
