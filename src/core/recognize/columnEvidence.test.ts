import { sheetFromValues, textCell } from '../grid';
import { kindsOf, measureColumn } from './columnEvidence';

const kinds = (text: string) => kindsOf(text, textCell(text));

describe('kindsOf', () => {
  it.each([
    ['1', 'stt'],
    ['(12)', 'stt'],
    ['Sở Tài chính', 'body'],
    ['Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'person'],
    ['Quý IV/2026', 'deadline'],
    ['Thường xuyên', 'deadline'],
    ['15/03/2026', 'date'],
    ['Đang thực hiện (quá hạn)', 'status'],
    ['x', 'mark'],
    ['96.898', 'figure'],
    ['10h00', 'clock'],
    ['Quyết định số 1441/QĐ-UBND', 'citation'],
    ['Xây dựng và triển khai nền tảng dữ liệu dùng chung của tỉnh', 'prose'],
  ])('%s is %s', (text, kind) => expect(kinds(text)).toContain(kind));
  it('a year is a deadline, not a figure; a body is not prose', () => {
    expect(kinds('2026')).toContain('deadline');
    expect(kinds('2026')).not.toContain('figure');
    expect(kinds('Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương')).not.toContain('prose');
  });
});

describe('measureColumn', () => {
  const sheet = sheetFromValues('S', [
    ['Thời gian'],
    ['Quý I/2026'],
    [''],
    ['Năm 2026'],
    ['Khi có yêu cầu'],
    ['không rõ'],
  ]);
  const texts = sheet.rows.map((r) => r.map((c) => c.text));
  it('gives the share of the non-empty cells of each kind, skipping empty cells', () => {
    const ev = measureColumn(sheet, texts, 1, 6, 0);
    expect(ev.sampled).toBe(4);
    expect(ev.shares.deadline).toBe(0.75);
  });
  it('says nothing of a column with no cells', () => {
    expect(measureColumn(sheet, texts, 2, 3, 0).sampled).toBe(0);
  });
});
