/**
 * Serves the built pages (dist/web) on localhost: `npm run playground` prints the URL of the
 * playground. Plain node:http, read-only, loopback only; the end-to-end tests start it too.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The playground's pages load nothing but their own scripts (no office.js, no network): a policy that
 * allows only that. Fluent UI writes its styles at run time, hence inline styles; downloads and the
 * grid's images are blob: and data: URLs.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function startServer(root: string, port = 8080, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(extname(file) === '.html' ? { 'content-security-policy': PLAYGROUND_CSP } : {}),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/` });
    });
  });
}

if (require.main === module) {
  const root = resolve(__dirname, '..', '..', 'dist', 'web');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/web is missing: run "npm run build" first.');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8080);
  startServer(root, port).then(
    ({ url }) => console.log(`Playground: ${url}  (Ctrl+C to stop)`),
    (e: Error) => {
      console.error(`Cannot listen on port ${port}: ${e.message}`);
      process.exit(2);
    },
  );
}
