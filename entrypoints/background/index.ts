export default defineBackground(() => {
  // The popup and dashboard do the work; the service worker only exists so
  // that the extension has a stable id to talk to (and for tests to find it).
});
