/**
 * A click on the toolbar button (Chromium): the background reads the page and finds its claims,
 * then compares them with the saved reports, while the browser opens the popup — which is ready
 * to draw them when its first script runs, instead of starting the work then. The popup takes the
 * view with a 'take-handed' message. A popup opened another way (the dashboard's ?tabId=, Firefox,
 * whose button opens the popup itself) reads the page on its own.
 */
import { injectAndRead } from '@/components/page-client';
import { markPage } from '@/components/page-marks';
import type { ClickedTab } from '@/components/context-menu';
import { toolbarAction } from '@/components/toolbar-action';
import { unreadableReason } from '@/lib/article/page-support';
import type { Store } from '@/lib/store';
import { isTakeHanded, type HandedView, type PreparedView } from '@/lib/popup-view/view';

/** A click's work: its claims, then its comparison. */
interface Handed {
  clickedAt: number;
  claims: Promise<PreparedView>;
  full: Promise<PreparedView>;
  /**
   * The full view once it is ready. A popup asking for the claims after that gets it, and draws the
   * claims and the comparison in its first frame (the background compares while the browser opens
   * the popup, and is often done before the popup asks).
   */
  ready?: PreparedView;
}

/** A popup that has not asked within this time was not opened by the click (or failed to open). */
const HANDED_FOR_MS = 15_000;

let latest: Handed | null = null;
let store: Promise<Store> | null = null;

const work = () => import('./toolbar-work');

/**
 * What a click on the toolbar button (or its shortcut, or the context menu's item) does. Resolves
 * once the popup is open; the page is read meanwhile.
 */
export function onToolbarClick(tab: ClickedTab): Promise<void> {
  const clickedAt = Date.now();
  const opened = openPopup(tab);
  if (tab.id === undefined) return opened;
  const tabId = tab.id;
  const refused = unreadableReason(tab.url);
  const code = work();
  let arrived = false;
  const answer = refused ? null : injectAndRead(tabId).finally(() => (arrived = true));
  void code.then((w) => w.warmUp(w.extractReport, () => arrived)).catch(() => undefined);
  const claims = (async (): Promise<PreparedView> => {
    if (refused) return { state: 'refused', reason: refused };
    const injected = await answer!;
    if (!injected.ok) return { state: 'refused', reason: injected.error };
    const w = await code;
    return w.readView(tabId, injected.value, w.extractReport);
  })();
  const full = claims.then(async (view) => {
    if (view.state !== 'report') return view;
    const w = await code;
    // Opened once while the background lives; a store that failed to open is tried again next time.
    const open = () =>
      (store ??= w.openStore().catch((err: unknown) => {
        store = null;
        throw err;
      }));
    const done = await w.withSaved(view, open);
    void markPage(done).catch(() => undefined);
    return done;
  });
  const handed: Handed = { clickedAt, claims, full };
  full.then(
    (view) => (handed.ready = view),
    () => undefined,
  );
  latest = handed;
  // Nobody asked (the popup did not open): the view is not kept.
  setTimeout(() => {
    if (latest?.clickedAt === clickedAt) latest = null;
  }, HANDED_FOR_MS);
  return opened;
}

/**
 * Opens the toolbar popup of the clicked tab's window. The button has no popup of its own (so that
 * the click reaches the background first): one is set for this opening, then taken away.
 */
async function openPopup(tab: ClickedTab): Promise<void> {
  const action = toolbarAction();
  try {
    if (!action?.setPopup || !action.openPopup) throw new Error('no action.openPopup');
    await action.setPopup({ popup: 'popup.html' });
    try {
      await action.openPopup(tab.windowId === undefined ? {} : { windowId: tab.windowId });
    } finally {
      await action.setPopup({ popup: '' });
    }
  } catch {
    // No focused window, or a browser without openPopup: the popup in a tab, reading this one.
    const query = tab.id === undefined ? '' : `?tabId=${tab.id}`;
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) }).catch(() => undefined);
  }
}

/** The popup's request for the view: answered once that part is ready, with null if there is none. */
export function onTakeHanded(
  msg: unknown,
  sender: { id?: string; url?: string },
  sendResponse: (answer: HandedView | null) => void,
): boolean {
  if (!isTakeHanded(msg) || sender.id !== browser.runtime.id) return false;
  if (!sender.url?.startsWith(browser.runtime.getURL('/popup.html'))) return false;
  const handed = latest;
  if (!handed) {
    sendResponse(null);
    return false;
  }
  if (msg.part === 'full') latest = null;
  const answer =
    msg.part === 'full' ? handed.full : handed.ready ? Promise.resolve(handed.ready) : handed.claims;
  answer.then(
    (view) => sendResponse({ clickedAt: handed.clickedAt, view }),
    () => sendResponse(null),
  );
  return true;
}
