/**
 * The add-in's manifest for a given host: every URL in `manifest.xml` (the development manifest, all
 * `https://localhost:3000`) rebased on the office's own address, and the version taken from
 * package.json. Used by webpack.config.js for `dist/manifest.xml` and read by the tests.
 */
const DEV_BASE = 'https://localhost:3000';

/** The base URL a build is for: https, no query or fragment, no trailing slash. Throws a clear message otherwise. */
function addinBase(raw) {
  const text = (raw ?? '').trim() || DEV_BASE;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${text}" is not a URL (expected e.g. https://phu-luc.example.gov.vn/addin)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL "${text}" must start with https:// (Office loads add-ins over https only)`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_BASE_URL "${text}" must be a plain address, without a query, a fragment or credentials`);
  return url.href.replace(/\/+$/, '');
}

/** "0.1.0" → "0.1.0.0": a manifest's version has four numbers. */
function manifestVersion(version) {
  const parts = String(version)
    .split(/[.+-]/)
    .slice(0, 4)
    .filter((p) => /^\d+$/.test(p));
  if (parts.length < 1) throw new Error(`package.json version "${version}" has no number a manifest can carry`);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** The development manifest's text → the one for `base` (from addinBase) and `version` (package.json's). */
function manifestFor(xml, base, version) {
  const origin = new URL(base).origin;
  let out = xml
    // An app domain is an origin, never a path.
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(base)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (base !== DEV_BASE && /localhost/i.test(out)) throw new Error('the production manifest still names localhost');
  return out;
}

module.exports = { DEV_BASE, addinBase, manifestVersion, manifestFor };
