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

/** Why a page cannot be read, as a code the UI puts into words; `detail` is a name or scheme to quote. */
export interface Unreadable {
  code:
    | 'address'
    | 'view-source'
    | 'pdf-viewer'
    | 'extension'
    | 'browser'
    | 'store'
    | 'pdf'
    | 'scheme'
    | 'file-access'
    | 'blocked'
    | 'failed';
  detail?: string;
}

/** The stores, by the code the UI names them with. */
const STORES: Array<[RegExp, 'chrome-web-store' | 'edge-addons' | 'firefox-addons']> = [
  [/^https:\/\/chrome\.google\.com\/webstore/i, 'chrome-web-store'],
  [/^https:\/\/chromewebstore\.google\.com\//i, 'chrome-web-store'],
  [/^https:\/\/microsoftedge\.microsoft\.com\/addons/i, 'edge-addons'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'firefox-addons'],
];

/** Chrome's built-in PDF viewer is an extension with this id. */
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/**
 * Why the page at `url` cannot be read; null when it can be tried.
 * `url` undefined: the browser did not tell (no permission).
 */
export function unreadableReason(url: string | null | undefined): Unreadable | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { code: 'address' };
  }
  if (u.protocol === 'view-source:') return { code: 'view-source' };
  if (u.protocol === 'chrome-extension:' && u.host === PDF_VIEWER_ID) return { code: 'pdf-viewer' };
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:')
    return { code: 'extension' };
  if (BROWSER_SCHEMES.has(u.protocol)) return { code: 'browser', detail: u.protocol };
  for (const [re, name] of STORES) if (re.test(url)) return { code: 'store', detail: name };
  if (/\.pdf$/i.test(u.pathname)) return { code: 'pdf' };
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:')
    return { code: 'scheme', detail: u.protocol };
  return null;
}

/** A browser's refusal to inject a script, as a code (and the browser's message to quote). */
export function injectionFailure(message: string): Unreadable {
  if (/file:|file URLs/i.test(message)) return { code: 'file-access' };
  if (/cannot be scripted|cannot access|chrome:\/\/|edge:\/\/|permission|not allowed/i.test(message))
    return { code: 'blocked', detail: message.replace(/\.$/, '') };
  return { code: 'failed', detail: message };
}
