/**
 * One Node version the project says it needs (package.json's `engines`, the README's set-up) and
 * every installed package accepts: its lowest version must satisfy each of their `engines.node`, so
 * `npm install` warns of no engine and no tool refuses the Node the README names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('is one every installed package accepts, however deep', () => {
    const refused: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        const at = join(dir, name);
        if (name.startsWith('@')) {
          walk(at);
          continue;
        }
        const file = join(at, 'package.json');
        if (existsSync(file)) {
          const dep = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; engines?: { node?: unknown } };
          const range = dep.engines?.node;
          if (typeof range === 'string' && semver.validRange(range) && !semver.satisfies(floor, range))
            refused.push(`${at.split('node_modules/').slice(1).join(' > ')}@${dep.version} needs ${range}`);
        }
        if (existsSync(join(at, 'node_modules'))) walk(join(at, 'node_modules'));
      }
    };
    walk(join(ROOT, 'node_modules'));
    expect(refused).toEqual([]);
  });

  it('is the one the README names, and this machine has it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node ${floor.version}+`);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
