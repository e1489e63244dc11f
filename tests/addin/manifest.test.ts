/**
 * Offline checks of the Office add-in manifest (manifest.xml) and its icons (assets/icon-*.png).
 * Nothing here reaches the network: the schema rules the add-in depends on are restated below
 * (element order from TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppManifestV1_1.xsd and
 * OfficeAppBasicTypesV1_0.xsd) and checked by `checkManifest`, which returns a list of problems.
 * Each rule is also run against a deliberately broken copy of the manifest to show it can fail.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pngSize } from '../helpers/pngSize';
import { encodePng, iconPng, ICON_SIZES } from '../../scripts/build-icons';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ASSETS = join(ROOT, 'assets');

const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

// ---------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's `preserveOrder` output.

interface El {
  name: string;
  local: string;
  prefix: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  path: string;
}

function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function toElements(nodes: unknown, parentPath: string): El[] {
  if (!Array.isArray(nodes)) return [];
  const out: El[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && !k.startsWith('?'));
    if (name === undefined) continue;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v);
    const kids = node[name] as unknown[];
    const text = (Array.isArray(kids) ? kids : [])
      .map((k) => (k as Record<string, unknown>)['#text'])
      .filter((t) => t !== undefined)
      .map(String)
      .join('');
    const path = `${parentPath}/${name}`;
    const colon = name.indexOf(':');
    out.push({
      name,
      local: localOf(name),
      prefix: colon < 0 ? '' : name.slice(0, colon),
      attrs,
      children: toElements(kids, path),
      text: text.trim(),
      path,
    });
  }
  return out;
}

function descendants(el: El): El[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

function kids(el: El | undefined, local: string): El[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

function kid(el: El | undefined, local: string): El | undefined {
  return kids(el, local)[0];
}

const xsiType = (el: El | undefined): string | undefined => el?.attrs['xsi:type'];

// ---------------------------------------------------------------------------------------------
// Schema order of child elements (xs:sequence), keyed by the parent element.

interface Sequence {
  order: string[];
  required?: string[];
  repeatable?: string[];
}

function sequenceFor(el: El): Sequence | undefined {
  switch (el.local) {
    case 'OfficeApp':
      return {
        order: [
          'Id',
          'AlternateId',
          'Version',
          'ProviderName',
          'DefaultLocale',
          'DisplayName',
          'Description',
          'IconUrl',
          'HighResolutionIconUrl',
          'SupportUrl',
          'AppDomains',
          'Hosts',
          'Requirements',
          'DefaultSettings',
          'Permissions',
          'Dictionary',
          'VersionOverrides',
        ],
        required: [
          'Id',
          'Version',
          'ProviderName',
          'DefaultLocale',
          'DisplayName',
          'Description',
          'DefaultSettings',
          'Permissions',
        ],
      };
    case 'VersionOverrides':
      return {
        order: [
          'Description',
          'Requirements',
          'Hosts',
          'Resources',
          'WebApplicationInfo',
          'EquivalentAddins',
          'VersionOverrides',
        ],
      };
    case 'DesktopFormFactor':
      return {
        order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
        required: ['ExtensionPoint'],
        repeatable: ['ExtensionPoint'],
      };
    case 'GetStarted':
      return { order: ['Title', 'Description', 'LearnMoreUrl'], required: ['Title', 'Description', 'LearnMoreUrl'] };
    case 'ExtensionPoint':
      return xsiType(el) === 'PrimaryCommandSurface'
        ? { order: ['OfficeTab', 'CustomTab'], repeatable: ['OfficeTab', 'CustomTab'] }
        : undefined;
    case 'Group':
      return { order: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'], repeatable: ['Control'] };
    case 'Control':
      return xsiType(el) === 'Button'
        ? { order: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] }
        : undefined;
    case 'Supertip':
      return { order: ['Title', 'Description'], required: ['Title', 'Description'] };
    case 'Action':
      return xsiType(el) === 'ShowTaskpane'
        ? { order: ['TaskpaneId', 'SourceLocation', 'Title'], required: ['SourceLocation'] }
        : undefined;
    case 'Resources':
      return { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'] };
    case 'Sets':
      return { order: ['Set'], required: ['Set'], repeatable: ['Set'] };
    default:
      return undefined;
  }
}

function checkOrder(el: El, problems: string[]): void {
  const seq = sequenceFor(el);
  if (seq) {
    let last = -1;
    let lastName = '';
    for (const child of el.children) {
      const idx = seq.order.indexOf(child.local);
      if (idx < 0) {
        problems.push(`order: <${child.name}> is not an allowed child of <${el.name}> (${el.path})`);
        continue;
      }
      if (idx < last) {
        problems.push(`order: <${child.name}> must come before <${lastName}> in <${el.name}> (${el.path})`);
      } else if (idx === last && !(seq.repeatable ?? []).includes(child.local)) {
        problems.push(`order: <${child.name}> appears more than once in <${el.name}> (${el.path})`);
      }
      if (idx > last) {
        last = idx;
        lastName = child.name;
      }
    }
    for (const req of seq.required ?? []) {
      if (kids(el, req).length === 0) problems.push(`order: <${el.name}> (${el.path}) lacks the required <${req}>`);
    }
  }
  for (const child of el.children) checkOrder(child, problems);
}

// ---------------------------------------------------------------------------------------------
// The checks.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ANY_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
/** Vietnamese UTF-8 read back as Latin-1/CP1252 leaves a lead byte (Â Ã Ä Å Æ á â) before a 0x80–0xBF one. */
const MOJIBAKE = /[ÂÃÄÅÆáâ][\u0080-\u00BF]/;
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export interface CheckOptions {
  /** Folder that holds the icon files named in the manifest. */
  assetsDir: string;
}

/** Every problem found in the manifest text; an empty list means it passed. */
export function checkManifest(xml: string, options: CheckOptions = { assetsDir: ASSETS }): string[] {
  const problems: string[] = [];
  const add = (p: string): void => {
    problems.push(p);
  };

  // Well-formed XML, declared as UTF-8, and its Vietnamese text neither mangled nor decomposed.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`];
  }
  if (!/^<\?xml[^>]*\bencoding="utf-8"/i.test(xml.replace(/^\uFEFF/, '')))
    add('encoding: the XML declaration does not say encoding="UTF-8"');
  if (xml.includes('\uFFFD')) add('encoding: the text holds U+FFFD replacement characters');
  const mangled = MOJIBAKE.exec(xml);
  if (mangled)
    add(`encoding: the text looks double-encoded near ${JSON.stringify(xml.slice(mangled.index, mangled.index + 12))}`);
  if (xml !== xml.normalize('NFC')) add('encoding: the text is not in Unicode NFC form');

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    trimValues: true,
  });
  const tree = toElements(parser.parse(xml), '');
  const root = tree.find((e) => e.local === 'OfficeApp');
  if (!root || tree.length !== 1 || root.prefix !== '') {
    add('root: the document element must be a single unprefixed <OfficeApp>');
    return problems;
  }
  const all = [root, ...descendants(root)];

  // Root namespaces and type.
  if (root.attrs['xmlns'] !== NS.officeApp) add(`root: xmlns must be ${NS.officeApp}`);
  if (root.attrs['xmlns:xsi'] !== NS.xsi) add(`root: xmlns:xsi must be ${NS.xsi}`);
  if (root.attrs['xmlns:bt'] !== NS.bt) add(`root: xmlns:bt must be ${NS.bt}`);
  if (root.attrs['xmlns:ov'] !== NS.ov) add(`root: xmlns:ov must be ${NS.ov}`);
  if (xsiType(root) !== 'TaskPaneApp') add('root: xsi:type must be TaskPaneApp');

  // Schema order and required children, everywhere a sequence is known.
  checkOrder(root, problems);

  // Simple values.
  const id = kid(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) add(`Id: ${JSON.stringify(id)} is not a GUID`);
  const version = kid(root, 'Version')?.text ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) add(`Version: ${JSON.stringify(version)} is not of the form n.n.n.n`);
  const locale = kid(root, 'DefaultLocale')?.text ?? '';
  if (locale !== 'vi-VN') add(`DefaultLocale: ${JSON.stringify(locale)} should be vi-VN`);
  const permissions = kid(root, 'Permissions')?.text ?? '';
  if (!PERMISSIONS.includes(permissions)) add(`Permissions: ${JSON.stringify(permissions)} is not a permission level`);
  if (!kids(kid(root, 'Hosts'), 'Host').some((h) => h.attrs['Name'] === 'Workbook'))
    add('Hosts: no <Host Name="Workbook"/> (Excel)');

  // Requirements: ExcelApi with a MinVersion.
  const sets = kids(kid(kid(root, 'Requirements'), 'Sets'), 'Set');
  const excelApi = sets.find((s) => s.attrs['Name'] === 'ExcelApi');
  if (!excelApi) add('Requirements: no <Set Name="ExcelApi"/>');
  else if (!/^\d+\.\d+$/.test(excelApi.attrs['MinVersion'] ?? ''))
    add('Requirements: the ExcelApi set has no MinVersion of the form n.n');

  // DefaultSettings/SourceLocation.
  const defaultSource = kid(kid(root, 'DefaultSettings'), 'SourceLocation')?.attrs['DefaultValue'];
  if (!defaultSource) add('DefaultSettings: no <SourceLocation DefaultValue="..."/>');

  // Every URL is https. Known URL slots must hold an https URL; any other value that looks like a
  // URL (namespace declarations aside) must be https too.
  const urlSlots: { where: string; value: string }[] = [];
  const slotParents = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']);
  for (const el of all) {
    const isUrlElement =
      slotParents.has(el.local) ||
      (el.local === 'SourceLocation' && el.attrs['DefaultValue'] !== undefined) ||
      (el.local === 'Image' && el.attrs['id'] !== undefined) ||
      (el.local === 'Url' && el.attrs['id'] !== undefined);
    if (isUrlElement) {
      urlSlots.push({ where: `${el.path}@DefaultValue`, value: el.attrs['DefaultValue'] ?? '' });
      for (const o of kids(el, 'Override')) urlSlots.push({ where: `${o.path}@Value`, value: o.attrs['Value'] ?? '' });
    }
    if (el.local === 'AppDomain') urlSlots.push({ where: el.path, value: el.text });
  }
  for (const { where, value } of urlSlots) {
    if (!value.startsWith('https://')) add(`url: ${where} = ${JSON.stringify(value)} is not an https URL`);
    else {
      try {
        new URL(value);
      } catch {
        add(`url: ${where} = ${JSON.stringify(value)} does not parse as a URL`);
      }
    }
  }
  const slotWheres = new Set(urlSlots.map((s) => s.where));
  for (const el of all) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const where = `${el.path}@${name}`;
      if (!slotWheres.has(where) && ANY_URL.test(value) && !value.startsWith('https://')) {
        add(`url: ${where} = ${JSON.stringify(value)} is not an https URL`);
      }
    }
    if (!slotWheres.has(el.path) && ANY_URL.test(el.text) && !el.text.startsWith('https://')) {
      add(`url: ${el.path} = ${JSON.stringify(el.text)} is not an https URL`);
    }
  }

  // Icons: each icon URL names an existing PNG in assets/ whose size matches its name.
  const iconSize = (where: string, url: string, expected?: number): number | undefined => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined; // reported above
    }
    // Under the host's base path (a production manifest's), or at the root (the dev server's).
    const m = /^(?:\/[^/]+)*\/assets\/(icon-(\d+)\.png)$/.exec(path);
    if (!m) {
      add(`icon: ${where} = ${JSON.stringify(url)} is not …/assets/icon-<size>.png`);
      return undefined;
    }
    const file = join(options.assetsDir, m[1]!);
    if (!existsSync(file)) {
      add(`icon: ${where} names ${m[1]}, which is not in assets/`);
      return undefined;
    }
    let size: { width: number; height: number };
    try {
      size = pngSize(file);
    } catch (e) {
      add(`icon: ${basename(file)} ${(e as Error).message}`);
      return undefined;
    }
    const named = Number(m[2]);
    if (size.width !== named || size.height !== named) {
      add(`icon: ${basename(file)} is ${size.width}x${size.height}, not ${named}x${named} as its name says`);
    }
    if (expected !== undefined && named !== expected) add(`icon: ${where} is ${named} px, expected ${expected} px`);
    return size.width === size.height ? size.width : undefined;
  };
  const iconUrl = kid(root, 'IconUrl');
  if (iconUrl) iconSize('IconUrl', iconUrl.attrs['DefaultValue'] ?? '', 32);
  const hiRes = kid(root, 'HighResolutionIconUrl');
  if (hiRes) iconSize('HighResolutionIconUrl', hiRes.attrs['DefaultValue'] ?? '', 64);

  // Resources: ids, kinds, lengths, en-US overrides.
  const versionOverrides = kid(root, 'VersionOverrides');
  const resources = kid(versionOverrides, 'Resources');
  const defined = new Map<string, { kind: ResourceKind; el: El }>();
  const imageSizes = new Map<string, number | undefined>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    for (const group of kids(resources, kind)) {
      if (group.prefix !== 'bt') add(`resources: <${group.name}> must be in the bt: namespace`);
      for (const item of group.children) {
        if (item.prefix !== 'bt') add(`resources: <${item.name}> in ${kind} must be in the bt: namespace`);
        const rid = item.attrs['id'] ?? '';
        if (!rid) add(`resources: an entry of ${kind} has no id`);
        if (rid.length > RESID_MAX) add(`resources: id ${JSON.stringify(rid)} is longer than ${RESID_MAX} characters`);
        if (defined.has(rid)) add(`resources: id ${JSON.stringify(rid)} is defined more than once`);
        defined.set(rid, { kind, el: item });
        if (kind === 'Images') {
          const named = /(\d+)x(\d+)/.exec(rid);
          const expected = named && named[1] === named[2] ? Number(named[1]) : undefined;
          imageSizes.set(rid, iconSize(`bt:Image ${rid}`, item.attrs['DefaultValue'] ?? '', expected));
        }
        if (kind === 'ShortStrings' || kind === 'LongStrings') {
          const max = kind === 'ShortStrings' ? SHORT_MAX : LONG_MAX;
          const values = [
            item.attrs['DefaultValue'] ?? '',
            ...kids(item, 'Override').map((o) => o.attrs['Value'] ?? ''),
          ];
          for (const v of values) {
            if (v.length === 0 || v.length > max)
              add(`resources: string ${rid} has a value of ${v.length} characters (1–${max} allowed)`);
          }
          if (!kids(item, 'Override').some((o) => o.attrs['Locale'] === 'en-US'))
            add(`resources: string ${rid} has no en-US override`);
        }
      }
    }
  }

  // DisplayName and Description: lengths and an en-US override.
  for (const [local, max] of [
    ['DisplayName', SHORT_MAX],
    ['Description', LONG_MAX],
  ] as const) {
    const el = kid(root, local);
    if (!el) continue;
    const values = [el.attrs['DefaultValue'] ?? '', ...kids(el, 'Override').map((o) => o.attrs['Value'] ?? '')];
    for (const v of values) {
      if (v.length === 0 || v.length > max) add(`${local}: a value of ${v.length} characters (1–${max} allowed)`);
    }
    if (!kids(el, 'Override').some((o) => o.attrs['Locale'] === 'en-US')) add(`${local}: no en-US override`);
  }

  // Every resid refers to a defined resource of the right kind; every resource is used.
  const used = new Set<string>();
  for (const el of all) {
    const resid = el.attrs['resid'];
    if (resid === undefined) continue;
    used.add(resid);
    const want = RESID_KIND[el.local];
    const found = defined.get(resid);
    if (!found) add(`resid: ${JSON.stringify(resid)} (${el.path}) is not defined in Resources`);
    else if (want && found.kind !== want)
      add(`resid: ${JSON.stringify(resid)} (${el.path}) must refer to ${want}, not ${found.kind}`);
    if (el.local === 'Image' && found?.kind === 'Images') {
      const declared = Number(el.attrs['size']);
      const actual = imageSizes.get(resid);
      if (actual !== undefined && declared !== actual)
        add(`icon: ${el.path} says size ${declared} but ${resid} is ${actual} px`);
    }
  }
  for (const rid of defined.keys())
    if (!used.has(rid)) add(`resources: ${JSON.stringify(rid)} is defined but never used`);

  // Icon lists: in the bt: namespace, with the mandatory 16, 32 and 80 px sizes.
  for (const icon of all.filter((e) => e.local === 'Icon')) {
    for (const img of icon.children)
      if (img.name !== 'bt:Image') add(`icon: <${img.name}> in ${icon.path} must be <bt:Image>`);
    const sizes = icon.children.map((i) => Number(i.attrs['size']));
    for (const s of [16, 32, 80]) if (!sizes.includes(s)) add(`icon: ${icon.path} lacks the mandatory ${s} px image`);
  }

  // VersionOverrides: a ShowTaskpane button on the Home tab of Excel's ribbon.
  if (!versionOverrides) add('VersionOverrides: missing');
  else {
    if (versionOverrides.attrs['xmlns'] !== NS.ov) add(`VersionOverrides: xmlns must be ${NS.ov}`);
    if (xsiType(versionOverrides) !== 'VersionOverridesV1_0')
      add('VersionOverrides: xsi:type must be VersionOverridesV1_0');
    const buttons = kids(kid(versionOverrides, 'Hosts'), 'Host')
      .filter((h) => xsiType(h) === 'Workbook')
      .flatMap((h) => kids(h, 'DesktopFormFactor'))
      .flatMap((d) => kids(d, 'ExtensionPoint'))
      .filter((x) => xsiType(x) === 'PrimaryCommandSurface')
      .flatMap((x) => kids(x, 'OfficeTab'))
      .filter((t) => t.attrs['id'] === 'TabHome')
      .flatMap((t) => kids(t, 'Group'))
      .flatMap((g) => kids(g, 'Control'))
      .filter((c) => xsiType(c) === 'Button' && xsiType(kid(c, 'Action')) === 'ShowTaskpane');
    if (buttons.length === 0)
      add('VersionOverrides: no Button with a ShowTaskpane action on OfficeTab TabHome of the Workbook host');
    for (const b of buttons) {
      const rid = kid(kid(b, 'Action'), 'SourceLocation')?.attrs['resid'] ?? '';
      const url = defined.get(rid)?.el.attrs['DefaultValue'];
      if (url !== undefined && defaultSource !== undefined && url !== defaultSource) {
        add(`VersionOverrides: button ${b.attrs['id']} opens ${url}, not the DefaultSettings page ${defaultSource}`);
      }
    }
    const ids = all.filter((e) => e.local === 'Group' || e.local === 'Control').map((e) => e.attrs['id'] ?? '');
    for (const i of new Set(ids)) {
      if (!i) add('VersionOverrides: a Group or Control has no id');
      else if (ids.filter((x) => x === i).length > 1)
        add(`VersionOverrides: id ${JSON.stringify(i)} is used more than once`);
    }
  }

  return problems;
}

// ---------------------------------------------------------------------------------------------
// Tests.

const manifestBytes = readFileSync(MANIFEST);
const manifest = manifestBytes.toString('utf8');

/** The manifest with `from` replaced by `to`; fails if `from` is not found exactly once. */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const count =
    typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`mutation source ${String(from)} found ${count} times, expected once`);
  return xml.replace(from, to);
}

/** Swaps the two whole lines that contain `a` and `b`. */
function swapLines(a: string, b: string, xml = manifest): string {
  const lines = xml.split('\n');
  const i = lines.findIndex((l) => l.includes(a));
  const j = lines.findIndex((l) => l.includes(b));
  if (i < 0 || j < 0) throw new Error(`lines ${a} / ${b} not found`);
  [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  return lines.join('\n');
}

function expectProblem(xml: string, pattern: RegExp): void {
  const problems = checkManifest(xml);
  expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
}

describe('manifest.xml', () => {
  it('passes every check', () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it('is valid UTF-8 and holds the Vietnamese names', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes)).not.toThrow();
    expect(manifest).toContain('DisplayName DefaultValue="Theo dõi Phụ lục"');
    expect(manifest).toContain('<Override Locale="en-US" Value="Appendix Tracker"/>');
  });

  it('has the fixed add-in id and the expected fixed values', () => {
    expect(manifest).toContain('<Id>03dfffc5-7573-4aac-9a62-8fa4d1c74da4</Id>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.4"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });
});

describe('checkManifest reports a broken manifest', () => {
  it('not well-formed', () => {
    expectProblem(mutate('</DefaultSettings>', ''), /not well-formed/);
  });

  it('Id that is not a GUID', () => {
    expectProblem(mutate(/<Id>[^<]*<\/Id>/, '<Id>appendix-tracker</Id>'), /^Id: .* is not a GUID/);
  });

  it('http URL in a URL slot, in an override and in an app domain', () => {
    expectProblem(
      mutate('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'),
      /url: .*SourceLocation@DefaultValue .* not an https URL/,
    );
    expectProblem(
      mutate('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      /url: .*bt:Url@DefaultValue .* not an https URL/,
    );
    expectProblem(mutate('<AppDomain>https://', '<AppDomain>http://'), /url: .*AppDomain .* not an https URL/);
  });

  it('URL without a scheme', () => {
    expectProblem(
      mutate('"https://localhost:3000/help.html"/>\n  <AppDomains>', '"localhost:3000/help.html"/>\n  <AppDomains>'),
      /url: .*SupportUrl@DefaultValue .* not an https URL/,
    );
  });

  it('icon file missing from assets/', () => {
    expectProblem(
      mutate(
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-48.png"',
      ),
      /icon-48\.png, which is not in assets/,
    );
  });

  it('icon of the wrong size', () => {
    expectProblem(
      mutate(
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      ),
      /bt:Image Icon\.16x16 is 32 px, expected 16 px/,
    );
    expectProblem(
      mutate(
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      ),
      /HighResolutionIconUrl is 80 px, expected 64 px/,
    );
    expectProblem(
      mutate(
        '<Label resid="Group.Label"/>\n                <Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>',
        '<Label resid="Group.Label"/>\n                <Icon>\n                  <bt:Image size="16" resid="Icon.32x32"/>',
      ),
      /says size 16 but Icon\.32x32 is 32 px/,
    );
  });

  it('icon file whose PNG size does not match its name, or that is not a PNG', () => {
    // The real manifest against a copy of assets/ in a temporary folder, with two files spoilt.
    const dir = mkdtempSync(join(tmpdir(), 'appendix-tracker-icons-'));
    try {
      for (const size of ICON_SIZES) copyFileSync(join(ASSETS, `icon-${size}.png`), join(dir, `icon-${size}.png`));
      expect(checkManifest(manifest, { assetsDir: dir })).toEqual([]);
      writeFileSync(join(dir, 'icon-16.png'), iconPng(32));
      writeFileSync(join(dir, 'icon-80.png'), 'not an image');
      const problems = checkManifest(manifest, { assetsDir: dir });
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/icon-16\.png is 32x32, not 16x16/),
          expect.stringMatching(/says size 16 but Icon\.16x16 is 32 px/),
          expect.stringMatching(/icon-80\.png .*not a PNG/),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Requirements without ExcelApi or without MinVersion', () => {
    expectProblem(
      mutate('<Set Name="ExcelApi" MinVersion="1.4"/>', '<Set Name="ExcelApi"/>'),
      /ExcelApi set has no MinVersion/,
    );
    expectProblem(
      mutate('<Set Name="ExcelApi" MinVersion="1.4"/>', '<Set Name="WordApi" MinVersion="1.4"/>'),
      /no <Set Name="ExcelApi"\/>/,
    );
  });

  it('DefaultSettings/SourceLocation missing', () => {
    const xml = mutate(/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '');
    expectProblem(xml, /no <SourceLocation/);
    expectProblem(xml, /lacks the required <DefaultSettings>/);
  });

  it('OfficeApp children out of schema order', () => {
    expectProblem(swapLines('<Version>', '<ProviderName>'), /<Version> must come before <ProviderName> in <OfficeApp>/);
    const moved = mutate(/\n  <Permissions>ReadWriteDocument<\/Permissions>/, '').replace(
      '  <Hosts>\n    <Host Name',
      '  <Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name',
    );
    expectProblem(moved, /<Hosts> must come before <Permissions> in <OfficeApp>/);
    expectProblem(
      mutate('  <Requirements>', '  <Junk/>\n  <Requirements>'),
      /<Junk> is not an allowed child of <OfficeApp>/,
    );
  });

  it('DesktopFormFactor children out of schema order', () => {
    const xml = mutate(/\n\s*<FunctionFile resid="Commands.Url"\/>/, '').replace(
      '<GetStarted>',
      '<FunctionFile resid="Commands.Url"/>\n          <GetStarted>',
    );
    expectProblem(xml, /<GetStarted> must come before <FunctionFile> in <DesktopFormFactor>/);
  });

  it('button children out of schema order', () => {
    expectProblem(
      swapLines('<TaskpaneId>', '<SourceLocation resid="Taskpane.Url"/>'),
      /<TaskpaneId> must come before <SourceLocation> in <Action>/,
    );
  });

  it('resid not defined, or of the wrong kind, or a resource never used', () => {
    expectProblem(
      mutate('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'),
      /resid: "Taskpane\.Missing" .* is not defined in Resources/,
    );
    expectProblem(
      mutate('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'),
      /"Taskpane\.Url" is defined but never used/,
    );
    expectProblem(
      mutate('<Label resid="Group.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
      /must refer to ShortStrings, not LongStrings/,
    );
  });

  it('no ShowTaskpane button on TabHome', () => {
    expectProblem(
      mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'),
      /no Button with a ShowTaskpane action on OfficeTab TabHome/,
    );
    expectProblem(
      mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'),
      /no Button with a ShowTaskpane action/,
    );
  });

  it('string without an en-US override, or too long', () => {
    expectProblem(
      mutate(/\n\s*<bt:Override Locale="en-US" Value="Appendices"\/>/, ''),
      /string Group\.Label has no en-US override/,
    );
    expectProblem(
      mutate('DefaultValue="Phụ lục"', `DefaultValue="${'x'.repeat(126)}"`),
      /string Group\.Label has a value of 126 characters/,
    );
  });

  it('text mangled by a wrong encoding or decomposed', () => {
    const doubleEncoded = Buffer.from(manifest, 'utf8').toString('latin1');
    expectProblem(doubleEncoded, /looks double-encoded/);
    expectProblem(manifest.normalize('NFD'), /not in Unicode NFC form/);
  });
});

describe('pngSize', () => {
  it('reads the size of each icon from its IHDR chunk', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(pngSize(encodePng(3, 2, Buffer.alloc(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
  });

  it('throws on something that is not a PNG', () => {
    expect(() => pngSize(manifestBytes)).toThrow(/not a PNG/);
    expect(() => pngSize(Buffer.alloc(0))).toThrow(/not a PNG/);
    const noIhdr = encodePng(1, 1, Buffer.alloc(4));
    noIhdr.write('IDAT', 12, 'latin1');
    expect(() => pngSize(noIhdr)).toThrow(/not a 13-byte IHDR/);
  });
});

describe('scripts/build-icons', () => {
  /** The decompressed scanlines of a PNG (its IDAT data inflated). */
  function pixels(png: Buffer): Buffer {
    const parts: Buffer[] = [];
    for (let p = 8; p < png.length;) {
      const len = png.readUInt32BE(p);
      if (png.toString('latin1', p + 4, p + 8) === 'IDAT') parts.push(png.subarray(p + 8, p + 8 + len));
      p += 12 + len;
    }
    return inflateSync(Buffer.concat(parts));
  }

  it('the icons in assets/ are the ones the script draws, as 8-bit RGBA', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 64, 80]);
    for (const size of ICON_SIZES) {
      const file = readFileSync(join(ASSETS, `icon-${size}.png`));
      expect(file[24]).toBe(8); // bit depth
      expect(file[25]).toBe(6); // colour type RGBA
      expect(pixels(file).equals(pixels(iconPng(size)))).toBe(true);
    }
  });

  it('draws a transparent corner, a green body and a white table line', () => {
    const raw = pixels(iconPng(32));
    const at = (x: number, y: number): number[] => [
      ...raw.subarray(y * (32 * 4 + 1) + 1 + x * 4, y * (32 * 4 + 1) + 1 + x * 4 + 4),
    ];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(3, 16)).toEqual([0x21, 0x73, 0x46, 255]);
    expect(at(6, 16)).toEqual([255, 255, 255, 255]);
  });
});

describe('the production manifest (ADDIN_BASE_URL)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require('../../addinManifest.js') as {
    DEV_BASE: string;
    addinBase: (raw: string | undefined) => string;
    manifestVersion: (v: string) => string;
    manifestFor: (xml: string, base: string, version: string) => string;
  };
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const BASE = 'https://example.org/phu-luc';
  const prod = build.manifestFor(manifest, build.addinBase(`${BASE}/`), version);

  it('starts every URL with the base, names no localhost, and passes every check', () => {
    const urls = [...prod.matchAll(/(?:DefaultValue|Override Locale="[^"]*" Value)="(https?:[^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(`${BASE}/`)).toBe(true);
    expect(prod).not.toMatch(/localhost/i);
    expect([...prod.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://example.org']);
    expect(checkManifest(prod)).toEqual([]);
  });

  it("carries package.json's version in four numbers", () => {
    expect(prod).toContain(`<Version>${build.manifestVersion(version)}</Version>`);
    expect(build.manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(build.manifestVersion('2.3.4-beta.1')).toBe('2.3.4.0');
  });

  it('keeps the development manifest by default', () => {
    expect(build.addinBase(undefined)).toBe(build.DEV_BASE);
    expect(build.addinBase('')).toBe(build.DEV_BASE);
    expect(build.manifestFor(manifest, build.DEV_BASE, version)).toContain('https://localhost:3000/taskpane.html');
  });

  it('refuses a base that is not https, not a URL, or carries a query', () => {
    expect(() => build.addinBase('http://example.org/phu-luc')).toThrow(/https/);
    expect(() => build.addinBase('example.org/phu-luc')).toThrow(/not a URL/);
    expect(() => build.addinBase('https://example.org/?a=1')).toThrow(/query/);
  });

  it('stops the webpack build on a base that is not https', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require('../../webpack.config.js') as (env: object, argv: object) => Promise<unknown>;
    const before = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = 'http://example.org/phu-luc';
    try {
      await expect(make({}, { mode: 'production' })).rejects.toThrow(/https/);
    } finally {
      if (before === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = before;
    }
  });
});
