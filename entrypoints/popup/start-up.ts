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
 * Pays the extractor's first-use costs while the browser and the page read the article: the
 * gazetteer parsed, the lexicons' stems, chrono-node's French then English patterns compiled.
 * One step per task, so that the page's answer is taken as soon as it comes; none starts once
 * `arrived()` says it has: the extraction then pays only what it still needs.
 */
export async function warmUp(extractor: Promise<Extractor>, arrived: () => boolean): Promise<void> {
  const steps: Array<(m: Extractor) => unknown> = [
    (m) =>
      m.extractReport({
        text: 'Au moins 2 soldats ont été tués mardi à Bamako, selon l’armée.',
        lang: 'fr',
        published: '2025-01-01',
      }),
    (m) =>
      m.extractReport({
        text: 'At least 2 soldiers were killed in Gao on Tuesday, the army said.',
        lang: 'en',
        published: '2025-01-01',
      }),
  ];
  const m = await extractor.catch(() => null);
  if (!m) return;
  for (const step of steps) {
    await nextTask();
    if (arrived()) return;
    try {
      step(m);
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
