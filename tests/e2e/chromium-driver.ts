/**
 * The Chromium driver: playwright-core on the harness (harness.ts) — the e2e
 * Chrome build loaded unpacked, the fixture pages on a local server — and the
 * browser's console watched for the extension's own errors (by the harness).
 */
import type { Page } from 'playwright-core';
import { TestPage, type E2EBrowser, type RawPage } from './driver';
import { launch, openExtensionPage, openPage, screenshot, type LaunchOptions } from './harness';

function rawPage(page: Page): RawPage {
  return {
    // Arguments and results are plain JSON values: the driver's handle types do not apply.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (a: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: (selector) => page.locator(selector).first().click(),
    close: () => page.close(),
    async screenshot(name, selector, viewport) {
      if (viewport) await page.setViewportSize(viewport);
      await screenshot(page, name, selector);
    },
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<E2EBrowser> {
  const h = await launch(options);
  return {
    name: 'chromium',
    async openPage(fixture) {
      const { page, url, tabId } = await openPage(h, fixture);
      return { page: new TestPage(rawPage(page)), url, tabId };
    },
    async openPopup(tabId) {
      return new TestPage(
        rawPage(await openExtensionPage(h, `popup.html?tabId=${tabId}`, { width: 420, height: 640 })),
      );
    },
    async openExtensionPage(file) {
      return new TestPage(rawPage(await openExtensionPage(h, file)));
    },
    extensionErrors: () => h.extensionErrors(),
    close: () => h.close(),
  };
}
