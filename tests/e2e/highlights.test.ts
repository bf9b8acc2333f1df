/**
 * The <mark> fallback in Chromium: the CSS Custom Highlight API is hidden
 * from the content script's world, so the content script wraps the claims in
 * <mark> elements; clearing gives the page back exactly as it was.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openPage, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

interface ScriptingGlobals {
  chrome: {
    scripting: { executeScript(o: { target: { tabId: number }; func: () => void }): Promise<unknown> };
  };
}

it('draws <mark> elements where CSS highlights are missing, and clears them without a trace', async () => {
  const { page, tabId } = await openPage(h, 'en-boulkessi-dispatch.html');
  const before = await page.evaluate(() => document.body.innerHTML);
  // Hide CSS.highlights in the extension's isolated world only (the page's world keeps it).
  await h.worker.evaluate(
    (id: number) =>
      (globalThis as unknown as ScriptingGlobals).chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          delete (CSS as unknown as { highlights?: unknown }).highlights;
        },
      }),
    tabId,
  );
  const popup = await h.context.newPage();
  await popup.goto(h.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.waitForSelector('main[data-state="report"]');
  expect(await popup.locator('main').getAttribute('data-status'), 'the extractor status').toBe('ok');
  await popup.waitForSelector('main[data-state="report"] .claim');
  await page.waitForFunction(() => document.querySelectorAll('mark[class^="mali-crosscheck-"]').length > 0);
  const marks = await page.evaluate(() =>
    Array.from(document.querySelectorAll('mark[class^="mali-crosscheck-"]')).map((m) => m.textContent),
  );
  expect(marks.join(' ')).toMatch(/at least 21/);
  // No CSS highlight was registered: this really is the fallback.
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  await popup.getByRole('button', { name: 'Clear highlights in the page' }).click();
  await page.waitForFunction(() => document.querySelectorAll('mark[class^="mali-crosscheck-"]').length === 0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  await popup.close();
});
