/**
 * Issue 12: the help page the add-in opens (dist/web/help.html, the manifest's SupportUrl and
 * LearnMoreUrl) is the user guide, built from docs/huong-dan-su-dung.md (webpack.config.js with
 * addinHelp.js): every heading of the guide is a heading of the page, every image the guide shows is
 * beside the page, the English section is marked as English, and the template holds no text of its own.
 * Runs on the production build (`npm test` runs webpack before jest); the end-to-end test
 * (tests/e2e/addinCsp.test.ts) loads the page in Chromium under its policy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headings, links } from '../helpers/markdown';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const guide = readFileSync(join(ROOT, 'docs', 'huong-dan-su-dung.md'), 'utf8');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The built page: its headings' text and its images' sources (attributes quoted or not, as minified). */
function page(): { html: string; headings: string[]; images: string[] } {
  const file = join(WEB, 'help.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npx webpack --mode production" (npm test does)`);
  const html = readFileSync(file, 'utf8');
  return {
    html,
    headings: [...html.matchAll(/<h[1-6]\b[^>]*>(.*?)<\/h[1-6]>/gs)].map((m) => text(m[1]!).trim()),
    images: [...html.matchAll(/<img\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
      (m) => m[1] ?? m[2] ?? m[3]!,
    ),
  };
}

describe('the help page is the user guide', () => {
  it('carries every heading of the guide, in order', () => {
    expect(page().headings).toEqual(headings(guide).map((h) => h.text));
  });

  it('shows every image of the guide, each copied beside the page', () => {
    const { images } = page();
    expect(images).toEqual(
      links(guide)
        .filter((l) => l.image)
        .map((l) => l.target),
    );
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((src) => !existsSync(join(WEB, src)))).toEqual([]);
  });

  it('marks the English section as English, and the template adds no text of its own', () => {
    const { html } = page();
    expect(html).toMatch(/<section lang="?en"?><h2 id="?in-english"?>In English<\/h2>/);
    const template = readFileSync(join(ROOT, 'src', 'taskpane', 'help.html'), 'utf8');
    expect(template).toContain('<%= guide %>');
    expect(template).not.toMatch(/<(h[1-6]|p|ul|li)\b/);
  });

  // In a Node process of its own: marked is ESM-only, which jest's module system does not import.
  const render = (markdown: string) =>
    spawnSync(
      process.execPath,
      ['-e', "require('./addinHelp').renderGuide(process.argv[1]).then((h) => process.stdout.write(h))", markdown],
      { cwd: ROOT, encoding: 'utf8' },
    );

  it('refuses a guide whose links the page could not follow, naming them', () => {
    const bad = render('# T\n\n[a](../README.md) ![b](../assets/x.png) [c](#t) [d](https://example.org)\n');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain(
      'a link that is neither an anchor of the guide nor an https address: ../README.md; an image outside screenshots/: ../assets/x.png',
    );
    expect(render('## In English\n\nx\n\n## After\n').stderr).toContain('must be the last');
    const good = render('# T\n\n[c](#t) [d](https://example.org) ![e](screenshots/1-opened.png)\n');
    expect(good.stdout).toBe(
      '<h1 id="t">T</h1>\n<p><a href="#t">c</a> <a href="https://example.org" rel="noopener noreferrer" target="_blank">d</a> <img src="screenshots/1-opened.png" alt="e" loading="lazy" /></p>\n',
    );
  });
});
