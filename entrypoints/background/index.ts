import { toolbarAction } from '@/components/toolbar-action';

export default defineBackground(() => {
  // The popup and dashboard do the work. The service worker gives the extension
  // a stable id (tests find it), opens the first-run page once, and clears a
  // tab's claim badge when it navigates: the count was for the page the popup read.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url)
      void toolbarAction()
        ?.setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
  });
});
