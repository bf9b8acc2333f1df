/**
 * Progress of large imports and exports: with 10,000 synthetic reports, the
 * JSON export and then the import of that file show a bar with counts
 * ("Importing 3,250 / 16,… reports and events") that rises to the total.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Every state of the progress bar the page rendered, recorded from inside the page. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Array<{ text: string; value: number; max: number }> = [];
    (window as unknown as { __progressSeen: typeof seen }).__progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="progress"] progress');
      const text = document.querySelector('[data-testid="progress-text"]')?.textContent ?? '';
      // A bar without value (the file being checked): -1.
      if (bar && seen.at(-1)?.text !== text)
        seen.push({ text, value: bar.hasAttribute('value') ? bar.value : -1, max: bar.max });
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __progressSeen: Array<{ text: string; value: number; max: number }> })
        .__progressSeen,
  );

function expectRising(seen: Array<{ text: string; value: number; max: number }>, total: number) {
  expect(seen.length).toBeGreaterThan(2);
  for (const s of seen) expect(s.max).toBe(total);
  for (let i = 1; i < seen.length; i++) expect(seen[i].value).toBeGreaterThanOrEqual(seen[i - 1].value);
  expect(seen.some((s) => s.value > 0 && s.value < total)).toBe(true);
}

describe('progress of large imports and exports', () => {
  it('shows a bar with counts while exporting and importing 10,000 reports', async () => {
    const dash = await openExtensionPage(h, 'dashboard.html', { width: 1280, height: 900 });
    await dash.waitForFunction(() => !!window.__crosscheckSeed);
    const seeded = await dash.evaluate(() => window.__crosscheckSeed!(10_000));
    expect(seeded.reports).toBe(10_000);
    await dash.reload();
    await dash.waitForSelector('.event-card');
    const total = seeded.reports + seeded.events;
    const totalText = total.toLocaleString('en');

    // Export: the bar shows, with counts, and goes once the file is there.
    await recordProgress(dash);
    const t0 = Date.now();
    const [download] = await Promise.all([
      dash.waitForEvent('download', { timeout: 120_000 }),
      dash.click('button[data-export="json"]'),
    ]);
    const file = await download.path();
    console.log(`export of ${seeded.reports} reports / ${seeded.events} events: ${Date.now() - t0} ms`);
    const exported = await progressSeen(dash);
    expectRising(exported, total);
    expect(exported.at(-1)?.text).toBe(`Exporting ${totalText} / ${totalText} reports and events`);
    await dash.waitForSelector('[data-testid="progress"]', { state: 'detached' });

    await dash.click('[data-testid="delete-all"]');
    await dash.waitForSelector('[data-testid="empty"]', { timeout: 120_000 });

    // Import: the bar is painted while the import runs (seen by the test's own polling).
    await recordProgress(dash);
    const t1 = Date.now();
    await dash.setInputFiles('[data-testid="import"]', file);
    const bar = dash.getByTestId('progress-text');
    await dash.waitForFunction(
      () => document.querySelector('[data-testid="progress-text"]')?.textContent?.startsWith('Importing'),
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    expect(await bar.innerText()).toMatch(
      new RegExp(`^Importing [\\d,]+ / ${totalText} reports and events$`),
    );
    await dash.waitForSelector('[data-testid="import-summary"]', { timeout: 120_000 });
    console.log(`import: ${Date.now() - t1} ms`);
    expect(await dash.locator('[data-count="added"]').innerText()).toBe('10000');
    const [checking, ...imported] = await progressSeen(dash);
    // First the file is read and checked (no count yet), then the counts.
    expect(checking).toMatchObject({ text: 'Checking the file…', value: -1 });
    expectRising(imported, total);
    expect(imported.at(-1)?.text).toBe(`Importing ${totalText} / ${totalText} reports and events`);
    expect(await dash.getByTestId('progress').count()).toBe(0);
    await dash.close();
  }, 300_000);
});
