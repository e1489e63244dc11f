/**
 * Load an .xlsx into the fake's model through ExcelJS: values, number formats, bold, font names, fills,
 * merges. Rich text becomes its runs joined in the cell's font, as Office.js reports one font per cell.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isoToExcelSerial } from '../../src/core/isoDate';
import { addSheet, key, newWorkbook, type WorkbookModel } from './model';
import { parseAddress } from './model';

function isoFromUtc(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export async function fakeWorkbookFromXlsx(path: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const model = newWorkbook(basename(path));
  for (const ws of wb.worksheets) {
    const sheet = addSheet(model, ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        let v = cell.value as unknown;
        let formula: string | undefined;
        let error = false;
        if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as Record<string, unknown>;
          if ('formula' in o || 'sharedFormula' in o) {
            formula = `=${String(o.formula ?? o.sharedFormula)}`;
            v = o.result ?? null;
          }
        }
        if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as Record<string, unknown>;
          if (Array.isArray(o.richText)) v = (o.richText as { text: string }[]).map((t) => t.text).join('');
          else if ('error' in o) {
            v = String(o.error);
            error = true;
          } else if ('text' in o) v = typeof o.text === 'string' ? o.text : String(o.text);
          else v = null;
        }
        let numberFormat = cell.numFmt || 'General';
        if (v instanceof Date) {
          const y = v.getUTCFullYear();
          // A serial outside Excel's calendar stays the number Excel holds (ExcelJS made a Date of it).
          v =
            y >= 1900 && y <= 9999
              ? isoToExcelSerial(isoFromUtc(v))
              : Math.round((v.getTime() / 86400000 + 25569) * 1e10) / 1e10;
          if (Number.isNaN(v)) return;
          if (numberFormat === 'General') numberFormat = 'dd/mm/yyyy';
        }
        if (v === null || v === undefined || v === '') return;
        const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        sheet.cells.set(key(r - 1, c - 1), {
          value: v as string | number | boolean,
          numberFormat,
          ...(formula ? { formula } : {}),
          ...(error ? { error } : {}),
          ...(cell.font?.bold ? { bold: true } : {}),
          ...(cell.font?.name ? { fontName: cell.font.name } : {}),
          ...(fill ? { fill: `#${fill.slice(-6)}` } : {}),
        });
      });
    });
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) sheet.merges.push(parseAddress(m));
  }
  return model;
}
