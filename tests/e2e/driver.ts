/**
 * The one harness interface the shared e2e bodies (user-path.ts) are written
 * against, and two drivers behind it: playwright-core for Chromium
 * (chromium-driver.ts), puppeteer-core over WebDriver BiDi for Firefox
 * (firefox-driver.ts). A driver gives pages that can evaluate a function and
 * click; everything a test asks of a page is built from those two here, the
 * same way for both browsers.
 */

/** What a driver's page must do: run a function in the page, click like a user, close. */
export interface RawPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
  /** For the README's screenshots (`npm run screenshots`); a driver without it takes none. */
  screenshot?(name: string, selector?: string, viewport?: { width: number; height: number }): Promise<void>;
}

export interface E2EBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a fixture page (by file name) in a new tab. */
  openPage(fixture: string): Promise<{ page: TestPage; url: string; tabId: number }>;
  /**
   * The popup for a tab, as a tab of its own (`popup.html?tabId=`): a test
   * cannot click the toolbar button. Each call is a new opening of the popup.
   */
  openPopup(tabId: number): Promise<TestPage>;
  /** An extension page (dashboard.html…) in a new tab, loaded. */
  openExtensionPage(file: string): Promise<TestPage>;
  /** The extension's own errors in the browser's console so far (its pages, its content script). */
  extensionErrors(): string[];
  close(): Promise<void>;
}

const TIMEOUT = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A page as the shared tests see it: queries by CSS selector, answered by the page itself. */
export class TestPage {
  constructor(private readonly raw: RawPage) {}

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.raw.evaluate(fn, arg);
  }

  /** Polls `fn` in the page until it returns something truthy (a page still loading counts as not yet). */
  async waitUntil<A>(fn: (arg: A) => unknown, arg: A, what: string, timeout = TIMEOUT): Promise<void> {
    const end = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        if (await this.raw.evaluate(fn, arg)) return;
      } catch (err) {
        last = err; // navigating: the page's context is gone for a moment
      }
      if (Date.now() > end)
        throw new Error(
          `timed out after ${timeout} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`,
        );
      await sleep(100);
    }
  }

  waitFor(selector: string, timeout?: number): Promise<void> {
    return this.waitUntil((s) => !!document.querySelector(s), selector, `"${selector}"`, timeout);
  }

  /** The rendered text of the first match (innerText, as a user reads it). */
  async text(selector: string): Promise<string> {
    await this.waitFor(selector);
    return this.raw.evaluate((s) => (document.querySelector(s) as HTMLElement).innerText, selector);
  }

  async attr(selector: string, name: string): Promise<string | null> {
    await this.waitFor(selector);
    return this.raw.evaluate(([s, n]) => document.querySelector(s)!.getAttribute(n), [
      selector,
      name,
    ] as const);
  }

  count(selector: string): Promise<number> {
    return this.raw.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    await this.raw.click(selector);
  }

  /** A screenshot into docs/screenshots/ when UPDATE_SCREENSHOTS is set (Chromium's driver only). */
  async screenshot(
    name: string,
    selector?: string,
    viewport?: { width: number; height: number },
  ): Promise<void> {
    await this.raw.screenshot?.(name, selector, viewport);
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}
