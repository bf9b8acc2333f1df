/** The team sync panel's steps, as a user takes them (shared by the team-sync e2e tests). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TeamServer } from '../team-server/team-server';

export const status = (dash: Page) => dash.getByTestId('sync-status');

/** The settings are a <details>: opened when closed. */
async function openSettings(dash: Page) {
  if ((await dash.getByTestId('team-sync').getAttribute('open')) === null)
    await dash.locator('[data-testid="team-sync"] summary').click();
}

export async function connect(dash: Page, server: TeamServer, name: string, timeout = 30_000) {
  await openSettings(dash);
  await dash.getByTestId('sync-url').fill(server.dbUrl);
  await dash.getByTestId('sync-name').fill(name);
  await dash.getByTestId('sync-password').fill(`${name}-pass`);
  await dash.getByTestId('sync-connect').click();
  await expect.poll(() => status(dash).getAttribute('data-synced-at'), { timeout }).not.toBe('');
  // The test syncs by hand from here, so that no automatic sync runs in between.
  await dash.locator('[data-testid="team-sync"] input[type="checkbox"]').uncheck();
}

/** Sync now, and wait for its end; returns the error code shown, if any. */
export async function syncNow(dash: Page): Promise<string | null> {
  await expect.poll(() => status(dash).getAttribute('data-running')).toBe('false');
  const before = await status(dash).getAttribute('data-synced-at');
  const errorsBefore = await dash.getByTestId('sync-error').count();
  await openSettings(dash);
  await dash.getByTestId('sync-now').click();
  await expect
    .poll(
      async () =>
        (await status(dash).getAttribute('data-running')) === 'false' &&
        ((await status(dash).getAttribute('data-synced-at')) !== before ||
          (await dash.getByTestId('sync-error').count()) > errorsBefore ||
          (await dash.getByTestId('sync-error').count()) > 0),
      { timeout: 30_000 },
    )
    .toBe(true);
  return dash
    .getByTestId('sync-error')
    .count()
    .then((n) => (n ? dash.getByTestId('sync-error').getAttribute('data-code') : null));
}
