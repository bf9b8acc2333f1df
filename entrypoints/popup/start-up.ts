/** The popup's start-up helpers: first-use costs paid while the page is read, and timing marks. */
import type { Store } from '@/lib/store';
import type { Handed } from './handed';
import type { PageReading } from './page-read';
import type * as Work from './work';

/** The popup's heavy code (work.ts), loaded apart from its UI. */
export type PopupWork = typeof Work;

/** The popup reading the page itself: the page read, its code and the store, started by main.tsx. */
export interface OwnRead {
  page: PageReading;
  work: Promise<PopupWork>;
  store: Promise<Store>;
}

/** What main.tsx starts before the UI has loaded. */
export interface PopupBoot {
  /** The background's view, after a click on the toolbar button. */
  handed: Handed;
  /** Null when the background handed a view. */
  own: Promise<OwnRead | null>;
  /** The popup's heavy code, loaded once (Save and Unlink need it too). */
  work: () => Promise<PopupWork>;
}

/** Runs work the user is not waiting for once the popup is idle (at the latest after 2 s). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

/**
 * Resolves once the popup has painted its next frame (a frame, then a task), or after 100 ms
 * when it draws none (hidden). For work the user does not see in the popup, such as the toolbar
 * badge: the first call to the browser's action API builds its bindings, which would otherwise
 * delay the frame that shows the claims.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    requestAnimationFrame(done);
  });
}

/** Pays the extractor's first-use costs while the browser and the page read the article. */
export async function warmUp(code: Promise<PopupWork>, arrived: () => boolean): Promise<void> {
  const m = await code.catch(() => null);
  if (m && (await m.warmUp(m.extractReport, arrived))) performance.mark('warmed-up');
}

/** When the toolbar button was clicked (ms since the epoch), when the background handed a view. */
let clickedAt: number | undefined;
export const setClickedAt = (at: number) => {
  clickedAt = at;
  document.documentElement.dataset.navFromClick = (performance.timeOrigin - at).toFixed(0);
};

/**
 * Calls `fn` once the frame that shows the DOM as it is now has been painted: the next animation
 * frame, then a message task (which runs as soon as that frame is done, where a timer can wait
 * behind further frames while the browser sizes a new popup).
 */
export function afterFramePainted(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A performance mark, and as data attributes the e2e test reads: its time since
 * 'popup-open' (the script started), since the popup page began loading, and since the click on
 * the toolbar button when the background handed the view.
 */
export function markOnce(name: string, attr: string) {
  if (performance.getEntriesByName(name).length) return;
  const mark = performance.mark(name);
  const m = performance.measure(`${name}-since-open`, 'popup-open', name);
  const data = document.documentElement.dataset;
  data[attr] = m.duration.toFixed(0);
  data[`${attr}FromNav`] = mark.startTime.toFixed(0);
  if (clickedAt !== undefined)
    data[`${attr}FromClick`] = (performance.timeOrigin + mark.startTime - clickedAt).toFixed(0);
}
