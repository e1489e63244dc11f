/**
 * The add-in's settings kept inside an .xlsx, read without Office: the playground's very hidden sheet
 * (its cell A1 holds the JSON) and Excel's `Workbook.settings`, which Excel saves in the package as
 * `xl/webextensions/webextension*.xml` (`<we:property name="…" value="…"/>`, the value JSON-encoded).
 * Both are read through the stored-settings schema of src/workbookPort.
 */
import { parseStoredSettings, SETTINGS_KEY, SETTINGS_SHEET, type StoredSettings } from '../workbookPort/storedSettings';

export { SETTINGS_SHEET };

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

/** Excel's Workbook.settings entry of the add-in, from the package's web-extension parts (in name order). */
function fromWebExtensions(parts: readonly string[]): StoredSettings | null {
  for (const xml of parts) {
    const raw = webExtensionProperties(xml).get(SETTINGS_KEY);
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

/**
 * The settings stored in a workbook, or null. Excel's own store first: a playground download opened
 * and corrected in Excel keeps the playground's sheet, but the add-in in Excel writes Workbook.settings.
 * `settingsSheetA1` is the value in A1 of the playground's settings sheet, when the workbook has one.
 */
export function storedSettingsFrom(
  webExtensionParts: readonly string[],
  settingsSheetA1: unknown,
): StoredSettings | null {
  return (
    fromWebExtensions(webExtensionParts) ??
    (typeof settingsSheetA1 === 'string' ? parseStoredSettings(settingsSheetA1) : null)
  );
}
