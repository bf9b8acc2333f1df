/**
 * The real toolbar popup (action.openPopup(), sized by the browser as for a
 * click on the toolbar button): its width, a comparison of five outlets in it,
 * and a report with no figures saved into its event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launch,
  openExtensionPage,
  openPopupFor,
  openToolbarPopup,
  screenshot,
  type Harness,
} from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch({ toolbarPopup: true });
});
afterAll(async () => {
  await h?.close();
});

/** The popup's size as the browser gave it, and how wide its content is. */
function popupBox(popup: Page) {
  return popup.evaluate(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
    main: document.querySelector('main')!.getBoundingClientRect().width,
    scrollWidth: document.documentElement.scrollWidth,
  }));
}

describe('the toolbar popup', () => {
  it('is at least 400 px wide once the claims are shown', async () => {
    const { popup, page } = await openToolbarPopup(h, 'en-boulkessi-dispatch.html');
    await popup.waitForSelector('main[data-state="report"] .claim');
    // The browser resizes the popup to its content after each layout: wait until it settles.
    await expect
      .poll(async () => (await popupBox(popup)).width, { timeout: 5000 })
      .toBeGreaterThanOrEqual(400);
    const box = await popupBox(popup);
    expect(box.main).toBeGreaterThanOrEqual(400);
    expect(box.height).toBeLessThanOrEqual(600);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.width);
    await popup.close();
    await page.close();
  });
});

async function saveThroughPopup(name: string) {
  const { popup, page } = await openPopupFor(h, name);
  const save = popup.locator('button[data-save-state="new"]');
  await save.waitFor();
  await save.click();
  await popup.waitForSelector('button[data-save-state="saved"]');
  await popup.close();
  await page.close();
}

/** What may be cut off in the popup: overflow of the page, and chips beyond the popup's right edge or clipped. */
function overflow(popup: Page) {
  return popup.evaluate(() => {
    const width = document.body.clientWidth;
    const chips = [...document.querySelectorAll<HTMLElement>('.comparison .chip')];
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: document.body.scrollWidth - width,
      chips: chips.length,
      outside: chips
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < 0 || r.right > width || c.scrollWidth > c.clientWidth;
        })
        .map((c) => c.innerText),
    };
  });
}

describe('five outlets in the toolbar popup', () => {
  const saved = [
    'en-boulkessi-dispatch.html',
    'fr-boulikessi-courrier.html',
    'outlets/en-boulkessi-radio.html',
    'outlets/fr-boulkessi-observateur.html',
  ];
  const outlets = [
    'Agence Sahélienne d’Information',
    'The Sahel Dispatch',
    'Le Courrier du Sahel',
    'Radio Niger Bend International',
    'L’Observateur du Centre et du Septentrion',
  ];

  it('shows every outlet’s figure without cutting anything off', async () => {
    for (const name of saved) await saveThroughPopup(name);
    const { popup, page } = await openToolbarPopup(h, 'outlets/en-boulkessi-agency.html');
    await popup.waitForSelector('.comparison, [data-no-match]');
    expect(await popup.locator('.comparison').count(), 'no saved report matched this one').toBe(1);
    expect(await popup.locator('[data-coverage]').innerText()).toBe('Reported by 5 outlets, 5 give figures');
    await expect
      .poll(async () => (await popupBox(popup)).width, { timeout: 5000 })
      .toBeGreaterThanOrEqual(400);

    const row = popup.locator('.comparison [data-row="killed/soldiers"]');
    expect(await row.getAttribute('data-status')).toBe('conflict');
    const chips = row.locator('.chip');
    const reports = new Set(await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-report'))));
    expect(reports.size).toBe(5);
    const text = await row.innerText();
    for (const outlet of outlets) expect(text).toContain(outlet);
    for (const figure of ['12', 'at least 21', 'at least 20', '35', '9']) expect(text).toContain(figure);
    // This page's figure first.
    expect(await chips.first().innerText()).toMatch(/Agence Sahélienne d’Information \(this page\)[\s\S]*12/);

    // Taller than a popup may be: it stops at 600 px at most and scrolls, its content 420 px wide.
    const box = await popupBox(popup);
    expect(box.height).toBeLessThanOrEqual(600);
    expect(box.main).toBe(420);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    const cut = await overflow(popup);
    expect(cut.chips).toBeGreaterThanOrEqual(5);
    expect(cut.outside).toEqual([]);
    expect(cut.page).toBeLessThanOrEqual(0);
    expect(cut.body).toBeLessThanOrEqual(0);
    // The real popup as the user sees it (its size set by the browser).
    await popup.evaluate(() => document.querySelector('.matched-event')!.scrollIntoView());
    await screenshot(popup, 'popup-toolbar.png', undefined, { viewport: true });
    await popup.locator('button[data-save-state="new"]').click();
    await popup.waitForSelector('button[data-save-state="saved"]');
    await popup.close();
    await page.close();
  });

  it('saves a report with no figures into the event, where the user adds the figure', async () => {
    const { popup, page } = await openToolbarPopup(h, 'outlets/en-boulkessi-herald.html');
    await popup.waitForSelector('main[data-state="report"]');
    expect(await popup.locator('main').getAttribute('data-status')).toBe('no-claims');
    expect(await popup.locator('[data-notice]').innerText()).toMatch(/gives no figures/);
    await popup.waitForSelector('.comparison, [data-no-match]');
    expect(await popup.locator('[data-coverage]').innerText()).toBe('Reported by 6 outlets, 5 give figures');
    expect(await popup.locator('.comparison [data-row="killed/soldiers"] .not-given').innerText()).toContain(
      'The Mopti Evening Herald',
    );
    const save = popup.locator('button[data-save-state="new"]');
    await save.click();
    await popup.waitForSelector('button[data-save-state="saved"]');
    await popup.close();
    await page.close();

    const dash = await openExtensionPage(h, 'dashboard.html', { width: 1280, height: 900 });
    const card = dash.locator('.event-card', { hasText: 'Boulkessi' });
    await card.waitFor();
    expect(
      await dash.locator('.event-card').count(),
      'the report with no figures made an event of its own',
    ).toBe(1);
    expect(await card.locator('.meta').innerText()).toMatch(/6 outlets \(5 with figures\)/);
    await card.locator('.event-open').click();
    await dash.waitForSelector('.event-detail');
    expect(await dash.getByTestId('coverage').innerText()).toBe('Reported by 6 outlets, 5 give figures');
    const herald = dash.locator('.report', { hasText: 'The Mopti Evening Herald' });
    expect(await herald.locator('.none').innerText()).toMatch(/No claims/);

    // The user adds the figure the report gives in words the extractor does not read as one.
    await herald.locator('button[data-action="add-claim-start"]').click();
    const picked = await dash.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>('[data-testid="article-text"] p')) {
        const node = p.firstChild as Text | null;
        const m = node ? /casualties/.exec(node.data) : null;
        if (!node || !m) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return m[0];
      }
      return null;
    });
    expect(picked).toBe('casualties');
    await herald.locator('button[data-action="use-selection"]').click();
    const form = dash.getByTestId('claim-form');
    await form.locator('select[name="subject"]').selectOption('soldiers');
    await form.locator('input[name="min"]').fill('3');
    await form.locator('input[name="max"]').fill('3');
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => dash.getByTestId('coverage').innerText())
      .toBe('Reported by 6 outlets, 6 give figures');
    await dash.close();
  });
});
