/**
 * `npm start`: sideload manifest.xml into desktop Excel and start the dev server (office-addin-debugging),
 * where that tool could be installed. It is an optional dependency of the dev tools package
 * (tools/addin-dev-tools: its native parts do not build everywhere, and it never ships), so when it is
 * missing this says what to do instead of failing obscurely.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
// A dependency of a dependency has no link in node_modules/.bin: run its command-line script with Node.
const bin = join(root, 'node_modules', 'office-addin-debugging', 'cli.js');
const command = process.argv[2] === 'stop' ? 'stop' : 'start';

if (!existsSync(bin)) {
  console.error(
    [
      'office-addin-debugging is not installed on this machine (it sideloads into desktop Excel on Windows or Mac).',
      'To try the add-in here: `npm run dev-server`, then in Excel on the web: Home → Add-ins → More add-ins →',
      'My add-ins → Upload My Add-in → manifest.xml. Without Excel: `npm run playground`.',
    ].join('\n'),
  );
  process.exit(2);
}
const child = spawn(process.execPath, [bin, command, 'manifest.xml'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
