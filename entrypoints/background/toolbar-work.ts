/** The code the background runs for a click on the toolbar button, loaded on the first click. */
export { extractReport } from '@/lib/extract';
export { readView, withSaved } from '@/lib/popup-view/prepare';
export { warmUp } from '@/lib/popup-view/warm-up';
export { openStore } from '@/lib/store';
