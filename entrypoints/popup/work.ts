/**
 * The popup's heavy code, loaded apart from its UI: what it needs to read a page itself (opened
 * other than by the toolbar button: the dashboard's ?tabId=, Firefox) and to save and compare.
 */
export { extractReport } from '@/lib/extract';
export { compareWithSaved, readView, withSaved } from '@/lib/popup-view/prepare';
export { warmUp } from '@/lib/popup-view/warm-up';
export { openStore, saveReport, unlinkReport } from '@/lib/store';
export { reapplyMoves } from '@/lib/store/corrections';
