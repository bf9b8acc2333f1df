import { createMenus, menusApi, onMenuClick } from '@/components/context-menu';
import { toolbarAction } from '@/components/toolbar-action';
import { onTakeHanded, onToolbarClick } from './toolbar-click';

/** Chromium's toolbar button has no popup of its own: its click reaches the background (toolbar-click.ts). */
const clickFirst = import.meta.env.BROWSER !== 'firefox';

export default defineBackground(() => {
  // The popup and dashboard do most of the work. The background gives the extension a stable id
  // (tests find it), opens the first-run page once, and clears a tab's claim badge when it
  // navigates: the count was for the page the popup read. It holds the context menu
  // (components/context-menu.ts) and, in Chromium, starts reading the page on a click of the
  // toolbar button while the popup opens (toolbar-click.ts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenus().catch(() => undefined);
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  const toolbarClick = clickFirst ? onToolbarClick : undefined;
  const menuClick: typeof onMenuClick = (info, tab) => onMenuClick(info, tab, toolbarClick);
  menusApi()?.onClicked.addListener((info, tab) => void menuClick(info, tab).catch(() => undefined));
  if (clickFirst) {
    browser.action.onClicked.addListener((tab) => void onToolbarClick(tab));
    browser.runtime.onMessage.addListener(onTakeHanded);
  }
  // The e2e build: a test cannot click the browser's own menu or toolbar, it calls the handlers.
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, { __crosscheckMenuClick: menuClick, __crosscheckToolbarClick: toolbarClick });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url)
      void toolbarAction()
        ?.setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
  });
});
