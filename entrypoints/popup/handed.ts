/**
 * The view the background prepared after a click on the toolbar button (see
 * entrypoints/background/toolbar-click.ts): asked for as soon as the popup's first script runs.
 */
import { parseHanded, type HandedView, type TakeHanded } from '@/lib/popup-view/view';

export interface Handed {
  claims: Promise<HandedView | null>;
  full: Promise<HandedView | null>;
}

const none: Handed = { claims: Promise.resolve(null), full: Promise.resolve(null) };

const ask = (part: TakeHanded['part']) =>
  browser.runtime
    .sendMessage({ type: 'take-handed', part } satisfies TakeHanded)
    .then(parseHanded, () => null);

/**
 * Null views when the popup reads a given tab (?tabId=) or the browser's button opens the popup
 * itself (Firefox): the background has nothing then.
 */
export function takeHanded(search = location.search): Handed {
  if (import.meta.env.BROWSER === 'firefox' || new URLSearchParams(search).has('tabId')) return none;
  const claims = ask('claims');
  void claims.then((v) => v && performance.mark('handed-claims'));
  return { claims, full: ask('full') };
}
