/**
 * Issue 11 item 8: every page of the add-in carries the one policy of addinCsp.js as a <meta
 * http-equiv>, before anything it governs, and loads scripts only from where the policy allows. Runs on
 * the production build (`npm test` runs webpack before jest). The end-to-end test loads the built
 * task pane in Chromium and checks that the policy blocks nothing the pane needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_CSP, ADDIN_CSP_DIRECTIVES, ADDIN_PAGES, OFFICE_JS_ORIGIN } from '../../addinCsp';

const WEB = join(__dirname, '..', '..', 'dist', 'web');

/** The attribute values of every `<tag …>` in minified HTML (values quoted or not). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g))
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    return attrs;
  });
}

function policyOf(html: string): string[] {
  return tags(html, 'meta')
    .filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy')
    .map((m) => m.content!.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
}

/** Problems of a page: no policy or another one, the policy after a script or style, a script from elsewhere. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const policies = policyOf(html);
  if (policies.length !== 1 || policies[0] !== ADDIN_CSP) problems.push(`policies: ${JSON.stringify(policies)}`);
  const at = html.search(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy/i);
  const firstGoverned = html.search(/<(script|link|style)\b/i);
  if (at < 0 || (firstGoverned >= 0 && firstGoverned < at)) problems.push('the policy comes after a script or style');
  for (const s of tags(html, 'script')) {
    if (s.src === undefined) problems.push('an inline script');
    else if (/^[a-z]+:/i.test(s.src) && !s.src.startsWith(`${OFFICE_JS_ORIGIN}/`))
      problems.push(`script from ${s.src}`);
  }
  return problems;
}

describe("the add-in's pages carry the policy", () => {
  it.each(ADDIN_PAGES)(
    '%s: one <meta> Content-Security-Policy, first, scripts only from self and Office.js',
    (page) => {
      const file = join(WEB, page);
      if (!existsSync(file)) throw new Error(`${file} is missing: run "npx webpack --mode production" (npm test does)`);
      expect(pageProblems(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the policy is strict: no eval, no inline script, no wildcard, no plugins, Office.js the only other origin', () => {
    const d = ADDIN_CSP_DIRECTIVES;
    expect(d['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'data:']);
    expect(ADDIN_CSP).not.toMatch(/unsafe-eval|\*|http:/);
    expect(d['script-src']).not.toContain("'unsafe-inline'");
    // frame-ancestors is ignored in a <meta> (CSP 3 §6.4.2): it belongs in a header (README).
    expect(ADDIN_CSP).not.toContain('frame-ancestors');
  });

  it('the checks can fail: a page without the policy, with it late, or with a foreign script is reported', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${ADDIN_CSP}">`;
    expect(pageProblems('<head><script src=a.js></script></head>')).toHaveLength(2);
    expect(pageProblems(`<head><script src=a.js></script>${meta}</head>`)).toEqual([
      'the policy comes after a script or style',
    ]);
    expect(pageProblems(`<head>${meta}<script src=https://cdn.example/x.js></script></head>`)).toEqual([
      'script from https://cdn.example/x.js',
    ]);
    expect(
      pageProblems(`<head>${meta}<script src=${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js></script></head>`),
    ).toEqual([]);
  });
});
