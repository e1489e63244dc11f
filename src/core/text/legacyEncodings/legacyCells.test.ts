import { textCell, type Cell } from '../../grid';
import { encodeLegacy } from './convert';
import { cellInEncoding, cellInFont, cellInRuns, convertByContent, legacyConversions } from './legacyCells';
import { legacyFont } from './fonts';

const tcvn3 = (s: string) => encodeLegacy(s, 'tcvn3')!;
const vni = (s: string) => encodeLegacy(s, 'vni')!;

describe('legacy fonts', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.vntime', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['VNI-Times', 'vni', false],
    ['vni-helve', 'vni', false],
  ])('%s → %s (upper case: %p)', (name, encoding, upper) => {
    expect(legacyFont(name)).toEqual({ encoding, upper });
  });
  it.each(['Times New Roman', 'Calibri', 'VNtimes new roman', 'VN-Times', '', undefined])('%p is not one', (name) =>
    expect(legacyFont(name)).toBeNull(),
  );
});

describe('cells in a legacy font', () => {
  it('converts text in .VnTime, .VnTimeH and VNI-Times, and says so', () => {
    expect(cellInFont(textCell(tcvn3('Sở Tài chính')), legacyFont('.VnTime'))).toEqual({
      value: 'Sở Tài chính',
      text: 'Sở Tài chính',
      legacy: 'tcvn3',
    });
    expect(
      cellInFont(textCell(encodeLegacy('Ủy ban nhân dân', 'tcvn3', { upperFont: true })!), legacyFont('.VnTimeH')),
    ).toMatchObject({ text: 'ỦY BAN NHÂN DÂN', legacy: 'tcvn3' });
    expect(cellInFont(textCell(vni('Ủy ban nhân dân')), legacyFont('VNI-Times'))).toMatchObject({
      text: 'Ủy ban nhân dân',
      legacy: 'vni',
    });
  });

  it('leaves Unicode text in a legacy font, numbers, errors and cells in other fonts', () => {
    for (const text of ['Sở Tài chính', 'Tài chính', 'Hà Nội', 'STT'])
      expect(cellInFont(textCell(text), legacyFont('.VnTime'))).toEqual(textCell(text));
    expect(cellInFont(textCell('Tài chính'), legacyFont('VNI-Times'))).toEqual(textCell('Tài chính'));
    const n: Cell = { value: 12, text: '12' };
    expect(cellInFont(n, legacyFont('.VnTime'))).toBe(n);
    const e: Cell = { value: '#N/A', text: '#N/A', error: true };
    expect(cellInFont(e, legacyFont('.VnTime'))).toBe(e);
    const t = textCell(tcvn3('Sở Tài chính'));
    expect(cellInFont(t, legacyFont('Times New Roman'))).toBe(t);
  });

  it('converts rich text run by run, each in its own font or the cell’s', () => {
    // "Ủ" in .VnTimeH (the ABC way to type an upper-case letter with a tone), the rest in .VnTime.
    const runs = [
      { text: encodeLegacy('ủ', 'tcvn3')!, font: '.VnTimeH' },
      { text: tcvn3('y ban nhân dân') },
      { text: ' (Unicode)', font: 'Times New Roman' },
    ];
    const cell = textCell(runs.map((r) => r.text).join(''));
    expect(cellInRuns(cell, runs, legacyFont('.VnTime'))).toMatchObject({
      text: 'Ủy ban nhân dân (Unicode)',
      legacy: 'tcvn3',
    });
    expect(cellInRuns(cell, runs.slice(2), legacyFont('.VnTime'))).toBe(cell);
  });

  it('converts every cell of a text file in its encoding', () => {
    expect(cellInEncoding(textCell(vni('Thời hạn')), 'vni')).toMatchObject({ text: 'Thời hạn', legacy: 'vni' });
    const ascii = textCell('STT');
    expect(cellInEncoding(ascii, 'vni')).toBe(ascii);
  });
});

describe('cells by content, their font lost', () => {
  const texts = ['Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Xây dựng kế hoạch', 'Sở Tài chính', 'Quý IV/2025'];

  it('converts a sheet typed in TCVN3 or VNI', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      const rows = [texts.map((t) => textCell(encodeLegacy(t, enc)!)), [textCell('STT'), { value: 1, text: '1' }]];
      convertByContent(rows);
      expect(rows[0]!.map((c) => c.text)).toEqual(texts);
      // "Quý" is the same in TCVN3 as in Unicode: nothing to convert, so not marked.
      const changed = enc === 'tcvn3' ? 5 : 6;
      expect(rows[0]!.map((c) => c.legacy)).toEqual(texts.map((_, i) => (i < changed ? enc : undefined)));
      expect(rows[1]!.map((c) => c.legacy)).toEqual([undefined, undefined]);
      expect(legacyConversions(rows)).toEqual([{ encoding: enc, count: changed, row: 0, col: 0 }]);
    }
  });

  it('leaves a Unicode sheet, and a sheet with too little evidence', () => {
    const rows = [[...texts, 'Tài chính', 'Giám sát', 'Hà Tây', 'Bà Rịa'].map(textCell)];
    const before = JSON.stringify(rows);
    convertByContent(rows);
    expect(JSON.stringify(rows)).toBe(before);
    const few = [[textCell(tcvn3('Thời hạn'))]];
    convertByContent(few);
    expect(few[0]![0]!.legacy).toBeUndefined();
  });
});
