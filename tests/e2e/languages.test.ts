/**
 * The UI in the browser's language: Chromium started in French (--lang=fr and
 * LANGUAGE=fr, which Linux builds read) and in English; the popup and the
 * dashboard speak it, and the dashboard's language switch is remembered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, EXTENSION_DIR, FIXTURES_DIR, screenshot } from './harness';
import { startStaticServer, type StaticServer } from './static-server.mjs';

interface Browser {
  context: BrowserContext;
  worker: Worker;
  server: StaticServer;
  url(file: string): string;
  close(): Promise<void>;
}

async function launchIn(lang: 'fr' | 'en'): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `mali-crosscheck-${lang}-`));
  const server = await startStaticServer(FIXTURES_DIR);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs(EXTENSION_DIR, true), `--lang=${lang}`],
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    server,
    url: (file) => `chrome-extension://${id}/${file}`,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Globals {
  chrome: {
    i18n: { getUILanguage(): string };
    tabs: { query(q: { url?: string }): Promise<Array<{ id?: number }>> };
  };
}

async function openPopup(b: Browser, fixture: string) {
  const pageUrl = b.server.url(fixture);
  const page = await b.context.newPage();
  await page.goto(pageUrl);
  const tabId = await b.worker.evaluate(
    (u: string) =>
      (globalThis as unknown as Globals).chrome.tabs.query({ url: u }).then((t) => t[0]?.id ?? -1),
    pageUrl,
  );
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(b.url(`popup.html?tabId=${tabId}`));
  await popup.waitForSelector('main[data-state="report"] .claim');
  return { page, popup };
}

describe('Chromium in French', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchIn('fr');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('runs in French', async () => {
    const ui = await b.worker.evaluate(() => (globalThis as unknown as Globals).chrome.i18n.getUILanguage());
    // Debian's chromium needs chromium-l10n for any UI language but en-US (.ci/run installs it).
    expect(ui, 'Chromium has no French locale: apt-get install chromium-l10n').toMatch(/^fr/);
  });

  it('shows the popup in French', async () => {
    const { popup, page } = await openPopup(b, 'en-boulkessi-dispatch.html');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Tués — soldats');
    expect(text).toMatch(/au moins 21 · .*SITE Intelligence Group/);
    expect(text).toMatch(/Bilans/i);
    expect(text).toContain('Ouvrir le tableau de bord des événements enregistrés');
    expect(text).not.toContain('Killed');
    expect(await popup.locator('button[data-save-state]').innerText()).toBe('Enregistrer');
    await expect
      .poll(() => popup.locator('.shortcut').innerText())
      .toMatch(/^(Raccourci : .*C|Aucun raccourci clavier défini : Alt\+Shift\+C est suggéré)/);
    await popup.locator('button[data-save-state]').click();
    await expect.poll(() => popup.locator('button[data-save-state]').innerText()).toBe('Enregistré ✓');
    await screenshot(popup, 'popup-claims-fr.png');
    await popup.close();
    await page.close();
  });

  it('shows the dashboard in French, and switches to English for good', async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.url('dashboard.html'));
    await expect
      .poll(() => dash.getByTestId('counts').innerText())
      .toBe('1 événement · 1 article enregistré');
    expect(await dash.title()).toBe('Mali Crosscheck — événements enregistrés');
    await dash.waitForSelector('.event-map svg, .map svg, svg[aria-label]').catch(() => undefined);
    await screenshot(dash, 'dashboard-fr.png');
    const card = await dash.locator('.event-card').first().innerText();
    expect(card).toMatch(/1 rapport · 1 média · 3 sources indépendantes/);
    expect(card).toContain('Tués — soldats');
    expect(await dash.locator('[data-export="json"]').getAttribute('title')).toBe(
      'Tout, pour sauvegarder ou importer ailleurs',
    );
    await dash.locator('[data-filter="place"]').fill('Tombouctou');
    await expect
      .poll(() => dash.getByTestId('empty').innerText())
      .toBe('Aucun événement ne correspond à ces filtres.');

    // The switch redraws the page by reloading it: wait for the new page, not the old one's last frame.
    await Promise.all([dash.waitForEvent('load'), dash.getByTestId('language').selectOption('en')]);
    await expect.poll(() => dash.getByTestId('counts').innerText()).toBe('1 event · 1 saved report');
    expect(await dash.evaluate(() => document.documentElement.lang)).toBe('en');
    // Remembered: a new dashboard and the popup open in English.
    const again = await b.context.newPage();
    await again.goto(b.url('dashboard.html'));
    await expect.poll(() => again.getByTestId('counts').innerText()).toBe('1 event · 1 saved report');
    const { popup } = await openPopup(b, 'en-boulkessi-dispatch.html');
    expect(await popup.locator('main').innerText()).toContain('Killed — soldiers');
    await Promise.all([again.waitForEvent('load'), again.getByTestId('language').selectOption('fr')]);
    await expect
      .poll(() => again.getByTestId('counts').innerText())
      .toBe('1 événement · 1 article enregistré');
  });
});

describe('Chromium in English', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchIn('en');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the popup and the dashboard in English', async () => {
    const ui = await b.worker.evaluate(() => (globalThis as unknown as Globals).chrome.i18n.getUILanguage());
    expect(ui).toMatch(/^en/);
    const { popup } = await openPopup(b, 'fr-boulikessi-courrier.html');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/Killed — soldiers/);
    expect(text).toContain('Open the dashboard of saved events');
    expect(text).not.toContain('Tués');
    await expect
      .poll(() => popup.locator('.shortcut').innerText())
      .toMatch(/^(Shortcut: .*C|No keyboard shortcut set: Alt\+Shift\+C is suggested)/);
    const dash = await b.context.newPage();
    await dash.goto(b.url('dashboard.html'));
    await expect.poll(() => dash.getByTestId('counts').innerText()).toBe('0 events · 0 saved reports');
    expect(await dash.getByTestId('empty').innerText()).toMatch(/^No saved events\./);
    expect(await dash.getByTestId('language').inputValue()).toBe('en');
  });
});
