// First thing: the e2e run measures the popup's times from here. The modules imported here are
// small: the page read starts at once, and the extractor, the store and the UI load while the
// browser and the page answer (their chunks are preloaded by popup.html, see wxt.config.ts).
performance.mark('popup-open');

import { startPageRead } from './page-read';
import { warmUp } from './start-up';
import '@/components/theme.css';
import './popup.css';

const page = startPageRead();
let arrived = false;
void page.read.finally(() => (arrived = true));
const extractor = import('@/lib/extract');
extractor.then(
  () => performance.mark('extractor-ready'),
  () => undefined,
);
void warmUp(extractor, () => arrived);
const store = import('@/lib/store').then((m) => m.openStore());
store.catch(() => undefined);
void import('./show').then(({ show }) => show({ page, extractor, store }));
