/**
 * Issue 11 item 8, in Debian's Chromium: the built add-in pages (dist/web) under their own <meta>
 * Content-Security-Policy, served as a plain static host would (no header), with Office.js answered by a
 * stub from its real origin (no network). The pane renders and nothing is blocked; a script from
 * elsewhere or inline is blocked; and without 'unsafe-inline' in style-src Fluent UI's run-time styles
 * would be (why the policy has it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADDIN_CSP, ADDIN_PAGES, OFFICE_JS_ORIGIN } from '../../addinCsp';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB = join(__dirname, '..', '..', 'dist', 'web');
/** Where the manifest serves the pages from; answered by the route below, no server runs. */
const ORIGIN = 'https://localhost:3000';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Office.js as far as the pages' start-up uses it, loading its host part from its own origin and
 * setting an inline style as excel-web-16.00.js does.
 */
const OFFICE_STUB = `
window.Office = {
  onReady: function (cb) {
    var info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(function () { if (cb) cb(info); }, 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'vi-VN',
    officeTheme: { bodyBackgroundColor: '#FFFFFF' },
    requirements: { isSetSupported: function () { return true; } },
    document: { url: 'https://contoso.sharepoint.com/phu-luc.xlsx' },
  },
};
window.Excel = { run: function () { return Promise.reject(new Error('no Excel in this test')); } };
var part = document.createElement('script');
part.src = '${OFFICE_JS_ORIGIN}/lib/1/hosted/excel-web-16.00.js';
document.head.appendChild(part);
`;
const HOST_PART = `window.__officeHostPart = true; document.documentElement.style.setProperty('--office', '1');`;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(WEB, 'taskpane.html')))
    throw new Error('dist/web is missing: run "npx webpack --mode production" (npm test does) first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  page: Page;
  context: BrowserContext;
  violations: string[];
  external: string[];
}

/** Open a built page; `policy` replaces the page's own (to show what a weaker one would block). */
async function open(file: string, policy = ADDIN_CSP): Promise<Loaded> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const external: string[] = [];
  await context.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    if (u.origin === OFFICE_JS_ORIGIN && u.pathname === '/lib/1/hosted/office.js')
      return route.fulfill({ contentType: TYPES['.js'], body: OFFICE_STUB });
    if (u.origin === OFFICE_JS_ORIGIN && u.pathname === '/lib/1/hosted/excel-web-16.00.js')
      return route.fulfill({ contentType: TYPES['.js'], body: HOST_PART });
    if (u.origin === ORIGIN) {
      const path = normalize(join(WEB, decodeURIComponent(u.pathname)));
      if (!path.startsWith(WEB) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
      let body: string | Buffer = readFileSync(path);
      if (extname(path) === '.html' && policy !== ADDIN_CSP) body = body.toString('utf8').split(ADDIN_CSP).join(policy);
      // A static host: no Content-Security-Policy header, the page's <meta> is the policy.
      return route.fulfill({ contentType: TYPES[extname(path)] ?? 'application/octet-stream', body });
    }
    external.push(u.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
    );
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${ORIGIN}/${file}`);
  return { page, context, violations, external };
}

const reported = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe("the add-in's pages under their Content-Security-Policy, in Chromium", () => {
  it('the task pane renders with Office.js and its host part loaded, and nothing is blocked', async () => {
    const { page, context, violations, external } = await open('taskpane.html');
    await page.getByTestId('scan').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __officeHostPart?: boolean }).__officeHostPart)).toBe(
      true,
    );
    // Fluent's run-time styles are in: the pane's button is styled, not the browser's default.
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBeGreaterThan(0);
    expect(await reported(page)).toEqual([]);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it.each(ADDIN_PAGES.filter((p) => p !== 'taskpane.html'))('%s loads with nothing blocked', async (file) => {
    const { page, context, violations, external } = await open(file);
    await page.waitForLoadState('load');
    expect(await reported(page)).toEqual([]);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('help.html (the user guide) shows every picture, loaded from the add-in under the policy', async () => {
    const { page, context, violations, external } = await open('help.html');
    await page.waitForLoadState('load');
    // The pictures load lazily: bring each into view and wait until it is decoded (a broken one rejects).
    const pictures = await page.evaluate(async () => {
      const out: { src: string; width: number }[] = [];
      for (const img of Array.from(document.images)) {
        img.scrollIntoView();
        await img.decode();
        out.push({ src: new URL(img.src).pathname, width: img.naturalWidth });
      }
      return out;
    });
    expect(pictures.length).toBeGreaterThan(0);
    expect(pictures.filter((p) => !p.src.startsWith('/screenshots/') || p.width === 0)).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toBe('Hướng dẫn sử dụng Theo dõi Phụ lục');
    expect(await page.locator('section[lang="en"] h2').textContent()).toBe('In English');
    expect(await reported(page)).toEqual([]);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('the policy is in force: a script from elsewhere and an inline script are blocked', async () => {
    const { page, context } = await open('taskpane.html');
    await page.getByTestId('scan').waitFor();
    await page.evaluate(() => {
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.com/x.js';
      document.head.appendChild(foreign);
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.appendChild(inline);
    });
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length >= 2);
    const blocked = await reported(page);
    expect(blocked).toEqual(
      expect.arrayContaining(['script-src-elem https://cdn.example.com/x.js', 'script-src-elem inline']),
    );
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await context.close();
  });

  it("'unsafe-inline' styles are needed: without them Fluent UI's run-time styles are blocked", async () => {
    const strict = ADDIN_CSP.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    const { page, context } = await open('taskpane.html', strict);
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0, undefined, {
      timeout: 15_000,
    });
    expect((await reported(page)).some((v) => v.startsWith('style-src'))).toBe(true);
    await context.close();
  });
});
