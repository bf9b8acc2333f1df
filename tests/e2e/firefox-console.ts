/**
 * Which lines of Firefox's output are the extension's own errors. Firefox
 * prints them to its standard output and error (page.on('console') sees
 * nothing of extension pages), among the browser's own chatter.
 */

/**
 * The extension's errors: errors of the WebExtension APIs it called ("Extension
 * error:", e.g. scripting.insertCSS refusing a sheet), console.error in its pages
 * and content script (printed with the pref devtools.console.stdout.content; the
 * fixture pages have no scripts), and uncaught errors in its files.
 */
/**
 * Firefox's own modules that log through console.error: RSLoader is its Remote
 * Settings loader (new-tab and other built-in pages), which finds no network
 * here — seen now and then in a full run, never from the extension's pages.
 */
const BROWSER_CONSOLE = /^console\.error: RSLoader:/;

export function extensionErrorLines(output: string, uuid: string): string[] {
  return output
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('Extension error:') ||
        (line.startsWith('console.error:') && !BROWSER_CONSOLE.test(line)) ||
        (line.startsWith('JavaScript error:') && line.includes(`moz-extension://${uuid}/`)),
    );
}
