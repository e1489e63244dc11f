/** The command line's version: the one in the project's package.json, never written twice. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const NAME = 'appendix-tracker';

interface PackageJson {
  name?: unknown;
  version?: unknown;
}

function packageJsonIn(dir: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return null; // none here (or not one to read): the caller looks one folder up
  }
}

/** Looks up from `from` (this module's folder: src/cli under the tests, dist/src/cli when built) for our package.json. */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = packageJsonIn(dir);
    if (pkg?.name === NAME && typeof pkg.version === 'string') return pkg.version;
    if (dirname(dir) === dir) throw new Error(`${NAME}: no package.json of ${NAME} above ${from}`);
  }
}
