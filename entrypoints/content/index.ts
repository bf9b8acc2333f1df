import { readArticle } from '../../lib/article/read-article';
import {
  parsePopupToContent,
  type MessageError,
  type PopupToContentMessage,
  type Result,
} from '../../lib/messages';
import { clearHighlights, drawHighlights } from './highlights';

/**
 * Set on the content script's own isolated world, under a symbol: injecting
 * the script again must not add a second listener. A symbol key cannot be
 * shadowed by a page element's id or name (named access on window), and the
 * page's scripts live in another world.
 */
const GUARD = Symbol.for('mali-crosscheck.content-script');

export default defineContentScript({
  // Injected with scripting.executeScript when the popup opens: never declared for all pages.
  registration: 'runtime',
  matches: [],
  /**
   * Each injection reads the article and returns it: the popup gets it as the injection's
   * result (WXT hands main's value to scripting.executeScript), one round trip saved.
   */
  main(): Result<unknown> {
    const g = globalThis as unknown as Record<symbol, unknown>;
    if (g[GUARD] !== true) {
      g[GUARD] = true;
      browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
        // Only this extension's pages talk to us, and only with messages we know.
        if (sender.id !== browser.runtime.id) return false;
        const m = parsePopupToContent(msg);
        if (!m) return false;
        sendResponse(handle(m));
        return false;
      });
    }
    return handle({ type: 'read-article' });
  },
});

function handle(m: PopupToContentMessage): Result<unknown> {
  try {
    switch (m.type) {
      case 'read-article': {
        const r = readArticle(document, location.href);
        return r.ok
          ? { ok: true, value: r.article }
          : { ok: false, error: { code: r.error, message: r.message } };
      }
      case 'highlight':
        return { ok: true, value: drawHighlights(document, m.claims) };
      case 'clear-highlights':
        return { ok: true, value: clearHighlights(document) };
    }
  } catch (err) {
    const error: MessageError = {
      code: 'internal',
      message: err instanceof Error ? err.message : String(err),
    };
    return { ok: false, error };
  }
}
