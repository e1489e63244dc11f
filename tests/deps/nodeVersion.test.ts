/**
 * One Node version the project says it needs (package.json's `engines`, the README's set-up) and
 * every direct dependency accepts: its lowest version must satisfy each of their `engines.node`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function enginesOf(name: string): string | undefined {
  try {
    const dep = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      engines?: { node?: string };
    };
    return dep.engines?.node;
  } catch {
    return undefined; // an optional dependency not installed on this machine
  }
}

describe('the Node version', () => {
  const floor = semver.minVersion(pkg.engines.node)!;

  it('is one every direct dependency accepts at its lowest', () => {
    const refused = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
      .map((name) => [name, enginesOf(name)] as const)
      .filter(([, range]) => range && !semver.satisfies(floor, range))
      .map(([name, range]) => `${name} needs ${range}`);
    expect(refused).toEqual([]);
  });

  it('is the one the README names, and this machine has it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node ${floor.version}+`);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
