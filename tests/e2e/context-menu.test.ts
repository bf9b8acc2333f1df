/**
 * The context menu's two items. A test cannot right-click the browser's own
 * menu, so it calls the background's click handler (exposed in the e2e build
 * only) with what the browser would hand it: the item, the page's address and
 * the selected words. "Add the selected text as a claim" opens the dashboard's
 * claim form for the saved report with those words; "Cross-check this page"
 * opens the toolbar popup.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, openPopupFor, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch({ toolbarPopup: true });
});
afterAll(async () => {
  await h?.close();
});

interface Click {
  menuItemId: string;
  selectionText?: string;
  pageUrl?: string;
}

/** Calls the menu's click handler in the service worker; resolves with the tab it opened. */
async function menuClick(click: Click): Promise<Page> {
  const [page] = await Promise.all([
    h.context.waitForEvent('page'),
    h.worker.evaluate(
      (c) =>
        (globalThis as unknown as { __crosscheckMenuClick(c: Click): Promise<void> }).__crosscheckMenuClick(
          c,
        ),
      click,
    ),
  ]);
  await page.waitForLoadState();
  return page;
}

describe('context menu', () => {
  it('creates its two items on install', async () => {
    // update() fails for an id that was never created. The items are made by the install
    // handler (remove all, then create each), which may still be running when the test starts.
    const existing = () =>
      h.worker.evaluate(async () => {
        const menus = (
          globalThis as unknown as {
            chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
          }
        ).chrome.contextMenus;
        const out: string[] = [];
        for (const id of ['crosscheck-page', 'crosscheck-claim'])
          await menus.update(id, {}).then(
            () => out.push(id),
            () => undefined,
          );
        return out;
      });
    await expect.poll(existing, { timeout: 5000 }).toEqual(['crosscheck-page', 'crosscheck-claim']);
  });

  it('opens the claim form of the saved report with the selected words', async () => {
    const { popup, page, url } = await openPopupFor(h, 'en-boulkessi-dispatch.html');
    await popup.locator('button[data-save-state="new"]').click();
    await popup.waitForSelector('button[data-save-state="saved"]');
    await popup.close();

    const words =
      'the army said the attack had been repelled after several hours of fighting, that 14 soldiers\n were wounded';
    // The page's address as the browser gives it may carry a tracking parameter and a fragment.
    const pageUrl = `${url}${url.includes('?') ? '&' : '?'}utm_source=menu#comments`;
    const dash = await menuClick({ menuItemId: 'crosscheck-claim', selectionText: words, pageUrl });
    expect(dash.url()).toContain('/dashboard.html');
    const form = dash.getByTestId('claim-form');
    await form.waitFor();
    const quoted = dash.locator('.add-claim q');
    expect(await quoted.innerText()).toBe(words.replace(/\s+/g, ' '));
    // The figure is guessed from the words; the form is the user's to finish.
    expect(await form.locator('[name="min"]').inputValue()).toBe('14');
    // The hash is the event's now: a reload does not open the form again.
    expect(dash.url()).toMatch(/#event=/);
    await dash.close();
    await page.close();
  });

  it('says to save the page first, and shows hostile words as text only', async () => {
    const { page, url } = await openPage(h, 'fr-boulikessi-courrier.html');
    const dash = await menuClick({
      menuItemId: 'crosscheck-claim',
      selectionText: '<img src=x onerror="document.title=1"> 12 morts',
      pageUrl: url,
    });
    const toast = dash.getByTestId('toast');
    await toast.waitFor();
    expect(await toast.innerText()).toContain('This page is not saved yet');
    expect(await dash.locator('img[src="x"]').count()).toBe(0);
    await dash.close();
    await page.close();
  });

  it('opens the popup for "Cross-check this page"', async () => {
    const { page } = await openPage(h, 'en-boulkessi-dispatch.html');
    await page.bringToFront();
    await h.worker.evaluate(() =>
      (globalThis as unknown as { __crosscheckMenuClick(c: Click): Promise<void> }).__crosscheckMenuClick({
        menuItemId: 'crosscheck-page',
      }),
    );
    const browser = await h.devtools();
    const popupUrl = h.extensionUrl('popup.html');
    const open = () =>
      browser
        .contexts()
        .flatMap((c) => c.pages())
        .some((p) => p.url().startsWith(popupUrl));
    await expect.poll(open, { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
