/**
 * The team sync in Chromium, two browser profiles (two newsroom members)
 * syncing through the test team server (express-pouchdb over PouchDB's memory
 * adapter, started here on port 0; not CouchDB). A report saved in one
 * appears in the other with its comparison; both change the same report
 * offline, sync, and the conflict is shown side by side and settled, with who
 * chose; a correction made offline in each arrives in both. The e2e build
 * already has host permission for 127.0.0.1, so Connect's permission request
 * is granted without a prompt; the release build asks for it (manifest test).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../team-server/team-server';
import { launch, openExtensionPage, openPopupFor, type Harness } from './harness';
import { connect, syncNow } from './team-sync-steps';

let server: TeamServer;
let one: Harness;
let two: Harness;
let dashOne: Page;
let dashTwo: Page;
/** `#event=<id>` of the event the English report is in. */
let englishEvent = '';

beforeAll(async () => {
  server = await startTeamServer();
  // PouchDB asks for its checkpoints (404 the first time) and the test takes the server offline.
  one = await launch({ networkErrorsFrom: server.origin });
  two = await launch({ networkErrorsFrom: server.origin });
});
afterAll(async () => {
  await one?.close();
  await two?.close();
  await server?.close();
});

async function saveThroughPopup(h: Harness, name: string) {
  const { popup, page } = await openPopupFor(h, name);
  const save = popup.locator('button[data-save-state]');
  await expect.poll(() => save.isEnabled()).toBe(true);
  await save.click();
  await expect.poll(() => save.getAttribute('data-save-state')).toBe('saved');
  await popup.close();
  await page.close();
}

const counts = (dash: Page) => dash.getByTestId('counts').innerText();

describe('team sync between two browser profiles', () => {
  it('brings the reports saved in one profile to the other, with their comparison', async () => {
    await saveThroughPopup(one, 'en-boulkessi-dispatch.html');
    await saveThroughPopup(one, 'fr-boulikessi-courrier.html');
    dashOne = await openExtensionPage(one, 'dashboard.html', { width: 1280, height: 900 });
    await dashOne.waitForSelector('.event-card');
    await connect(dashOne, server, 'alice');
    expect(await dashOne.getByTestId('sync-pending').getAttribute('data-count')).toBe('0');

    dashTwo = await openExtensionPage(two, 'dashboard.html', { width: 1280, height: 900 });
    await connect(dashTwo, server, 'bruno');
    await expect.poll(() => counts(dashTwo), { timeout: 20_000 }).toBe(await counts(dashOne));
    // The comparison: the event holds both outlets' reports, their figures side by side.
    await dashTwo.locator('.event-card .event-open').first().click();
    await expect.poll(() => dashTwo.locator('.event-detail .report').count()).toBe(2);
    const detail = await dashTwo.locator('.event-detail').innerText();
    expect(detail).toContain('21');
    const urls = await dashTwo
      .locator('.event-detail .report')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-report') ?? ''));
    expect(urls.some((u) => u.includes('boulkessi'))).toBe(true);
    expect(urls.some((u) => u.includes('boulikessi'))).toBe(true);
    await dashTwo.click('button[data-action="close-event"]');
  });

  it('shows a report both changed offline side by side until one chooses, and keeps both corrections', async () => {
    server.offline = true;
    // Each moves the French report to an event of its own (different new events), and corrects a figure.
    for (const [dash, figure] of [
      [dashOne, '111'],
      [dashTwo, '222'],
    ] as const) {
      await dash.locator('.event-card .event-open').first().click();
      const reports = dash.locator('.event-detail .report');
      await expect.poll(() => reports.count()).toBe(2);
      // The English report stays in this event (the French one leaves it).
      englishEvent = await dash.evaluate(() => location.hash);
      const english = dash.locator('.event-detail .report[data-report*="boulkessi"]');
      const claim = english.locator('.claim').nth(figure === '111' ? 0 : 1);
      await claim.locator('button[data-action="edit-claim"]').click();
      const form = dash.getByTestId('claim-form');
      await form.locator('input[name="min"]').fill(figure);
      await form.locator('input[name="max"]').fill(figure);
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => english.locator(`.claim[data-min="${figure}"]`).count()).toBe(1);
      const french = dash.locator('.event-detail .report[data-report*="boulikessi"]');
      await french.locator('select[data-action="move-target"]').selectOption('');
      await french.locator('button[data-action="move-report"]').click();
      await expect.poll(() => reports.count()).toBe(1);
      await dash.click('button[data-action="close-event"]');
      // Offline: the error in words, the changes kept waiting.
      expect(await syncNow(dash)).toBe('unreachable');
      expect(Number(await dash.getByTestId('sync-pending').getAttribute('data-count'))).toBeGreaterThan(0);
    }
    server.offline = false;
    expect(await syncNow(dashOne)).toBeNull();
    expect(await syncNow(dashTwo)).toBeNull();
    expect(await syncNow(dashOne)).toBeNull();

    for (const dash of [dashOne, dashTwo]) {
      const conflict = dash.locator('[data-testid="conflicts"] .conflict');
      await expect.poll(() => conflict.count()).toBe(1);
      expect(await conflict.getAttribute('data-conflict')).toContain('boulikessi');
      const by = await conflict
        .locator('.conflict-version')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-by')).sort());
      expect(by).toEqual(['alice', 'bruno']);
      // Both corrections, made offline on each side, are here.
      await dash.evaluate((hash) => (location.hash = hash), englishEvent);
      const english = dash.locator('.event-detail .report[data-report*="boulkessi"]');
      await expect.poll(() => english.locator('.claim[data-min="111"]').count()).toBe(1);
      await expect.poll(() => english.locator('.claim[data-min="222"]').count()).toBe(1);
      await dash.click('button[data-action="close-event"]');
    }

    // Alice keeps Bruno's version; the choice reaches Bruno with her name.
    await dashOne.locator('.conflict-version[data-by="bruno"] button[data-keep]').click();
    await expect.poll(() => dashOne.locator('[data-testid="conflicts"] .conflict').count()).toBe(0);
    expect(await syncNow(dashOne)).toBeNull();
    expect(await syncNow(dashTwo)).toBeNull();
    for (const dash of [dashOne, dashTwo]) {
      await expect.poll(() => dash.locator('[data-testid="conflicts"] .conflict').count()).toBe(0);
      expect(await dash.locator('[data-resolved]').first().getAttribute('data-by')).toBe('alice');
    }
    await expect.poll(() => counts(dashTwo)).toBe(await counts(dashOne));
    expect(server.refused).toEqual([]);
  });
});
