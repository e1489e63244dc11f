/**
 * An .xlsx/.xlsm package → the engine's grid, streamed part by part: the workbook and its
 * relationships, the shared strings, the styles, then each worksheet in tab order. Also what the
 * add-in keeps in a workbook: the defined names and the web-extension parts (Excel's Workbook.settings).
 */
import type { SheetGrid } from '../../core/grid';
import { readSharedStrings } from './sharedStrings';
import { readSheetPart, type SheetContext } from './sheetPart';
import { parseStyles } from './styles';
import { parseWorkbookPart, type DefinedNameEntry, type SheetEntry } from './workbookPart';
import { directoryOf, parseRelationships, relationshipKind, relationshipsPartOf } from './relationships';
import type { ZipPackage } from './zipPackage';
import { ReadMeter } from '../../core/readLimits';

export interface XlsxSheet {
  grid: SheetGrid;
  state: SheetEntry['state'];
}

export interface XlsxContents {
  sheets: XlsxSheet[];
  definedNames: DefinedNameEntry[];
  /** The text of each `xl/webextensions/webextension*.xml` part, in name order. */
  webExtensions: string[];
}

/** The package holds no workbook part: not a spreadsheet, whatever its name says. */
export class NotAWorkbookError extends Error {
  constructor() {
    super('the package has no workbook part');
    this.name = 'NotAWorkbookError';
  }
}

const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

async function workbookPartName(pkg: ZipPackage): Promise<string> {
  const rootRels = pkg.find('_rels/.rels');
  const fromRels = rootRels
    ? parseRelationships(await pkg.text(rootRels), '').find((r) => relationshipKind(r.type) === 'officeDocument')
    : undefined;
  const name = pkg.find(fromRels?.target ?? 'xl/workbook.xml');
  if (!name) throw new NotAWorkbookError();
  return name;
}

/**
 * `meter`: the read limits (src/core/readLimits.ts). The parts read are counted by their declared
 * uncompressed sizes before any is inflated, so an inflation bomb is refused before it costs anything.
 */
export async function readXlsx(pkg: ZipPackage, meter = new ReadMeter()): Promise<XlsxContents> {
  const wbName = await workbookPartName(pkg);
  const workbook = parseWorkbookPart(await pkg.text(wbName));
  const relsName = pkg.find(relationshipsPartOf(wbName));
  const rels = relsName ? parseRelationships(await pkg.text(relsName), directoryOf(wbName)) : [];
  const partOfKind = (kind: string) => {
    const rel = rels.find((r) => !r.external && relationshipKind(r.type) === kind);
    return rel ? pkg.find(rel.target) : null;
  };
  const stringsPart = partOfKind('sharedStrings');
  const stylesPart = partOfKind('styles');
  const sheetParts = workbook.sheets.map((entry) => {
    const rel = rels.find((r) => r.id === entry.relId);
    // Chart and dialog sheets hold no cells.
    const part = rel && !rel.external && relationshipKind(rel.type) === 'worksheet' ? pkg.find(rel.target) : null;
    return { entry, part };
  });
  const webParts = pkg.names.filter((n) => WEB_EXTENSION_PART.test(n)).sort();
  for (const part of [wbName, relsName, stringsPart, stylesPart, ...sheetParts.map((s) => s.part), ...webParts])
    if (part) meter.bytes(pkg.size(part));
  const shared = stringsPart ? await readSharedStrings(await pkg.stream(stringsPart)) : null;
  const ctx: SheetContext = {
    strings: shared?.strings ?? [],
    legacyRuns: shared?.legacyRuns,
    styles: stylesPart ? parseStyles(await pkg.text(stylesPart)) : [],
    date1904: workbook.date1904,
    meter,
  };
  const sheets: XlsxSheet[] = [];
  for (const { entry, part } of sheetParts) {
    if (!part) continue;
    sheets.push({ grid: await readSheetPart(await pkg.stream(part), entry.name, ctx), state: entry.state });
  }
  const webExtensions: string[] = [];
  for (const name of webParts) webExtensions.push(await pkg.text(name));
  return { sheets, definedNames: workbook.definedNames, webExtensions };
}
