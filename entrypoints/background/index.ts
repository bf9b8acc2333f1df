export default defineBackground(() => {
  // The popup and dashboard do the work. The service worker gives the extension
  // a stable id (tests find it) and clears a tab's claim badge when it navigates:
  // the count was for the page the popup read.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url)
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });
});
