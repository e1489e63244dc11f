/**
 * `xl/styles.xml` → for each cell style index, the number format code, whether the font is bold and
 * the font's name (a legacy Vietnamese font, .VnTime or VNI-Times, says how the text is encoded): all
 * the engine reads of a cell's look. Built-in formats are known by their id.
 */
import { parseXmlText } from './xmlEvents';

export interface CellStyle {
  format: string;
  bold: boolean;
  /** The font's name, when the style names one. */
  font?: string;
}

/** ECMA-376 §18.8.30: the built-in number formats a file refers to by id without writing them out. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export const DEFAULT_STYLE: CellStyle = Object.freeze({ format: 'General', bold: false });

export function parseStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const fontNames: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let inFont = false;
  parseXmlText(xml, {
    open(name, a, selfClosing) {
      if (name === 'numFmts' || name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs')
        section = name;
      else if (name === 'numFmt' && section === 'numFmts') formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'font' && section === 'fonts') {
        boldFonts.push(false);
        fontNames.push(undefined);
        inFont = !selfClosing;
      } else if (name === 'b' && inFont) boldFonts[boldFonts.length - 1] = a.val !== '0' && a.val !== 'false';
      else if (name === 'name' && inFont) fontNames[fontNames.length - 1] = a.val;
      else if (name === 'xf' && section === 'cellXfs')
        xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0) });
    },
    close(name) {
      if (name === section) section = '';
      else if (name === 'font') inFont = false;
    },
  });
  return xfs.map(({ numFmtId, fontId }) => {
    const style: CellStyle = {
      format: formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId] ?? 'General',
      bold: boldFonts[fontId] ?? false,
    };
    const font = fontNames[fontId];
    if (font) style.font = font;
    return style;
  });
}
