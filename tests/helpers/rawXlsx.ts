/** Hand-written .xlsx packages for the readers' tests: one sheet from rows of inline strings, plus raw XML. */
import JSZip from 'jszip';
import { columnLetter } from '../../src/core/a1';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `<row>` elements for rows of text from `top` (0-based), column A on. */
export function rowsXml(rows: string[][], top = 0): string {
  return rows
    .map((r, i) => {
      const cells = r
        .map((v, c) =>
          v === '' ? '' : `<c r="${columnLetter(c)}${top + i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
        )
        .join('');
      return `<row r="${top + i + 1}">${cells}</row>`;
    })
    .join('');
}

/** A one-sheet workbook: `sheetData` inside <sheetData>, `after` after it (mergeCells …), `before` before it (dimension …). */
export async function rawXlsx(
  sheetData: string,
  { after = '', before = '', sheetName = 'Phụ lục' }: { after?: string; before?: string; sheetName?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet xmlns="${NS}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A small appendix table: a header and three tasks. */
export const SMALL_TABLE: string[][] = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
  ['1', 'Xây dựng kế hoạch chuyển đổi số của tỉnh', 'Sở Khoa học và Công nghệ', '30/6/2026'],
  ['2', 'Rà soát thủ tục hành chính trên môi trường điện tử', 'Văn phòng UBND tỉnh', 'Quý III/2026'],
  ['3', 'Tổ chức tập huấn kỹ năng số cho cán bộ', 'Sở Nội vụ', 'Tháng 12/2026'],
];
