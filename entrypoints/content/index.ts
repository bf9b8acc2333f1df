import { readArticle } from '../../lib/article/read-article';
import {
  parsePopupToContent,
  type MessageError,
  type PopupToContentMessage,
  type Result,
} from '../../lib/messages';
import { clearHighlights, drawHighlights } from './highlights';

/** Set on the content script's world: injecting the script again must not add a second listener. */
const GUARD = '__maliCrosscheckContent';

export default defineContentScript({
  // Injected with scripting.executeScript when the popup opens: never declared for all pages.
  registration: 'runtime',
  matches: [],
  main() {
    const g = globalThis as unknown as Record<string, unknown>;
    if (g[GUARD]) return;
    g[GUARD] = true;
    browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
      // Only this extension's pages talk to us, and only with messages we know.
      if (sender.id !== browser.runtime.id) return false;
      const m = parsePopupToContent(msg);
      if (!m) return false;
      sendResponse(handle(m));
      return false;
    });
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
