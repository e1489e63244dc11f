/**
 * The task pane's first load, measured on the production build (`npm test` runs webpack before jest):
 * every script tag of dist/web/taskpane.html plus the chunk the entry loads before its first render
 * (the theme Office asks for; the larger of the two counts), each gzipped. The pane's other chunks
 * load on demand; none of them, nor anything of the first load, may carry the playground's code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { reportMeasure } from '../helpers/measures';

const WEB = join(__dirname, '..', '..', 'dist', 'web');

/** The first load's budget: the figure measured after issue 10 (159.7 KiB gzip) + 5 %. */
const FIRST_LOAD_BUDGET_GZIP = Math.round(159.7 * 1.05 * 1024);

/** Strings only the playground's code has: its page title (playgroundText.ts), Fluent's tabs and spinner. */
const PLAYGROUND_ONLY = ['try it without Excel', 'fui-TabList', 'fui-Spinner'];

const gzipSize = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;

/**
 * The script files of ours a page's HTML loads, in order (the minified HTML may leave attributes
 * unquoted). Office.js itself comes from Microsoft's CDN, is the same for every add-in and is not ours
 * to shrink: it is left out, and every other script tag must be a file in dist/web.
 */
function scriptsOf(html: string): string[] {
  const page = readFileSync(join(WEB, html), 'utf8');
  const srcs = [...page.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
  expect(srcs.length).toBeGreaterThan(0);
  return srcs
    .filter((src) => !src.startsWith('https://appsforoffice.microsoft.com/'))
    .map((src) => {
      const file = src.replace(/^\.?\//, '');
      expect([src, existsSync(join(WEB, file))]).toEqual([src, true]);
      return file;
    });
}

/** Every .js file in dist/web whose content hash the given runtime names: the chunks it can load. */
function chunksNamedBy(runtime: string): string[] {
  const code = readFileSync(join(WEB, runtime), 'utf8');
  return readdirSync(WEB).filter((f) => {
    const m = /\.([0-9a-f]{8})\.js$/.exec(f);
    return m !== null && f !== runtime && code.includes(`"${m[1]}"`);
  });
}

describe('the task pane bundle (dist/web)', () => {
  if (!existsSync(join(WEB, 'taskpane.html'))) throw new Error('no dist/web/taskpane.html: run `npm run build` first');
  const scripts = scriptsOf('taskpane.html');
  const entry = scripts.find((s) => /^taskpane\.[0-9a-f]{8}\.js$/.test(s)) ?? '';
  const onDemand = chunksNamedBy(entry);
  const themes = onDemand.filter((f) => /^taskpane-theme-(light|dark)\./.test(f));

  it('loads its entry and its own vendor chunk, and one theme before the first render', () => {
    expect(scripts).toEqual(expect.arrayContaining([entry, expect.stringMatching(/^taskpane-vendor\./)]));
    expect(scripts.some((s) => s.startsWith('playground'))).toBe(false);
    expect(themes).toHaveLength(2);
  });

  it(`keeps the first load under ${(FIRST_LOAD_BUDGET_GZIP / 1024).toFixed(1)} KiB gzip`, () => {
    const sizes = Object.fromEntries(scripts.map((s) => [s, gzipSize(s)]));
    const theme = Math.max(...themes.map(gzipSize));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0) + theme;
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const onDemandSizes = onDemand.filter((f) => !themes.includes(f)).map((f) => `${f} ${kib(gzipSize(f))}`);
    reportMeasure(
      [
        `task pane first load: ${kib(total)} gzip`,
        ...Object.entries(sizes).map(([s, n]) => `  ${s} ${kib(n)}`),
        `  theme (larger of ${themes.join(', ')}) ${kib(theme)}`,
        `on demand: ${onDemandSizes.join(', ')}`,
      ].join('\n'),
    );
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
  });

  it("carries none of the playground's code, in the first load or on demand", () => {
    for (const file of [...scripts, ...onDemand]) {
      const code = readFileSync(join(WEB, file), 'utf8');
      for (const marker of PLAYGROUND_ONLY) expect([file, code.includes(marker)]).toEqual([file, false]);
    }
    // The markers are real: the playground's own chunks have each of them.
    const playground = [...scriptsOf('index.html')].map((f) => readFileSync(join(WEB, f), 'utf8')).join('\n');
    for (const marker of PLAYGROUND_ONLY) expect([marker, playground.includes(marker)]).toEqual([marker, true]);
  });
});
