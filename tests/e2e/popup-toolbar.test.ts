/**
 * The real toolbar popup (action.openPopup(), sized by the browser as for a
 * click on the toolbar button): its width, a comparison of five outlets in it,
 * and a report with no figures saved into its event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openToolbarPopup, type Harness } from './harness';

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
