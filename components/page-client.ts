/**
 * The popup's side of the popup→content protocol: which tab, injecting the
 * content script into it, and typed requests with checked answers.
 */
import { HIGHLIGHT_CSS } from '@/lib/article/highlight-style';
import { injectionFailure, type Unreadable } from '@/lib/article/page-support';
import { parseResult, type PopupToContent, type PopupToContentType, type Result } from '@/lib/messages';

export interface TargetTab {
  id: number;
  /** Undefined when the browser does not tell (no permission for this tab). */
  url?: string;
}

/** The tab to read: `?tabId=` when given (tests, the dashboard), else the active tab. */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl } : null;
}

/**
 * Injects the content script, which reads the article as soon as it runs: the article (or why it
 * could not be read) comes back as the injection's result, in one round trip instead of an
 * injection and then a message. A second injection adds no second listener but reads again.
 * Fails with the reason's code when the browser refuses the page.
 */
export async function injectAndRead(tabId: number): Promise<Result<Result<unknown>, Unreadable>> {
  let results: Array<{ result?: unknown }>;
  try {
    results = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
  } catch (err) {
    return { ok: false, error: injectionFailure(err instanceof Error ? err.message : String(err)) };
  }
  const result = results[0]?.result;
  // A browser that does not hand on the script's promised value: ask the listener the script installed.
  if (result === undefined || result === null)
    return { ok: true, value: await sendToContent<'read-article'>(tabId, { type: 'read-article' }) };
  return { ok: true, value: parseResult(result) };
}

/**
 * The highlight styles as an extension stylesheet too: a page whose CSP
 * forbids inline <style> still gets them. Each opening of the popup inserts it:
 * the previous copy is removed first, since Firefox refuses the same sheet twice
 * in a page (NS_ERROR_ILLEGAL_VALUE in its console) and Chromium would stack copies.
 */
export async function insertHighlightCss(tabId: number): Promise<void> {
  const sheet = { target: { tabId }, css: HIGHLIGHT_CSS };
  await browser.scripting.removeCSS(sheet).catch(() => undefined);
  await browser.scripting.insertCSS(sheet).catch(() => undefined);
}

/** Sends a popup→content message; the answer is checked for shape, never trusted. */
export async function sendToContent<T extends PopupToContentType>(
  tabId: number,
  message: PopupToContent[T]['request'],
): Promise<Result<unknown>> {
  try {
    return parseResult(await browser.tabs.sendMessage(tabId, message));
  } catch (err) {
    return {
      ok: false,
      error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
    };
  }
}
