/**
 * Issue 12: the host configurations docs/deploy.md gives (deploy/iis/web.config, deploy/nginx/
 * appendix-tracker.conf) fit what the production build emits (dist/web, `npm test` builds it first):
 * every page and the manifest revalidated on each load, every hashed script kept long, no directory
 * listing, the policy's two headers, and IIS told the type of every file it does not know by default.
 * So a new page, a new kind of file or a change of the scripts' names fails here until the
 * configurations follow.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const IIS = readFileSync(join(ROOT, 'deploy', 'iis', 'web.config'), 'utf8');
const NGINX = readFileSync(join(ROOT, 'deploy', 'nginx', 'appendix-tracker.conf'), 'utf8');
const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.cloud.microsoft https://*.sharepoint.com";
/** Types IIS serves out of the box (its applicationHost.config) among those a build could emit. */
const IIS_KNOWN = new Set(['.html', '.js', '.png', '.xml', '.txt', '.css', '.json', '.svg', '.ico']);

/** Every file of dist/web, relative to it ('/' separated). */
function built(): string[] {
  if (!existsSync(join(WEB, 'taskpane.html')))
    throw new Error('dist/web is missing: run "npx webpack --mode production" (npm test does) first');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(WEB, path).split('\\').join('/'));
    }
  };
  walk(WEB);
  return out;
}

const topLevelPages = (files: string[]) => files.filter((f) => !f.includes('/') && /\.(html|xml)$/.test(f));
const hashed = (files: string[]) => files.filter((f) => /\.js(\.map|\.LICENSE\.txt)?$/.test(f));

type Node = Record<string, unknown>;
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function iisConfig() {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(IIS) as {
    configuration: { 'system.webServer': Node; location: Node[] | Node };
  };
  const web = parsed.configuration['system.webServer'] as {
    directoryBrowse: { enabled: string };
    staticContent: { mimeMap: Node[] | Node; clientCache: { cacheControlMode: string; cacheControlMaxAge: string } };
    httpProtocol: { customHeaders: { add: Node[] | Node } };
  };
  const cacheAt = new Map(
    asList(parsed.configuration.location).map((l) => {
      const cache = ((l['system.webServer'] as Node).staticContent as Node).clientCache as Node;
      return [l.path as string, cache];
    }),
  );
  return { web, cacheAt };
}

describe('deploy/iis/web.config', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(IIS)).toBe(true);
  });

  it('revalidates every page and the manifest, keeps the hashed scripts a year, lists no folder', () => {
    const { web, cacheAt } = iisConfig();
    const files = built();
    expect(web.directoryBrowse.enabled).toBe('false');
    expect(web.staticContent.clientCache).toEqual({
      cacheControlMode: 'UseMaxAge',
      cacheControlMaxAge: '365.00:00:00',
    });
    const pages = topLevelPages(files);
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']));
    expect(pages.filter((p) => cacheAt.get(p)?.cacheControlMode !== 'DisableCache')).toEqual([]);
    // Every file below a folder (icons, screenshots, sample) has fixed names: a short cache of its folder.
    const folders = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))];
    expect(folders.filter((d) => cacheAt.get(d)?.cacheControlMaxAge !== '1.00:00:00')).toEqual([]);
    // And every file at the top level that is not a page is a hashed script (kept long by the default).
    const rest = files.filter((f) => !f.includes('/') && !pages.includes(f));
    expect(rest.filter((f) => !/\.[0-9a-f]{8}\.js(\.map|\.LICENSE\.txt)?$/.test(f))).toEqual([]);
  });

  it('tells IIS the type of every kind of file the build emits that IIS does not know', () => {
    const { web } = iisConfig();
    const mapped = new Set(asList(web.staticContent.mimeMap).map((m) => m.fileExtension as string));
    const kinds = [...new Set(built().map((f) => extname(f).toLowerCase()))];
    expect(kinds.filter((k) => !IIS_KNOWN.has(k) && !mapped.has(k))).toEqual([]);
    expect(mapped).toContain('.map');
  });

  it("sends the policy's frame-ancestors and nosniff headers", () => {
    const headers = Object.fromEntries(
      asList(iisConfig().web.httpProtocol.customHeaders.add).map((h) => [h.name as string, h.value as string]),
    );
    expect(headers).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': FRAME_ANCESTORS });
  });
});

describe('deploy/nginx/appendix-tracker.conf', () => {
  /** The `map` of Cache-Control by file name, as [regex, value] in nginx's order (first match wins). */
  const rules = [...NGINX.matchAll(/^\s*"~([^"]+)"\s+"([^"]+)";/gm)].map(
    (m) => [new RegExp(m[1]!), m[2]!] as [RegExp, string],
  );
  const fallback = /^\s*default\s+"([^"]+)";/m.exec(NGINX)?.[1];
  const cacheOf = (file: string) => rules.find(([re]) => re.test(`/addin/${file}`))?.[1] ?? fallback;

  it('revalidates every page and the manifest, keeps every hashed script a year, the rest a day', () => {
    const files = built();
    expect(rules.length).toBeGreaterThan(0);
    expect(topLevelPages(files).filter((p) => cacheOf(p) !== 'no-cache')).toEqual([]);
    expect(hashed(files).filter((f) => cacheOf(f) !== 'public, max-age=31536000, immutable')).toEqual([]);
    const rest = files.filter((f) => !topLevelPages(files).includes(f) && !hashed(files).includes(f));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((f) => cacheOf(f) !== 'public, max-age=86400')).toEqual([]);
  });

  it('serves https only, lists no folder, and sends the two headers', () => {
    expect(NGINX).toMatch(/listen 443 ssl;/);
    expect(NGINX).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
    expect(NGINX).toMatch(/^\s*autoindex off;/m);
    expect(NGINX).toContain('add_header X-Content-Type-Options nosniff always;');
    expect(NGINX).toContain(`add_header Content-Security-Policy "${FRAME_ANCESTORS}" always;`);
  });
});
