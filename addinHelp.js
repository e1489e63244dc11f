/**
 * The help page the add-in opens (help.html: the manifest's SupportUrl and GetStarted LearnMoreUrl) is
 * the user guide, docs/huong-dan-su-dung.md, rendered at build time: one text, kept in one place.
 * webpack.config.js renders it into src/taskpane/help.html and copies its screenshots beside the page
 * (dist/web/screenshots/), so they load from the add-in's own origin under the pages' policy
 * (addinCsp.js: img-src 'self'). tests/addin/helpPage.test.ts and tests/docs/guides.test.ts read it.
 *
 * A guide link the page could not follow stops the build with the reason: only anchors inside the
 * guide, https addresses and images under screenshots/ are allowed.
 */
const { readFile } = require('node:fs/promises');
const path = require('node:path');

const GUIDE = path.join(__dirname, 'docs', 'huong-dan-su-dung.md');
/** Where the guide's images are, relative to the guide and, once copied, to help.html. */
const IMAGE_DIR = 'screenshots';
/** The heading of the short English section, the page's last; it is marked lang="en". */
const ENGLISH_HEADING = 'In English';

/**
 * The anchor GitHub gives a heading, so `#…` links work on GitHub and in the help page alike: the text
 * in lower case, characters other than letters, marks, digits, spaces, hyphens and underscores dropped,
 * spaces made hyphens; a repeated anchor takes -1, -2 … (one slugger per document).
 */
function headingSlugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .normalize('NFC')
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text of rendered inline HTML (for a heading's anchor). */
const plainText = (html) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Why the help page cannot carry this link or image, or null when it can. */
function linkProblem(href, image) {
  if (image) return href.startsWith(`${IMAGE_DIR}/`) && !href.includes('..') ? null : 'an image outside screenshots/';
  if (href.startsWith('#') || href.startsWith('https://')) return null;
  return 'a link that is neither an anchor of the guide nor an https address';
}

/** The guide's Markdown → the help page's body (HTML). `marked` is ESM-only, so it is imported here. */
async function renderGuide(markdown) {
  const { Marked } = await import('marked');
  const slug = headingSlugger();
  const problems = [];
  let english = false;
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const text = plainText(inner);
        if (english && depth <= 2) problems.push(`the "${ENGLISH_HEADING}" section must be the last: ${text}`);
        const opens = text === ENGLISH_HEADING && depth === 2;
        if (opens) english = true;
        const open = opens ? '<section lang="en">' : '';
        return `${open}<h${depth} id="${escapeAttr(slug(text))}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const problem = linkProblem(href, false);
        if (problem) problems.push(`${problem}: ${href}`);
        const external = href.startsWith('https://') ? ' rel="noopener noreferrer" target="_blank"' : '';
        const t = title ? ` title="${escapeAttr(title)}"` : '';
        return `<a href="${escapeAttr(href)}"${t}${external}>${this.parser.parseInline(tokens)}</a>`;
      },
      image({ href, title, text }) {
        const problem = linkProblem(href, true);
        if (problem) problems.push(`${problem}: ${href}`);
        const t = title ? ` title="${escapeAttr(title)}"` : '';
        return `<img src="${escapeAttr(href)}" alt="${escapeAttr(text)}"${t} loading="lazy" />`;
      },
    },
  });
  let html = await marked.parse(markdown);
  if (problems.length) throw new Error(`docs/huong-dan-su-dung.md cannot become the help page: ${problems.join('; ')}`);
  if (english) html += '</section>\n';
  return html;
}

/** The guide read from disk and rendered. */
async function renderGuideFile(file = GUIDE) {
  return renderGuide(await readFile(file, 'utf8'));
}

module.exports = { GUIDE, IMAGE_DIR, ENGLISH_HEADING, headingSlugger, linkProblem, renderGuide, renderGuideFile };
