/**
 * Which tabs the extension can read. Browsers do not let extensions run
 * scripts in their own pages, other extensions, the extension stores or the
 * PDF viewer; the popup says so instead of failing with a browser error.
 */

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'view-source:',
  'javascript:',
  'data:',
  'blob:',
  'filesystem:',
]);

const STORES: Array<[RegExp, string]> = [
  [/^https:\/\/chrome\.google\.com\/webstore/i, 'the Chrome Web Store'],
  [/^https:\/\/chromewebstore\.google\.com\//i, 'the Chrome Web Store'],
  [/^https:\/\/microsoftedge\.microsoft\.com\/addons/i, 'the Edge Add-ons store'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'the Firefox Add-ons site'],
];

/** Chrome's built-in PDF viewer is an extension with this id. */
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const PREFIX = "This page can't be read: browsers don't let extensions run on";

/**
 * Why the page at `url` cannot be read, as a sentence for the user; null when
 * it can be tried. `url` undefined: the browser did not tell (no permission).
 */
export function unreadableReason(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `${PREFIX} this kind of address.`;
  }
  if (u.protocol === 'view-source:')
    return `${PREFIX} view-source pages. Open the page itself and try again.`;
  if (u.protocol === 'chrome-extension:' && u.host === PDF_VIEWER_ID) return `${PREFIX} the PDF viewer.`;
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:')
    return `${PREFIX} other extensions' pages.`;
  if (BROWSER_SCHEMES.has(u.protocol)) return `${PREFIX} the browser's own pages (${u.protocol}//…).`;
  for (const [re, name] of STORES) if (re.test(url)) return `${PREFIX} ${name}.`;
  if (/\.pdf$/i.test(u.pathname)) return `${PREFIX} PDF documents shown in the PDF viewer.`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:')
    return `${PREFIX} ${u.protocol} pages; only web pages can be read.`;
  return null;
}

/** A browser's refusal to inject a script, in the user's words. */
export function injectionFailure(message: string): string {
  if (/file:|file URLs/i.test(message))
    return "This local file can't be read: allow the extension to access file URLs in the browser's extension settings.";
  if (/cannot be scripted|cannot access|chrome:\/\/|edge:\/\/|permission|not allowed/i.test(message))
    return `${PREFIX} this page (${message.replace(/\.$/, '')}).`;
  return `The page could not be read: ${message}`;
}
