/**
 * Issue 11 item 10: every package that ships is listed in README.md with its licence (the table
 * `npm run licences` writes), every licence is on the permissive allow-list, and the dev tools are not
 * in the production tree.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isAcceptable,
  isAllowed,
  licenceTable,
  shippedPackages,
  TABLE_END,
  TABLE_START,
} from '../../scripts/licences/productionLicences';

const ROOT = join(__dirname, '..', '..');
const packages = shippedPackages(ROOT);

/** Tools for building, testing and sideloading: none may ship. */
const DEV_TOOLS = [
  'office-addin-debugging',
  'office-addin-dev-certs',
  'office-addin-manifest',
  'appendix-tracker-addin-dev-tools',
  'playwright-core',
  'axe-core',
  'yazl',
  'fast-check',
  'webpack',
  'jest',
  'typescript',
];
/** Dev tools of ours that a production package needs too: they ship only under that package. */
// jszip is shipped on its own too (the browser port's streamed reader), so no package is now shipped only under another.
const SHIPPED_UNDER: Record<string, string> = {};

describe('production dependencies', () => {
  it('README.md lists every package that ships with its licence (npm run licences writes the table)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(table).toBe(licenceTable(packages));
    for (const p of packages) expect(table).toContain(`${p.name} ${p.version}`);
  });

  it('every licence of what ships is permissive', () => {
    expect(packages.filter((p) => !isAcceptable(p)).map((p) => `${p.name}@${p.version}: ${p.license}`)).toEqual([]);
  });

  it('the allow-list check can fail', () => {
    expect(isAllowed('MIT')).toBe(true);
    expect(isAllowed('(MIT OR GPL-3.0)')).toBe(true);
    expect(isAllowed('GPL-3.0')).toBe(false);
    expect(isAllowed('MIT AND LGPL-2.1')).toBe(false);
    expect(isAllowed('UNKNOWN')).toBe(false);
    // A hand-checked note holds only for the version and declaration it was checked on.
    expect(isAcceptable({ name: 'chainsaw', version: '0.1.0', license: 'MIT/X11' })).toBe(true);
    expect(isAcceptable({ name: 'chainsaw', version: '0.2.0', license: 'MIT/X11' })).toBe(false);
    expect(isAcceptable({ name: 'buffers', version: '0.1.1', license: 'GPL-3.0' })).toBe(false);
  });

  it('the tree read from package-lock.json is the one `npm ls --omit=dev --all` shows, and holds no dev tool', () => {
    const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8' });
    type Node = { version?: string; dependencies?: Record<string, Node> };
    const names = new Set<string>();
    const parents = new Map<string, Set<string>>();
    const walk = (deps: Record<string, Node> = {}, parent = '') => {
      for (const [name, node] of Object.entries(deps)) {
        if (node.version) names.add(`${name}@${node.version}`);
        parents.set(name, (parents.get(name) ?? new Set()).add(parent));
        walk(node.dependencies, name);
      }
    };
    walk((JSON.parse(out) as Node).dependencies);
    for (const [tool, owner] of Object.entries(SHIPPED_UNDER)) expect([...(parents.get(tool) ?? [])]).toEqual([owner]);
    const direct = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies,
    );
    expect(direct.filter((d) => d in SHIPPED_UNDER || DEV_TOOLS.includes(d))).toEqual([]);
    const fromLock = new Set(packages.map((p) => `${p.name}@${p.version}`));
    expect([...names].filter((n) => !fromLock.has(n))).toEqual([]);
    const shipped = new Set(packages.map((p) => p.name));
    expect(DEV_TOOLS.filter((t) => shipped.has(t))).toEqual([]);
  });
});
