/** The first-run page: opened on install, in the browser's language, with what the extension never does and the shortcut. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

it('opens the welcome page once, on install', async () => {
  const url = h.extensionUrl('welcome.html');
  await expect.poll(() => h.context.pages().filter((p) => p.url() === url).length).toBe(1);
  const page = h.context.pages().find((p) => p.url() === url)!;
  await page.waitForSelector('[data-testid="welcome"]');
  expect(await page.locator('h1').innerText()).toContain('Welcome to Mali Crosscheck');
  expect(await page.getByTestId('never').innerText()).toMatch(/No data leaves your browser/);
  expect(await page.getByTestId('welcome-shortcut').innerText()).toMatch(/Alt\+Shift\+C/);
  expect(await page.locator('main').innerText()).toMatch(/npm run demo/);
});
