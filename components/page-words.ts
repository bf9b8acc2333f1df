/** lib's codes for pages that cannot be read or failed to read, in the UI language. */
import type { Unreadable } from '@/lib/article/page-support';
import type { StoreErrorCode } from '@/lib/store/store-error';
import { t, type MessageKey } from './i18n';

const STORE_NAMES: Record<string, MessageKey> = {
  'chrome-web-store': 'store_chromeWebStore',
  'edge-addons': 'store_edgeAddons',
  'firefox-addons': 'store_firefoxAddons',
};

const UNREADABLE: Record<Unreadable['code'], MessageKey> = {
  address: 'unreadable_address',
  'view-source': 'unreadable_viewSource',
  'pdf-viewer': 'unreadable_pdfViewer',
  extension: 'unreadable_extension',
  browser: 'unreadable_browser',
  store: 'unreadable_store',
  pdf: 'unreadable_pdf',
  scheme: 'unreadable_scheme',
  'file-access': 'unreadable_fileAccess',
  blocked: 'unreadable_blocked',
  failed: 'unreadable_failed',
};

/** "This page can't be read: browsers don't let extensions run on the Chrome Web Store." */
export function unreadableText(u: Unreadable): string {
  const detail =
    u.code === 'store' && u.detail ? t(STORE_NAMES[u.detail] ?? 'store_chromeWebStore') : u.detail;
  return t(UNREADABLE[u.code], detail ?? '');
}

const READ_FAILURES: Record<string, MessageKey> = {
  'no-article': 'readFail_noArticle',
  'too-large': 'readFail_tooLarge',
  'not-html': 'readFail_notHtml',
};

/** What the content script's failure code means for the user. */
export const readFailureText = (code: string) => t(READ_FAILURES[code] ?? 'readFail_internal');

/** A store failure (StoreError's code), in the UI language. */
export const storeErrorText = (code: StoreErrorCode) => t(`storeError_${code}`);
