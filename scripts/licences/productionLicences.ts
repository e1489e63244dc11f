/**
 * The licence of every package that ships (the production tree: what `npm ls --omit=dev --all` lists,
 * read from package-lock.json, where npm marks dev-only packages `"dev": true`), taken from each
 * installed package.json (the lockfile's copy where a package is not installed here), and the
 * permissive licences a production dependency may have.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShippedPackage {
  name: string;
  version: string;
  /** As the package declares it ("UNKNOWN" when it does not). */
  license: string;
}

/** How a package's licence reads: its declared SPDX id, or the hand-checked reading of LICENCE_NOTES. */
export function readingOf(p: ShippedPackage): string {
  const note = LICENCE_NOTES[`${p.name}@${p.version}`];
  return note && note.declared === p.license ? note.reading : p.license;
}

/** Does this package ship under a permissive licence, or under a hand-checked, accepted exception? */
export function isAcceptable(p: ShippedPackage): boolean {
  const note = LICENCE_NOTES[`${p.name}@${p.version}`];
  if (note && note.declared === p.license) return isAllowed(note.reading) || note.reading.includes('(accepted');
  return isAllowed(p.license);
}

/** Permissive licences (SPDX ids): no copyleft obligation on the add-in or the command line. */
export const ALLOWED_LICENCES: ReadonlySet<string> = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'Python-2.0',
  'Zlib',
]);

/**
 * Packages whose package.json does not give an SPDX id, each checked by hand: how it reads, and why.
 * Keyed by name@version and by what the package declares, so a new version or a changed field is
 * checked again (the test fails on anything not listed and not on the allow-list).
 */
export const LICENCE_NOTES: Record<string, { declared: string; reading: string; note: string }> = {
  'chainsaw@0.1.0': {
    declared: 'MIT/X11',
    reading: 'MIT',
    note: 'the X11 wording of the MIT licence (exceljs → unzipper → binary)',
  },
  'buffers@0.1.1': {
    declared: 'UNKNOWN',
    reading: 'UNKNOWN (accepted, to confirm)',
    note: 'declares no licence in package.json or any file; substack’s node-buffers, reached through exceljs → unzipper → binary (ExcelJS’s zip reader, which the command line does not use: it reads .xlsx with yauzl)',
  },
};

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  link?: boolean;
  name?: string;
}

function nameOf(path: string, entry: LockEntry): string {
  return entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

function licenceOf(root: string, path: string, entry: LockEntry): string {
  const pkg = join(root, path, 'package.json');
  if (existsSync(pkg)) {
    const json = JSON.parse(readFileSync(pkg, 'utf8')) as { license?: unknown; licenses?: unknown };
    if (typeof json.license === 'string') return json.license;
    if (json.license && typeof json.license === 'object' && 'type' in json.license) return String(json.license.type);
    if (Array.isArray(json.licenses))
      return json.licenses.map((l: { type?: string }) => l.type ?? String(l)).join(' OR ');
  }
  return entry.license ?? 'UNKNOWN';
}

/** Every package of the production tree, once per name and version, sorted by name. */
export function shippedPackages(root: string): ShippedPackage[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const seen = new Map<string, ShippedPackage>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.link || !path.includes('node_modules/')) continue;
    const p = { name: nameOf(path, entry), version: entry.version ?? '?', license: licenceOf(root, path, entry) };
    seen.set(`${p.name}@${p.version}`, p);
  }
  return [...seen.values()].sort((a, b) =>
    a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1,
  );
}

/** Is an SPDX expression ("MIT", "(MIT OR Apache-2.0)", "MIT AND ISC") permissive under the allow-list? */
export function isAllowed(expression: string): boolean {
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\s+OR\s+/i.test(e)) return e.split(/\s+OR\s+/i).some(isAllowed);
  if (/\s+AND\s+/i.test(e)) return e.split(/\s+AND\s+/i).every(isAllowed);
  return ALLOWED_LICENCES.has(e);
}

export const TABLE_START = '<!-- production-licences:start (npm run licences) -->';
export const TABLE_END = '<!-- production-licences:end -->';

/** The README's table: licence → how many packages and which. */
export function licenceTable(packages: ShippedPackage[]): string {
  const byLicence = new Map<string, ShippedPackage[]>();
  for (const p of packages) byLicence.set(readingOf(p), [...(byLicence.get(readingOf(p)) ?? []), p]);
  const rows = [...byLicence.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
    .map(([licence, ps]) => `| ${licence} | ${ps.length} | ${ps.map((p) => `${p.name} ${p.version}`).join(', ')} |`);
  return [
    TABLE_START,
    `${packages.length} packages ship (the production tree, direct and transitive):`,
    '',
    '| licence | packages | which |',
    '|---|---:|---|',
    ...rows,
    '',
    ...packages
      .filter((p) => LICENCE_NOTES[`${p.name}@${p.version}`]?.declared === p.license)
      .map(
        (p) => `- ${p.name} ${p.version} (declared: ${p.license}): ${LICENCE_NOTES[`${p.name}@${p.version}`]!.note}.`,
      ),
    TABLE_END,
  ].join('\n');
}

/** The README with its table replaced by `table` (the markers must be there). */
export function withTable(readme: string, table: string): string {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} section`);
  return readme.slice(0, a) + table + readme.slice(b + TABLE_END.length);
}
