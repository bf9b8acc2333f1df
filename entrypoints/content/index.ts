export default defineContentScript({
  // Injected with scripting.executeScript when the popup opens: never declared for all pages.
  registration: 'runtime',
  matches: [],
  main() {},
});
