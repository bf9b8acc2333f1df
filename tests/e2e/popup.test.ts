/**
 * The popup on the built extension in Chromium, on the fixture pages: Update
 * and Unlink, copies of one wire story, 10,000 saved reports, and the messages
 * for pages without anything to compare. The main path (claims → Save →
 * another outlet's report compared, highlights) is user-path.ts, shared with Firefox.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadableReason } from '../../lib/article/page-support';
import { unreadableText } from '../../components/page-words';
import { launch, openExtensionPage, openPage, openPopupFor, openToolbarPopup, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  // The DevTools port reaches the real toolbar popup (the timings are taken there).
  h = await launch({ toolbarPopup: true });
});
afterAll(async () => {
  await h?.close();
});

const report = 'main[data-state="report"]';

describe('popup on reports of one attack by two outlets', () => {
  // The claims, Save, the comparison with its conflict and the highlights are the
  // user path shared with Firefox (user-path.ts); here what only this suite covers.
  it('shows Update for a saved page, and Unlink separates a wrongly matched report', async () => {
    const first = await openPopupFor(h, 'en-boulkessi-dispatch.html');
    await first.popup.locator('button[data-save-state="new"]').click();
    await first.popup.waitForSelector('button[data-save-state="saved"]');
    await first.popup.close();
    await first.page.close();

    const en = await openPopupFor(h, 'en-boulkessi-dispatch.html');
    await en.popup.waitForSelector('button[data-save-state="stored"]');
    expect(await en.popup.locator('button[data-save-state]').innerText()).toBe('Update');
    await en.popup.close();
    await en.page.close();

    const { popup, page } = await openPopupFor(h, 'fr-boulikessi-courrier.html');
    await popup.waitForSelector('.comparison, [data-no-match]');
    expect(await popup.locator('.comparison').count(), 'no saved report matched this one').toBe(1);
    await popup.locator('button[data-save-state="new"]').click();
    await popup.waitForSelector('button[data-save-state="saved"]');
    await popup.waitForSelector('button[data-unlink]');
    await popup.locator('button[data-unlink]').click();
    await popup.waitForSelector('[data-no-match]');
    expect(await popup.locator('.comparison').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('popup on a wire story reprinted by two outlets', () => {
  it('marks the two reports as copies of one source', async () => {
    const first = await openPopupFor(h, 'wire-bandiagara-horizon.html');
    await first.popup.waitForSelector('button[data-save-state="new"]');
    await first.popup.locator('button[data-save-state="new"]').click();
    await first.popup.waitForSelector('button[data-save-state="saved"]');
    await first.popup.close();

    const { popup } = await openPopupFor(h, 'wire-bandiagara-continental.html');
    await popup.waitForSelector('.comparison, [data-no-match]');
    expect(await popup.locator('.comparison').count(), 'no saved report matched this one').toBe(1);
    expect(await popup.locator('[data-copies]').innerText()).toMatch(/Daily Horizon|The Continental Post/);
    expect(await popup.locator('.comparison .copy-mark').count()).toBeGreaterThan(0);
    // A copy does not conflict with its source.
    expect(await popup.locator('.comparison [data-row][data-status="conflict"]').count()).toBe(0);
    await popup.close();
  });
});

/** Saves a fixture page's report through its popup, unless it is saved already. */
async function saveReport(h: Harness, name: string) {
  const { popup, page } = await openPopupFor(h, name);
  // Once the popup knows whether the page is saved: "new" or "stored", not "checking".
  await popup.waitForSelector('button[data-save-state="new"], button[data-save-state="stored"]');
  const button = popup.locator('button[data-save-state="new"]');
  if (await button.count()) {
    await button.click();
    await popup.waitForSelector('button[data-save-state="saved"]');
  }
  await popup.close();
  await page.close();
}

/** Timing is printed, never asserted: the machines running the e2e are shared (GUIDE.md). */
const PHASES = [
  'handed-claims',
  'extractor-ready',
  'warmed-up',
  'article-read',
  'extracted',
  'claims-painted',
  'claims-shown',
  'matched',
  'comparison-painted',
  'comparison-shown',
];
const RUNS = Number(process.env.POPUP_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/**
 * The popup's marks, in ms since 'popup-open' (its first script started), since the page began
 * loading, and since the click on the toolbar button (when the background handed the view).
 */
async function popupTimes(popup: Page) {
  return popup.evaluate((names) => {
    const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime;
    const t0 = at('popup-open')!;
    const since = (n: string) => (at(n) === undefined ? undefined : Math.round(at(n)! - t0));
    const data = document.documentElement.dataset;
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    return {
      opened: Math.round(t0),
      claims: since('claims-shown'),
      comparison: since('comparison-shown'),
      claimsPainted: since('claims-painted'),
      comparisonPainted: since('comparison-painted'),
      claimsFromClick: num(data.timeToClaimsFromClick),
      comparisonFromClick: num(data.timeToComparisonFromClick),
      phases:
        (data.navFromClick ? `page loading ${data.navFromClick} ms after the click: ` : '') +
        names
          .filter((n) => at(n) !== undefined)
          .map((n) => `${n} +${since(n)}`)
          .join(', '),
    };
  }, PHASES);
}

type Times = Awaited<ReturnType<typeof popupTimes>>;

/** Opens the popup RUNS times on a page, as the user does (toolbar) or in a tab (?tabId=), and times it. */
async function timeOpenings(name: string, how: 'toolbar' | 'tab', ready: string): Promise<Times[]> {
  const times: Times[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { popup, page } = how === 'toolbar' ? await openToolbarPopup(h, name) : await openPopupFor(h, name);
    await popup.waitForSelector(ready);
    await popup.waitForFunction(
      (marks) => marks.every((m) => performance.getEntriesByName(m).length > 0),
      ready === '.comparison'
        ? ['comparison-shown', 'comparison-painted']
        : ['claims-shown', 'claims-painted'],
    );
    times.push(await popupTimes(popup));
    await popup.close();
    await page.close();
  }
  return times;
}

const ms = (xs: Array<number | undefined>) => `${median(xs.map((x) => x ?? NaN))} ms`;

describe('popup timings (performance marks)', () => {
  it('shows the claims of a fresh popup quickly', async () => {
    const toolbar = await timeOpenings('fr-communique-tenenkou.html', 'toolbar', `${report} .claim`);
    console.log(
      `fresh toolbar popup, ${RUNS} openings (the background reads the page on the click): ` +
        `${toolbar.map((t) => t.phases).join(' · ')}; median time to claims ${ms(toolbar.map((t) => t.claims))} ` +
        `after the popup script started (their frame painted: ${ms(toolbar.map((t) => t.claimsPainted))}), ` +
        `${ms(toolbar.map((t) => t.claimsFromClick))} after the click ` +
        `(the first opening, the background's extractor cold: ${toolbar[0].claims} ms, ${toolbar[0].claimsFromClick} ms)`,
    );
    const tab = await timeOpenings('fr-communique-tenenkou.html', 'tab', `${report} .claim`);
    console.log(
      `fresh popup in a tab (?tabId=: it reads the page itself, as in Firefox), ${RUNS} openings: ` +
        `${tab.map((t) => t.phases).join(' · ')}; median time to claims ${ms(tab.map((t) => t.claims))} ` +
        `after the popup script started (${ms(tab.map((t) => t.opened + t.claims!))} after the popup page began loading)`,
    );
    expect(toolbar.every((t) => t.claims! > 0 && t.claimsFromClick! > 0)).toBe(true);
    expect(tab.every((t) => t.claims! > 0)).toBe(true);
  });

  it('shows the comparison with 10,000 saved reports quickly', async () => {
    // The Daily Horizon's copy of the wire story is the saved report this page matches; saved here
    // when this test runs alone (with the suite, the copies test has saved it).
    await saveReport(h, 'wire-bandiagara-horizon.html');
    const seeder = await openExtensionPage(h, 'dashboard.html');
    await seeder.waitForFunction(() => !!window.__crosscheckSeed);
    const seeded = await seeder.evaluate(() => window.__crosscheckSeed!(10_000));
    await seeder.close();
    expect(seeded.reports).toBe(10_000);
    const times = await timeOpenings('wire-bandiagara-continental.html', 'toolbar', '.comparison');
    console.log(
      `toolbar popup with ${seeded.reports} more saved reports, ${RUNS} openings: ${times.map((t) => t.phases).join(' · ')}; ` +
        `median time to claims ${ms(times.map((t) => t.claims))}, ` +
        `median time to comparison ${ms(times.map((t) => t.comparison))} after the popup script started ` +
        `(their frames painted: ${ms(times.map((t) => t.claimsPainted))}, ${ms(times.map((t) => t.comparisonPainted))}), ` +
        `${ms(times.map((t) => t.comparisonFromClick))} after the click`,
    );
    expect(times.every((t) => t.comparison! > 0 && t.comparisonFromClick! > 0)).toBe(true);
  });
});

describe('popup on other pages', () => {
  it('reads a French communiqué with zero-padded figures', async () => {
    const { popup } = await openPopupFor(h, 'fr-communique-tenenkou.html');
    await popup.waitForSelector(report);
    expect(await popup.locator('main').getAttribute('data-status'), 'the extractor status').toBe('ok');
    await popup.waitForSelector(`${report} .claim`);
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Bamako Matin');
    expect(text).toMatch(/Killed — soldiers/);
    expect(text).toMatch(/Killed — militants/);
    expect(await popup.locator('button[data-save-state="new"]').count()).toBe(1);

    // A failing save (the browser's storage is full) shows the store's message and stores nothing.
    await popup.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('Quota exceeded (test)', 'QuotaExceededError');
      };
    });
    await popup.locator('button[data-save-state="new"]').click();
    await popup.waitForSelector('button[data-save-state="error"]');
    expect(await popup.locator('.save-error').innerText()).toMatch(/no room left/);
    await popup.reload(); // a fresh popup, with the real IndexedDB
    await popup.waitForSelector('main[data-state="report"] .claim');
    await popup.waitForSelector('button[data-save-state="new"]');
    await popup.close();
  });

  it.each([
    ['en-politics-mining-code.html', 'no-attack', /does not report an attack in Mali/],
    ['es-boulkessi-noticias.html', 'unsupported-language', /language the extension does not read/],
    ['en-burkina-djibo.html', 'outside-mali', /attack outside Mali/],
  ])('%s: says why there is nothing to compare, and offers no Save', async (file, status, message) => {
    const { popup } = await openPopupFor(h, file);
    await popup.waitForSelector(report);
    expect(await popup.locator('main').getAttribute('data-status')).toBe(status);
    expect(await popup.locator('[data-notice]').innerText()).toMatch(message);
    expect(await popup.locator('button[data-save-state]').count()).toBe(0);
    await popup.close();
  });

  it('says there is no article on a home page', async () => {
    const { popup } = await openPopupFor(h, 'home-list.html');
    await popup.waitForSelector('main[data-state="failed"]');
    expect(await popup.locator('[data-notice]').innerText()).toMatch(/No article found/);
    expect(await popup.locator('button[data-save-state]').count()).toBe(0);
    await popup.close();
  });

  it('refuses browser pages', async () => {
    // The popup's own check, on the addresses it refuses…
    for (const url of [
      'chrome://settings/',
      'edge://extensions/',
      'view-source:http://127.0.0.1/',
      'https://chromewebstore.google.com/detail/x',
    ])
      expect(unreadableText(unreadableReason(url)!)).toMatch(
        /^This page can't be read: browsers don't let extensions run on/,
      );
    // …and the popup itself on a chrome:// tab (whose address the browser hides from the extension).
    const { page } = await openPage(h, h.server.url('en-politics-mining-code.html'));
    await page.goto('chrome://version');
    const tabId = await h.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
        }
      ).chrome.tabs
        .query({})
        .then((tabs) => tabs.find((t) => !t.url)?.id ?? -1),
    );
    expect(tabId).toBeGreaterThan(0);
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('main[data-state="refused"]');
    expect(await popup.locator('[data-notice]').innerText()).toMatch(/^This page can't be read/);
    await popup.close();
    await page.close();
  });
});
