/**
 * The Firefox driver: Firefox ESR driven by puppeteer-core over WebDriver
 * BiDi, the e2e Firefox build installed as a temporary add-on (recipe and
 * pitfalls: ../shared/docs/e2e-firefox.md beside the project).
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TestPage, type E2EBrowser, type RawPage } from './driver';
import { extensionErrorLines } from './firefox-console';
import { FIXTURES_DIR, ROOT } from './harness';
import { startStaticServer } from './static-server.mjs';

/** `npm run build:e2e:firefox` (WXT puts mode e2e in its own folder). */
export const FIREFOX_EXTENSION_DIR =
  process.env.FIREFOX_EXTENSION_DIR ?? path.join(ROOT, '.output/firefox-mv2-e2e');
/** Debian's firefox-esr, unless FIREFOX_PATH says otherwise. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed by a pref so that its pages have a known address. */
const UUID = '6d1b7a52-3c1e-4f0a-9b7e-2f4c8e0a5d13';

interface ExtensionGlobals {
  browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
}

/**
 * Firefox sends no load event for moz-extension:// documents (bug 1755014): start
 * the navigation without awaiting it and poll the document instead.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const end = Date.now() + 30_000;
  for (;;) {
    const done = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (done) return;
    if (Date.now() > end) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function rawPage(page: Page): RawPage {
  return {
    // Arguments and results are plain JSON values: the driver's handle types do not apply.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (a: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: (selector) => page.click(selector),
    close: () => page.close(),
  };
}

/**
 * The page's viewport. puppeteer sends BiDi's browsingContext.setViewport together with
 * emulation.setScreenOrientationOverride, which some Firefox ESR builds (140.12) do not know: the
 * viewport is set all the same, and that unknown command alone is not an error of the test.
 */
async function setViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (err) {
    if (!String(err).includes('setScreenOrientationOverride')) throw err;
  }
}

export async function launchFirefox(): Promise<E2EBrowser> {
  const extensionDir = FIREFOX_EXTENSION_DIR;
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!fs.existsSync(manifestFile))
    throw new Error(`no Firefox build in ${extensionDir}: run "npm run build:e2e:firefox" first`);
  if (!fs.existsSync(FIREFOX_PATH))
    throw new Error(`no Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const server = await startStaticServer(FIXTURES_DIR);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Else BiDi refuses to navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
        // page.on('console') sees nothing of extension pages: Firefox prints their console to stdout.
        'devtools.console.stdout.content': true,
      },
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  let output = '';
  const proc = browser.process();
  proc?.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  proc?.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await browser.installExtension(extensionDir);
  } catch (err) {
    await browser.close().catch(() => undefined);
    await server.close();
    throw err;
  }
  const extensionUrl = (file: string) => `moz-extension://${UUID}/${file}`;

  const openExtensionPage = async (file: string) => {
    const page = await browser.newPage();
    await setViewport(page, 1100, 800);
    await gotoExtensionPage(page, extensionUrl(file));
    return page;
  };

  // An extension page kept open to ask the browser for tab ids with the extension's rights.
  // (tabs.query({ url }) takes a match pattern, and one with a port matches nothing: compare tab.url.)
  let helper: Page | null = null;
  const tabIdOf = async (url: string) => {
    helper ??= await openExtensionPage('popup.html?tabId=999999');
    const id = await helper.evaluate(
      (u) =>
        (globalThis as unknown as ExtensionGlobals).browser.tabs
          .query({})
          .then((tabs) => tabs.find((t) => t.url === u)?.id ?? -1),
      url,
    );
    if (id < 0) throw new Error(`no tab with ${url}`);
    return id;
  };

  return {
    name: 'firefox',
    async openPage(fixture) {
      const url = server.url(fixture);
      const page = await browser.newPage();
      await page.goto(url);
      return { page: new TestPage(rawPage(page)), url, tabId: await tabIdOf(url) };
    },
    async openPopup(tabId) {
      const page = await browser.newPage();
      await setViewport(page, 420, 640);
      await gotoExtensionPage(page, extensionUrl(`popup.html?tabId=${tabId}`));
      return new TestPage(rawPage(page));
    },
    async openExtensionPage(file) {
      return new TestPage(rawPage(await openExtensionPage(file)));
    },
    extensionErrors: () => extensionErrorLines(output, UUID),
    async close() {
      await browser.close().catch(() => undefined);
      // E2E_BROWSER_OUTPUT=1: everything Firefox printed, to see what the filter above kept.
      if (process.env.E2E_BROWSER_OUTPUT === '1') console.log(output);
      await server.close();
    },
  };
}
