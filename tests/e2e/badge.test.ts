/** The toolbar badge: the read tab's number of claims, red on a conflict, cleared when the tab navigates. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openPopupFor, type Harness } from './harness';

interface ActionGlobals {
  chrome: {
    action: {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    };
  };
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const badge = (tabId: number) =>
  h.worker.evaluate(
    (id: number) => (globalThis as unknown as ActionGlobals).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
const colour = (tabId: number) =>
  h.worker.evaluate(
    (id: number) =>
      (globalThis as unknown as ActionGlobals).chrome.action.getBadgeBackgroundColor({ tabId: id }),
    tabId,
  );

it('counts the claims of the read tab, turns red on a conflict and clears on navigation', async () => {
  const first = await openPopupFor(h, 'en-boulkessi-dispatch.html');
  await first.popup.waitForSelector('main[data-state="report"] .claim');
  const claims = await first.popup.locator('.claims .claim').count();
  expect(claims).toBeGreaterThan(0);
  await expect.poll(() => badge(first.tabId)).toBe(String(claims));
  expect((await colour(first.tabId)).slice(0, 3)).toEqual([0x1b, 0x2a, 0x3a]);
  const save = first.popup.locator('button[data-save-state]');
  await expect.poll(() => save.isEnabled()).toBe(true);
  await save.click();
  await expect.poll(() => save.getAttribute('data-save-state')).toBe('saved');

  // Another outlet's report of the same attack, with a conflicting toll.
  const second = await openPopupFor(h, 'fr-boulikessi-courrier.html');
  await second.popup.waitForSelector('.comparison [data-status="conflict"]');
  await expect.poll(async () => (await colour(second.tabId)).slice(0, 3)).toEqual([0xc6, 0x28, 0x28]);
  expect(Number(await badge(second.tabId))).toBeGreaterThan(0);

  await first.page.goto(h.server.url('home-list.html'));
  await expect.poll(() => badge(first.tabId)).toBe('');
});
