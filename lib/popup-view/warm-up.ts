/**
 * The extractor's first-use costs (the tokenizer, stems, gazetteer and rules; chrono-node's French
 * patterns), paid while the browser and the page read the article: by the background after a
 * click on the toolbar button, by the popup when it reads the page itself.
 */
import type { extractReport } from '../extract';

/**
 * Two steps of about the same cost: French without a date, then with one. English pages compile
 * chrono's English patterns when they need them: warming them up too (as much work again) slowed
 * the French pages most users read on a busy machine, and the English ones no faster.
 */
const WARM_UP: ReadonlyArray<{ text: string; lang: 'fr' | 'en' }> = [
  { text: 'Au moins 2 soldats ont été tués à Bamako, selon l’armée.', lang: 'fr' },
  { text: 'Au moins 2 soldats ont été tués mardi à Bamako, selon l’armée.', lang: 'fr' },
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One step per task, so that the page's answer is taken as soon as it comes; none starts once
 * `arrived()` says it has: the extraction then pays only what it still needs. Resolves true when
 * every step ran.
 */
export async function warmUp(extract: typeof extractReport, arrived: () => boolean): Promise<boolean> {
  for (const { text, lang } of WARM_UP) {
    await nextTask();
    if (arrived()) return false;
    try {
      extract({ text, lang, published: '2025-01-01' });
    } catch {
      // A warm-up only: the real extraction reports its own errors.
    }
  }
  return true;
}
