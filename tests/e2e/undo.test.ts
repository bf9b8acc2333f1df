/** Undo in the dashboard's toast for a claim correction and for a split. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openExtensionPage, openPopupFor, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

it('takes back a claim edit and a split with Undo', async () => {
  for (const page of ['wire-bandiagara-continental.html', 'wire-bandiagara-horizon.html']) {
    const { popup } = await openPopupFor(h, page);
    const save = popup.locator('button[data-save-state]');
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => save.getAttribute('data-save-state')).toBe('saved');
    await popup.close();
  }
  const dash = await openExtensionPage(h, 'dashboard.html');
  await dash.locator('.event-card .event-open').first().click();
  const reports = dash.locator('.event-detail .report');
  await expect.poll(() => reports.count()).toBe(2);

  const claim = reports.first().locator('.claim').first();
  const original = await claim.getAttribute('data-min');
  await claim.locator('button[data-action="edit-claim"]').click();
  const form = dash.getByTestId('claim-form');
  await form.locator('input[name="min"]').fill('999');
  await form.locator('input[name="max"]').fill('999');
  await form.locator('button[type="submit"]').click();
  await expect.poll(() => reports.first().locator('.claim[data-min="999"]').count()).toBe(1);
  await dash.getByTestId('undo').click();
  await expect.poll(() => reports.first().locator('.claim[data-min="999"]').count()).toBe(0);
  expect(await reports.first().locator('.claim').first().getAttribute('data-min')).toBe(original);
  await expect.poll(() => dash.getByTestId('toast').innerText()).toContain('Undone.');

  await reports.nth(1).locator('.select-report input').check();
  await dash.click('button[data-action="split"]');
  await expect.poll(() => reports.count()).toBe(1);
  await dash.getByTestId('undo').click();
  await expect.poll(() => reports.count()).toBe(2);
  await dash.click('button[data-action="close-event"]');
  await expect.poll(() => dash.getByTestId('counts').innerText()).toBe('1 event · 2 saved reports');
});
