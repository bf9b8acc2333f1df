/**
 * e2e harness: Chromium with the built extension (see ../../docs or
 * /work/shared/docs/e2e.md for why each step is so), the fixture pages on a
 * local server, and helpers to open the popup for a page or any extension page.
 * Shared by the popup and dashboard e2e tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Worker,
} from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.mjs';

export const ROOT = path.resolve(__dirname, '../..');
/** The e2e build (`npm run build:e2e`: WXT puts mode e2e in its own folder). */
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOTS_DIR = path.join(ROOT, 'docs/screenshots');

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker: chrome.* calls with the extension's rights. */
  worker: Worker;
  extensionId: string;
  server: StaticServer;
  /** chrome-extension://<id>/<file> */
  extensionUrl(file: string): string;
  /** A new connection over the DevTools port (launch with toolbarPopup): it sees the toolbar popup as a page. */
  devtools(): Promise<Browser>;
  /** The extension's own errors in the browser's console so far (see watchExtensionErrors). */
  extensionErrors(): string[];
  /** Closes everything; fails if the extension logged an error meanwhile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  fixturesDir?: string;
  headless?: boolean;
  /** Also open a DevTools port, so that openToolbarPopup can reach the real toolbar popup. */
  toolbarPopup?: boolean;
  /**
   * A server the test takes offline or answers 404 on purpose (the team server): the
   * browser's own "Failed to load resource" lines for it are not the extension's errors.
   */
  networkErrorsFrom?: string;
}

/** Chromium flags that work here: the extension, no sandbox (containers), no network chatter. */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
  ];
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run "npm run build:e2e" first`);
  const headless = options.headless ?? true;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mali-crosscheck-e2e-'));
  const server = await startStaticServer(options.fixturesDir ?? FIXTURES_DIR);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      args: [
        ...chromiumArgs(extensionDir, headless),
        ...(options.toolbarPopup ? ['--remote-debugging-port=0'] : []),
      ],
      viewport: { width: 1100, height: 800 },
    });
  } catch (err) {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let cdp: Browser | null = null;
  const extensionErrors = watchExtensionErrors(
    context,
    `chrome-extension://${extensionId}/`,
    options.networkErrorsFrom,
  );
  return {
    context,
    worker,
    extensionId,
    server,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    extensionErrors,
    async devtools() {
      // A fresh connection each time: one made earlier does not list popups opened later.
      await cdp?.close().catch(() => undefined);
      const port = fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      return (cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`));
    },
    async close() {
      await cdp?.close().catch(() => undefined);
      await context.close().catch(() => undefined);
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
      const errors = extensionErrors();
      if (errors.length) throw new Error(`the extension logged errors:\n${errors.join('\n')}`);
    },
  };
}

/**
 * Collects the extension's console errors: from its pages and its content script
 * (whose messages carry the extension's address), and uncaught errors whose stack
 * runs through its files. The fixture pages have no scripts of their own.
 */
export function watchExtensionErrors(
  context: BrowserContext,
  origin: string,
  networkErrorsFrom?: string,
): () => string[] {
  const errors: string[] = [];
  const ours = (url: string | undefined) => !!url && url.startsWith(origin);
  context.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    if (
      networkErrorsFrom &&
      msg.location().url.startsWith(networkErrorsFrom) &&
      msg.text().startsWith('Failed to load resource')
    )
      return;
    if (ours(msg.location().url) || ours(msg.page()?.url()) || msg.text().includes(origin))
      errors.push(`${msg.location().url}: ${msg.text()}`);
  });
  context.on('weberror', (e) => {
    const stack = e.error().stack ?? String(e.error());
    if (stack.includes(origin) || ours(e.page()?.url())) errors.push(`uncaught: ${stack}`);
  });
  return () => [...errors];
}

/** What the service worker's global has, as far as the harness uses it. */
export interface WorkerGlobals {
  chrome: { tabs: { query(q: { url?: string }): Promise<Array<{ id?: number; url?: string }>> } };
}

/** The browser's tab id of an open page, asked through the extension (tabs.query by URL). */
export async function tabIdOf(h: Harness, pageUrl: string): Promise<number> {
  const id = await h.worker.evaluate(
    (u: string) =>
      (globalThis as unknown as WorkerGlobals).chrome.tabs
        .query({ url: u })
        .then((tabs) => tabs[0]?.id ?? -1),
    pageUrl,
  );
  if (id < 0) throw new Error(`no tab with ${pageUrl}`);
  return id;
}

/** Opens a fixture (by file name) or any URL in a new tab. */
export async function openPage(
  h: Harness,
  nameOrUrl: string,
): Promise<{ page: Page; url: string; tabId: number }> {
  const url = /^[a-z]+:/.test(nameOrUrl) ? nameOrUrl : h.server.url(nameOrUrl);
  const page = await h.context.newPage();
  await page.goto(url);
  return { page, url, tabId: await tabIdOf(h, url) };
}

/**
 * Opens the popup for a page, as a tab of its own (`popup.html?tabId=`):
 * a test cannot click the toolbar button, and Playwright does not expose the
 * real popup window. The popup page gets the popup's width.
 */
export async function openPopupFor(h: Harness, nameOrUrl: string) {
  const target = await openPage(h, nameOrUrl);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(h.extensionUrl(`popup.html?tabId=${target.tabId}`));
  return { ...target, popup };
}

/**
 * Opens the real toolbar popup on a page, as a click on the toolbar button does: the page's tab
 * in front, then the background's click handler (the e2e build exposes it; the button has no popup
 * of its own, the handler starts reading the page and opens it). The browser sizes the popup
 * itself (from a tiny viewport, growing to the content, at most 800 × 600).
 * The persistent context does not list the popup, so it is reached through the
 * DevTools port (launch with toolbarPopup).
 */
export async function openToolbarPopup(h: Harness, nameOrUrl: string) {
  const target = await openPage(h, nameOrUrl);
  await target.page.bringToFront();
  await h.worker.evaluate(async (tabId) => {
    const g = globalThis as unknown as ActionGlobals;
    const tab = await g.chrome.tabs.get(tabId);
    await g.__crosscheckToolbarClick(tab);
  }, target.tabId);
  const browser = await h.devtools();
  const popupUrl = h.extensionUrl('popup.html');
  const find = () =>
    browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(popupUrl));
  let popup = find();
  for (let i = 0; !popup && i < 100; i++) {
    await new Promise((r) => setTimeout(r, 50));
    popup = find();
  }
  if (!popup) {
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    throw new Error(
      `the toolbar popup did not open: ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`,
    );
  }
  return { ...target, popup };
}

interface ActionGlobals {
  chrome: { tabs: { get(id: number): Promise<object> } };
  __crosscheckToolbarClick(tab: object): Promise<void>;
}

/** Opens an extension page (dashboard.html, popup.html…) in a new tab. */
export async function openExtensionPage(
  h: Harness,
  file: string,
  viewport = { width: 1100, height: 800 },
): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(h.extensionUrl(file));
  return page;
}

/** Screenshots for the README are written only when asked: `UPDATE_SCREENSHOTS=1` (`npm run screenshots`). */
export const UPDATE_SCREENSHOTS = !!process.env.UPDATE_SCREENSHOTS && process.env.UPDATE_SCREENSHOTS !== '0';

export interface ScreenshotOptions {
  /** The viewport only (the real toolbar popup, as the user sees it). */
  viewport?: boolean;
}

/** A screenshot into docs/screenshots/ when UPDATE_SCREENSHOTS is set; otherwise nothing (null). */
export async function screenshot(
  page: Page,
  name: string,
  selector?: string,
  options: ScreenshotOptions = {},
): Promise<string | null> {
  if (!UPDATE_SCREENSHOTS) return null;
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, name);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: !options.viewport });
  return file;
}
