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

/** The claims, and the comparison when it came right behind them. */
export interface HandedFirst {
  claims: HandedView;
  full?: HandedView | null;
}

const nextTask = () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 0));

/**
 * What has arrived of the view by the time `ready` resolves (the popup's UI has loaded): the
 * popup then draws it in its first frame, claims and comparison together when both are there.
 */
export async function firstArrived(handed: Handed, ready: Promise<unknown>): Promise<HandedFirst | null> {
  let claims: HandedView | null | undefined;
  let full: HandedView | null | undefined;
  void handed.claims.then((v) => (claims = v));
  void handed.full.then((v) => (full = v));
  await ready;
  await nextTask();
  return claims ? { claims, full } : null;
}
