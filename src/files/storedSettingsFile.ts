/**
 * The add-in's settings kept inside an .xlsx, read without Office: the playground's very hidden sheet
 * (its cell A1 holds the JSON) and Excel's `Workbook.settings`, which Excel saves in the package as
 * `xl/webextensions/webextension*.xml` (`<we:property name="…" value="…"/>`, the value JSON-encoded).
 * Both are read through the stored-settings schema of src/workbookPort.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SETTINGS_SHEET } from '../excelJsPort/excelJsWorkbookPort';
import { parseStoredSettings, SETTINGS_KEY, type StoredSettings } from '../workbookPort/storedSettings';

export { SETTINGS_SHEET };

const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }[e.toLowerCase()]!;
  });
}

/** The `we:property` values of one webextension part, by name. */
export function webExtensionProperties(xml: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(a[1]!, decodeXml(a[2] ?? a[3]!));
    const name = attrs.get('name');
    const value = attrs.get('value');
    if (name !== undefined && value !== undefined) props.set(name, value);
  }
  return props;
}

/** Excel's Workbook.settings entry of the add-in, when the package has one. */
async function fromWebExtensions(bytes: Uint8Array): Promise<StoredSettings | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  for (const name of Object.keys(zip.files)
    .filter((n) => WEB_EXTENSION_PART.test(n))
    .sort()) {
    const raw = webExtensionProperties(await zip.file(name)!.async('string')).get(SETTINGS_KEY);
    if (raw === undefined) continue;
    let value: unknown = raw;
    try {
      value = JSON.parse(raw); // Office keeps each setting JSON-encoded; the add-in's is itself a JSON string
    } catch {
      // not JSON-encoded: hand the text as it is to the schema
    }
    return parseStoredSettings(value);
  }
  return null;
}

function fromHiddenSheet(wb: ExcelJS.Workbook): StoredSettings | null {
  const raw = wb.getWorksheet(SETTINGS_SHEET)?.getCell('A1').value;
  return typeof raw === 'string' ? parseStoredSettings(raw) : null;
}

/**
 * The settings stored in a workbook, or null. Excel's own store first: a playground download opened
 * and corrected in Excel keeps the playground's sheet, but the add-in in Excel writes Workbook.settings.
 */
export async function readStoredSettings(wb: ExcelJS.Workbook, bytes: Uint8Array): Promise<StoredSettings | null> {
  return (await fromWebExtensions(bytes)) ?? fromHiddenSheet(wb);
}
