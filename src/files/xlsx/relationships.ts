/**
 * Package relationships (`_rels/*.rels`): which part is the workbook, where each sheet, the shared
 * strings and the styles live. Targets resolve against the part that owns the relationships.
 */
import { parseXmlText } from './xmlEvents';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the package (no leading slash), or the external address as written. */
  target: string;
  external: boolean;
}

/** "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"; an absolute target from the root. */
export function resolvePartName(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

export function directoryOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}

/** The relationships of the part whose directory is `ownerDir` ("" for the package root). */
export function parseRelationships(xml: string, ownerDir: string): Relationship[] {
  const out: Relationship[] = [];
  parseXmlText(xml, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      const external = a.TargetMode === 'External';
      out.push({
        id: a.Id,
        type: a.Type ?? '',
        target: external ? a.Target : resolvePartName(ownerDir, a.Target),
        external,
      });
    },
  });
  return out;
}

/** Relationship types end in their kind ("…/relationships/worksheet"); strict and transitional differ only before it. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}
