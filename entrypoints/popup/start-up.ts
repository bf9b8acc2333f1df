/** The popup's start-up helpers: first-use costs paid while the page is read, and timing marks. */
import type { extractReport } from '@/lib/extract';
import type { Store } from '@/lib/store';
import type { PageReading } from './page-read';

/** What the popup uses of lib/extract, loaded apart from the UI (main.tsx). */
export interface Extractor {
  extractReport: typeof extractReport;
}

/** What main.tsx starts before the UI has loaded: the page read, the extractor's code, the store. */
export interface PopupBoot {
  page: PageReading;
  extractor: Promise<Extractor>;
  store: Promise<Store>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

/**
 * Sentences for the warm-up, in two steps of about the same cost: the tokenizer, stems,
 * gazetteer and rules on French without a date, then chrono-node's French patterns. English
 * pages compile chrono's English patterns when they need them: warming them up too (as much work
 * again) slowed the French pages most users read on a busy machine, and the English ones no faster.
 */
const WARM_UP: ReadonlyArray<{ text: string; lang: 'fr' | 'en' }> = [
  { text: 'Au moins 2 soldats ont été tués à Bamako, selon l’armée.', lang: 'fr' },
  { text: 'Au moins 2 soldats ont été tués mardi à Bamako, selon l’armée.', lang: 'fr' },
];

/**
 * Pays the extractor's first-use costs while the browser and the page read the article. One
 * step per task, so that the page's answer is taken as soon as it comes; none starts once
 * `arrived()` says it has: the extraction then pays only what it still needs.
 */
export async function warmUp(extractor: Promise<Extractor>, arrived: () => boolean): Promise<void> {
  const m = await extractor.catch(() => null);
  if (!m) return;
  for (const { text, lang } of WARM_UP) {
    await nextTask();
    if (arrived()) return;
    try {
      m.extractReport({ text, lang, published: '2025-01-01' });
    } catch {
      // A warm-up only: the real extraction reports its own errors.
    }
  }
  performance.mark('warmed-up');
}

/**
 * A performance mark, and as data attributes the e2e test reads: its time since
 * 'popup-open' (the script started) and since the popup page began loading.
 */
export function markOnce(name: string, attr: string) {
  if (performance.getEntriesByName(name).length) return;
  const mark = performance.mark(name);
  const m = performance.measure(`${name}-since-open`, 'popup-open', name);
  document.documentElement.dataset[attr] = m.duration.toFixed(0);
  document.documentElement.dataset[`${attr}FromNav`] = mark.startTime.toFixed(0);
}
