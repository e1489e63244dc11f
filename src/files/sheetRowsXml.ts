/**
 * A plan table's body rows as worksheet XML, written straight into a streaming sheet. ExcelJS's own
 * row path (Row and Cell objects, their models, the xforms, an XML builder per row) costs about
 * 2 µs a cell and most of a big report's garbage; a row here is one string built from the plan's
 * values, with the style ids and shared-string ids ExcelJS's registries hand out, so the package
 * says exactly what ExcelJS would have written: same `<c>` shapes, same `s=`, same number formats.
 * Dates are Excel day numbers computed from the ISO date itself (ExcelJS converts a local-midnight
 * Date without its time zone offset: east of Greenwich that is the evening before).
 */
import ExcelJS from 'exceljs';
import { isoToExcelSerial } from '../core/isoDate';
import type { PlanCell, PlanColumn } from '../core/plans/sheetPlan';
import { columnLetter } from './streamedTables';
import type { StreamBook } from './exceljsStream';

type Style = Partial<ExcelJS.Style>;

/** ExcelJS's xmlEncode: the five entities, and the control characters XML 1.0 cannot carry dropped. */
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function xmlText(s: string): string {
  return XML_SPECIAL.test(s) ? s.replace(XML_SPECIAL_ALL, (c) => ENTITIES[c] ?? '') : s;
}

/** The cell kinds a plan value becomes (ExcelJS picks a style's default number format by them). */
const { Null, Number: NumberType, String: StringType, Date: DateType } = ExcelJS.ValueType;

/**
 * Renders rows for one sheet's columns. `styles[i]` is column i's style object for the row's fill;
 * the id of each (style object, value type) is asked of ExcelJS once and remembered.
 */
export class SheetRowsXml {
  private readonly letters: string[];
  private readonly ids = new WeakMap<Style, number[]>();
  private readonly serials = new Map<string, number>();
  private readonly spans: string;

  constructor(
    private readonly book: StreamBook,
    private readonly columns: PlanColumn[],
  ) {
    this.letters = columns.map((_, i) => columnLetter(i + 1));
    this.spans = `1:${columns.length}`;
  }

  private styleId(style: Style, type: ExcelJS.ValueType): number {
    let byType = this.ids.get(style);
    if (!byType) this.ids.set(style, (byType = []));
    return (byType[type] ??= this.book.styles.addStyleModel(style, type));
  }

  private serial(iso: string): number {
    let n = this.serials.get(iso);
    if (n === undefined) this.serials.set(iso, (n = isoToExcelSerial(iso)));
    return n;
  }

  private cell(ref: string, value: PlanCell, column: PlanColumn, style: Style): string {
    if (value === null || (value === '' && column.kind !== 'text')) {
      const s = this.styleId(style, Null);
      return s ? `<c r="${ref}" s="${s}"/>` : '';
    }
    if (typeof value === 'number') return `<c r="${ref}"${this.sAttr(style, NumberType)}><v>${value}</v></c>`;
    if (column.kind === 'date') return `<c r="${ref}"${this.sAttr(style, DateType)}><v>${this.serial(value)}</v></c>`;
    const s = this.sAttr(style, StringType);
    if (this.book.useSharedStrings) return `<c r="${ref}"${s} t="s"><v>${this.book.sharedStrings.add(value)}</v></c>`;
    return `<c r="${ref}"${s} t="str"><v>${xmlText(value)}</v></c>`;
  }

  private sAttr(style: Style, type: ExcelJS.ValueType): string {
    const s = this.styleId(style, type);
    return s ? ` s="${s}"` : '';
  }

  /** Row `r` (1-based) of plan values, each cell styled with `styles[i]`. */
  row(r: number, values: PlanCell[], styles: Style[]): string {
    let xml = `<row r="${r}" spans="${this.spans}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < this.columns.length; i++) {
      xml += this.cell(`${this.letters[i]}${r}`, values[i] ?? null, this.columns[i]!, styles[i]!);
    }
    return xml + '</row>';
  }
}
