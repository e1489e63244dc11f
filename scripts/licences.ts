/**
 * `npm run licences`: writes the table of the production dependencies' licences into README.md
 * (between its production-licences markers), and fails when one is not permissive.
 * tests/deps/licences.test.ts fails when the table is out of date or a licence is outside the allow-list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAcceptable, licenceTable, shippedPackages, withTable } from './licences/productionLicences';

const ROOT = join(__dirname, '..', '..');
const packages = shippedPackages(ROOT);
const readmePath = join(ROOT, 'README.md');
writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), licenceTable(packages)));
const bad = packages.filter((p) => !isAcceptable(p));
process.stdout.write(`${packages.length} production packages, licences written to README.md\n`);
if (bad.length) {
  process.stderr.write(`not permissive: ${bad.map((p) => `${p.name}@${p.version} (${p.license})`).join(', ')}\n`);
  process.exitCode = 1;
}
