/**
 * The dashboard on the built extension in Chromium: three reports saved
 * through the popup show as events on the timeline and the map; a claim is
 * corrected; the JSON export, deleted everything, imported back, exports the
 * same again. Then 10,000 synthetic reports, to time the timeline.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, openPopupFor, screenshot, type Harness } from './harness';

let h: Harness;
let dash: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const FIXTURES = [
  'en-boulkessi-dispatch.html',
  'fr-boulikessi-courrier.html',
  'wire-bandiagara-continental.html',
];

async function saveThroughPopup(name: string) {
  const { popup, page } = await openPopupFor(h, name);
  const save = popup.locator('button[data-save-state="new"]');
  await save.waitFor();
  await save.click();
  await popup.waitForSelector('button[data-save-state="saved"]');
  await popup.close();
  await page.close();
}

async function exportJson(page: Page): Promise<{ text: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button[data-export="json"]'),
  ]);
  const path = await download.path();
  return { text: fs.readFileSync(path, 'utf8'), path };
}

const withoutTime = (text: string) => {
  const j = JSON.parse(text);
  delete j.exportedAt;
  return j;
};

describe('dashboard', () => {
  it('shows the saved reports as events on the timeline and the map', async () => {
    for (const f of FIXTURES) await saveThroughPopup(f);
    dash = await openExtensionPage(h, 'dashboard.html', { width: 1280, height: 900 });
    await dash.waitForSelector('.event-card');
    const cards = dash.locator('.event-card');
    const counts = await dash.getByTestId('counts').innerText();
    const events = Number(/^(\d+) events/.exec(counts)?.[1]);
    expect(counts).toMatch(/ · 3 saved reports$/);
    // Two attacks at least (Boulkessi and Bandiagara); how the extractor groups the
    // Boulkessi reports is the matcher's business: the timeline shows what is stored.
    expect(events).toBeGreaterThanOrEqual(2);
    expect(await cards.count()).toBe(events);
    const text = await dash.locator('.timeline').innerText();
    expect(text).toMatch(/Boulk/);
    expect(text).toContain('Bandiagara');
    // Newest first.
    const days = await cards.evaluateAll((els) =>
      els.map((e) => Date.parse(e.querySelector('.when')!.textContent!)),
    );
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(await cards.first().innerText()).toContain('Bandiagara'); // 18 Oct, the latest

    // Every event is placed by the gazetteer; conflicting events are red.
    await dash.waitForSelector(`svg[data-markers="${events}"]`);
    const conflicted = await dash.locator('.event-card.has-conflicts').count();
    expect(await dash.locator('.event-map .marker.conflict').count()).toBe(conflicted);
    expect(await dash.locator('.event-map .capital').count()).toBeGreaterThan(5);
    await screenshot(dash, 'dashboard.png');
    await screenshot(dash, 'map.png', '.event-map');

    // Filters: by place, and "has conflicts".
    await dash.fill('input[data-filter="place"]', 'bandia');
    await expect.poll(() => cards.count()).toBe(1);
    await dash.fill('input[data-filter="place"]', '');
    await dash.fill('input[data-filter="from"]', '2026-10-15');
    await expect.poll(() => cards.count()).toBe(1);
    await dash.fill('input[data-filter="from"]', '');
    await dash.check('input[data-filter="conflicts"]');
    await expect.poll(() => cards.count()).toBe(conflicted);
    await dash.uncheck('input[data-filter="conflicts"]');
    await expect.poll(() => cards.count()).toBe(events);
  });

  it('opens an event from the map and corrects a claim', async () => {
    const id = await dash.locator('.event-card', { hasText: 'Bandiagara' }).getAttribute('data-event-id');
    await dash.locator(`.event-map .marker[data-event-id="${id}"]`).click();
    await dash.waitForSelector(`.event-detail[data-event-id="${id}"]`);
    expect(await dash.locator('.event-detail h2').innerText()).toContain('Bandiagara');
    // Whatever the extractor read first, the user corrects: one more, and the army says so.
    const claim = dash.locator('.report .claim').first();
    const what = (await claim.getAttribute('data-claim'))!;
    const min = Number(await claim.getAttribute('data-min'));
    await claim.locator('button[data-action="edit-claim"]').click();
    await claim.locator('input[name="min"]').fill(String(min + 1));
    await claim.locator('input[name="max"]').fill(String(min + 1));
    await claim.locator('select[name="by"]').selectOption('official');
    await claim.locator('button[type="submit"]').click();
    const corrected = dash.locator(`.report .claim.corrected[data-claim="${what}"][data-min="${min + 1}"]`);
    await corrected.waitFor();
    expect(await corrected.innerText()).toMatch(
      new RegExp(`${min + 1} — [^\\n]*official[\\s\\S]*corrected by you`),
    );
    await screenshot(dash, 'dashboard-event.png');
    await dash.click('button[data-action="close-event"]');
    await dash.waitForSelector('.timeline');
    expect(await dash.locator('.event-card', { hasText: 'Bandiagara' }).innerText()).toMatch(
      /Killed — civilians: 15/,
    );
  });

  it('exports, deletes everything, imports the file and exports the same again', async () => {
    const before = await exportJson(dash);
    const file = JSON.parse(before.text);
    expect(file).toMatchObject({
      format: 'mali-crosscheck',
      version: 1,
      counts: { reports: 3, corrections: 1 },
    });
    const events = file.counts.events as number;

    await dash.click('[data-testid="delete-all"]');
    await dash.waitForSelector('[data-testid="empty"]');
    expect(await dash.getByTestId('toast').innerText()).toContain(`Deleted 3 reports and ${events} events`);
    expect(await dash.getByTestId('counts').innerText()).toBe('0 events · 0 saved reports');

    await dash.setInputFiles('[data-testid="import"]', before.path);
    await dash.waitForSelector('[data-testid="import-summary"]');
    expect(await dash.locator('[data-count="added"]').innerText()).toBe('3');
    expect(await dash.locator('[data-count="rejected"]').innerText()).toBe('0');
    await expect.poll(() => dash.locator('.event-card').count()).toBe(events);

    const after = await exportJson(dash);
    expect(withoutTime(after.text)).toEqual(withoutTime(before.text));
  });

  it('deletes a report with undo', async () => {
    const before = await dash.getByTestId('counts').innerText();
    const events = Number(/^(\d+) events/.exec(before)?.[1]);
    await dash.locator('.event-card', { hasText: 'Bandiagara' }).locator('.event-open').click();
    await dash.click('button[data-action="delete-report"]');
    await dash.waitForSelector('[data-testid="undo"]');
    await expect
      .poll(() => dash.getByTestId('counts').innerText())
      .toBe(`${events - 1} events · 2 saved reports`);
    await dash.waitForSelector('.timeline');
    expect(await dash.locator('.timeline').innerText()).not.toContain('Bandiagara');
    await dash.click('[data-testid="undo"]');
    await expect.poll(() => dash.getByTestId('counts').innerText()).toBe(before);
    await expect.poll(() => dash.locator('.timeline').innerText()).toContain('Bandiagara');
  });

  it('shows the timeline of 10,000 saved reports quickly', async () => {
    const seeded = await dash.evaluate(() => window.__crosscheckSeed!(10_000));
    expect(seeded.reports).toBe(10_000);
    const page = await openExtensionPage(h, 'dashboard.html', { width: 1280, height: 900 });
    await page.waitForSelector('.event-card');
    const ms = await page.evaluate(
      () => performance.getEntriesByName('dashboard-timeline')[0]?.duration ?? -1,
    );
    const counts = await page.getByTestId('counts').innerText();
    console.log(
      `dashboard: ${counts}; timeline shown ${Math.round(ms)} ms after the dashboard script started ` +
        `(seeding ${seeded.reports} reports / ${seeded.events} events took ${seeded.ms} ms)`,
    );
    expect(ms).toBeGreaterThan(0);
    expect(await page.locator('.event-card').count()).toBe(30);
    await page.close();
  });
});

declare global {
  interface Window {
    __crosscheckSeed?: (reports: number) => Promise<{ reports: number; events: number; ms: number }>;
  }
}
