/**
 * The Content-Security-Policy of the add-in's pages (taskpane.html, commands.html, help.html), defined
 * once: webpack.config.js writes it into each page as a <meta http-equiv> (the pages are served by
 * whatever static host an office uses, which may send no header), and tests/addin/csp.test.ts and the
 * end-to-end test hold the built pages to it. README "The pages' Content-Security-Policy" says why each
 * source is there.
 *
 * - scripts: the bundle's own chunks ('self') and Office.js, which Excel's pages must load from
 *   Microsoft's CDN and which loads its host-specific parts (excel-web-16.00.js, office_strings.js …)
 *   from the same origin;
 * - styles: 'self' and 'unsafe-inline': Fluent UI (Griffel) inserts <style> elements at run time, and
 *   Office.js's excel-web script sets inline styles;
 * - images: 'self' (icons) and data: URLs; connections: 'self' only (the pane talks to Excel through
 *   Office.js's host channel, postMessage or the webview's bridge, which no CSP directive governs);
 * - no plugins, no <base> elsewhere, no form posts.
 * frame-ancestors cannot be set by a <meta>: a host that can send headers should add it (README).
 */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

const ADDIN_CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", OFFICE_JS_ORIGIN],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

const ADDIN_CSP = Object.entries(ADDIN_CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** The pages webpack builds with the policy (their templates carry the <meta> first in <head>). */
const ADDIN_PAGES = ['taskpane.html', 'commands.html', 'help.html'];

module.exports = { ADDIN_CSP, ADDIN_CSP_DIRECTIVES, ADDIN_PAGES, OFFICE_JS_ORIGIN };
