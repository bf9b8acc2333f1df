/**
 * Which site a URL belongs to, and the store's key for a page.
 *
 * A page may name any URL as its canonical one; it counts only when it is on
 * the page's own site (registrable domain, "eTLD+1"), else any page could
 * claim another outlet's report. `tldts` knows the whole Public Suffix List
 * but costs 140 KB minified (50 KB gzipped), three times the content script;
 * this helper knows the two-level suffixes news sites use and the hosting
 * platforms where each subdomain is someone else's site. An unknown platform
 * only errs towards "same site", and then a save that replaces a report from
 * another page still says so and keeps the old one in the trash.
 */

/** Second-level labels under a country code that are public suffixes (co.uk, com.ml, gouv.fr…). */
const SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gov',
  'gouv',
  'govt',
  'info',
  'ltd',
  'me',
  'mil',
  'net',
  'nic',
  'or',
  'org',
  'plc',
  'press',
  'presse',
  'sch',
  'tm',
  'asso',
  'ne',
  'go',
]);

/** Hosting platforms (PSL private suffixes): each subdomain is its own site. */
const PLATFORMS = new Set([
  'blogspot.com',
  'wordpress.com',
  'github.io',
  'gitlab.io',
  'substack.com',
  'tumblr.com',
  'medium.com',
  'wixsite.com',
  'weebly.com',
  'over-blog.com',
  'e-monsite.com',
  'jimdofree.com',
  'jimdosite.com',
  'webflow.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  'amazonaws.com',
  'blogspot.fr',
  'hypotheses.org',
  'canalblog.com',
  'skyrock.com',
  'ghost.io',
  'squarespace.com',
  'sites.google.com',
  'googleusercontent.com',
  'translate.goog',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The registrable domain of a host name ("www.bbc.co.uk" → "bbc.co.uk"); an IP address or single label is itself. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.startsWith('[') || !h.includes('.')) return h;
  const labels = h.split('.');
  const n = labels.length;
  for (let take = 2; take <= Math.min(3, n - 1); take++) {
    // A platform suffix of 2 or 3 labels: one more label is the site.
    if (PLATFORMS.has(labels.slice(n - take).join('.'))) return labels.slice(n - take - 1).join('.');
  }
  const tld = labels[n - 1];
  const sld = labels[n - 2];
  if (n >= 3 && tld.length === 2 && SECOND_LEVEL.has(sld)) return labels.slice(n - 3).join('.');
  return labels.slice(n - 2).join('.');
}

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Same registrable domain (scheme and port aside: http and https pages of one outlet are one site). */
export function sameSite(a: string, b: string): boolean {
  const ua = parse(a);
  const ub = parse(b);
  return !!ua && !!ub && registrableDomain(ua.hostname) === registrableDomain(ub.hostname);
}

/** Query parameters that only track a click: the same page with or without them. */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|xtor|at_medium|at_campaign)$/i;

function decodeKey(pair: string): string {
  const k = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(k);
  } catch {
    return k;
  }
}

/** A page's address as a key: no fragment, no tracking parameters (URL already lowercases the host and drops default ports). */
export function normaliseUrl(url: string): string {
  const u = parse(url);
  if (!u) return url.split('#')[0];
  u.hash = '';
  // The query string read by hand: URLSearchParams' iterators are not iterable in a Firefox
  // content script (its Xray wrappers), where this runs too.
  const kept = u.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !TRACKING.test(decodeKey(pair)));
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.href;
}

/** The store's key for a page: its canonical URL when that is on the page's own site, else its own address; both normalised. */
export function reportKey(url: string, canonical: string | null | undefined): string {
  if (canonical && sameSite(canonical, url)) return normaliseUrl(canonical);
  return normaliseUrl(url);
}

/** Two addresses are the same page (once normalised). */
export function samePage(a: string, b: string): boolean {
  return normaliseUrl(a) === normaliseUrl(b);
}
