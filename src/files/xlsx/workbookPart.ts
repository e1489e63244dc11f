/** `xl/workbook.xml`: the sheets in tab order, their visibility, the defined names and the date system. */
import { parseXmlText } from './xmlEvents';

export interface SheetEntry {
  name: string;
  /** The relationship id of its part. */
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedNameEntry {
  name: string;
  /** Set for a name scoped to one sheet (its 0-based tab index). */
  localSheetId?: number;
  /** The formula as written ("'Phụ lục'!$A$5:$H$80"). */
  formula: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  /** The 1904 date system (serial 0 = 1904-01-01), set by Excel for Mac workbooks of old. */
  date1904: boolean;
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
  let name: DefinedNameEntry | null = null;
  parseXmlText(xml, {
    open(tag, a, selfClosing) {
      if (tag === 'sheet') {
        const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        if (a.name !== undefined) out.sheets.push({ name: a.name, relId, state });
      } else if (tag === 'workbookPr') out.date1904 = isTrue(a.date1904);
      else if (tag === 'definedName' && a.name !== undefined) {
        name = { name: a.name, formula: '' };
        if (a.localSheetId !== undefined) name.localSheetId = Number(a.localSheetId);
        if (selfClosing) {
          out.definedNames.push(name);
          name = null;
        }
      }
    },
    text(t) {
      if (name) name.formula += t;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        out.definedNames.push(name);
        name = null;
      }
    },
  });
  return out;
}
