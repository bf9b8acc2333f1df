// First thing: the e2e run measures the popup's times from here. The modules imported here are
// small. After a click on the toolbar button the background has read the page and found its claims
// already: the popup takes them. Opened another way, it reads the page itself: the page read starts
// at once, and the extractor and the store load while the browser and the page answer (their chunks
// are preloaded by popup.html, see wxt.config.ts).
performance.mark('popup-open');

import { savedLang } from '@/components/saved-lang';
import { takeHanded } from './handed';
import { startPageRead } from './page-read';
import { warmUp, type OwnRead, type PopupWork } from './start-up';
import '@/components/theme.css';
import './popup.css';

let work: Promise<PopupWork> | null = null;
const loadWork = () => (work ??= import('./work'));

const handed = takeHanded();
const own = handed.claims.then((h): OwnRead | null => {
  if (h) return null;
  const page = startPageRead();
  let arrived = false;
  void page.read.finally(() => (arrived = true));
  const code = loadWork();
  code.then(
    () => performance.mark('extractor-ready'),
    () => undefined,
  );
  void warmUp(code, () => arrived);
  const store = code.then((m) => m.openStore());
  store.catch(() => undefined);
  return { page, work: code, store };
});
void import('./show').then(({ show }) => show({ handed, own, work: loadWork }));
// The UI language's first read waits on the browser: done while the UI's code loads (saved-lang.ts).
savedLang();
