import { createMenus, menusApi, onMenuClick } from '@/components/context-menu';
import { toolbarAction } from '@/components/toolbar-action';

export default defineBackground(() => {
  // The popup and dashboard do the work. The service worker gives the extension
  // a stable id (tests find it), opens the first-run page once, and clears a
  // tab's claim badge when it navigates: the count was for the page the popup read.
  // It also holds the context menu (components/context-menu.ts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenus().catch(() => undefined);
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  menusApi()?.onClicked.addListener((info, tab) => void onMenuClick(info, tab).catch(() => undefined));
  // The e2e build: a test cannot right-click the browser's own menu, it calls the handler.
  if (import.meta.env.MODE === 'e2e')
    (globalThis as { __crosscheckMenuClick?: typeof onMenuClick }).__crosscheckMenuClick = onMenuClick;
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url)
      void toolbarAction()
        ?.setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
  });
});
