/** The popup's start-up helpers: the extractor warmed up while the page is read, and timing marks. */
import { extractReport } from '@/lib/extract';

/** Runs the extractor once on two short sentences, so its lazily built tables are ready. */
export function warmUpExtractor() {
  try {
    extractReport({
      text: 'Au moins 2 soldats ont été tués mardi à Bamako, selon l’armée.',
      lang: 'fr',
      published: '2025-01-01',
    });
    extractReport({
      text: 'At least 2 soldiers were killed in Gao on Tuesday, the army said.',
      lang: 'en',
      published: '2025-01-01',
    });
  } catch {
    // A warm-up only: the real extraction reports its own errors.
  }
  performance.mark('extractor-ready');
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
