/**
 * Pages that attack the extension, in Chromium: a page on another host that
 * copies an article's canonical URL and site name must not take its saved
 * report; an element named like the content script's guard must not stop it;
 * over-long metadata is trimmed, not refused; a malformed dashboard hash never
 * blanks the dashboard. The pages are written here, from a fixture page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, launch, openExtensionPage, openPopupFor, type Harness } from './harness';

let h: Harness;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-pages-'));
const base = fs.readFileSync(path.join(FIXTURES_DIR, 'en-boulkessi-dispatch.html'), 'utf8');
const CANONICAL_RE = /<link rel="canonical" href="[^"]*">/;

beforeAll(async () => {
  // The genuine article: its canonical URL is on its own site (the fixture server, 127.0.0.1).
  fs.writeFileSync(
    path.join(dir, 'genuine.html'),
    base.replace(CANONICAL_RE, '<link rel="canonical" href="/news/boulkessi-camp">'),
  );
  fs.writeFileSync(
    path.join(dir, 'guard-id.html'),
    base
      .replace(CANONICAL_RE, '')
      .replace(
        '<body>',
        '<body><div id="__maliCrosscheckContent"></div><form name="__maliCrosscheckContent"></form>',
      ),
  );
  const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  fs.writeFileSync(
    path.join(dir, 'long-meta.html'),
    base
      .replace(CANONICAL_RE, '')
      .replace(/(og:title" content=")[^"]*/, `$1${long('Mali: jihadists claim an assault ', 1500)}`)
      .replace(/(og:site_name" content=")[^"]*/, `$1${long('The Sahel Dispatch ', 400)}`)
      .replace(/(published_time" content=")[^"]*/, `$1${long('2026-10-14T09:30:00Z ', 100)}`)
      .replace('<html lang="en-GB">', `<html lang="en-${long('abcdefgh-', 60)}x1">`),
  );
  h = await launch({ fixturesDir: dir });
  // The copy: another host name of the loopback (localhost), the genuine page's canonical URL and
  // site name, other figures.
  fs.writeFileSync(
    path.join(dir, 'copycat.html'),
    base
      .replace(CANONICAL_RE, `<link rel="canonical" href="${h.server.origin}/news/boulkessi-camp">`)
      .replaceAll('at least 21 soldiers', 'at least 400 soldiers'),
  );
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function popupFor(url: string) {
  const opened = await openPopupFor(h, url);
  await opened.popup.waitForSelector(
    'main[data-state="report"], main[data-state="failed"], main[data-state="refused"]',
  );
  return opened;
}

describe('a page on another host copying an article’s canonical URL', () => {
  it('is saved as a report of its own: the first report and its figures stay stored and shown', async () => {
    const genuine = await popupFor('genuine.html');
    await genuine.popup.locator('button[data-save-state="new"]').click();
    await genuine.popup.waitForSelector('button[data-save-state="saved"]');
    await genuine.popup.close();

    const copyUrl = `${h.server.origin.replace('127.0.0.1', 'localhost')}/copycat.html`;
    const copy = await popupFor(copyUrl);
    expect(await copy.popup.locator('main').innerText()).toMatch(/at least 400/);
    // Not "Saved before — Update replaces it": the copy has no saved report.
    await copy.popup.waitForSelector('button[data-save-state="new"]');
    // The genuine report's conflicting figure is shown beside the copy's.
    await copy.popup.waitForSelector('.comparison [data-row="killed/soldiers"]');
    const row = await copy.popup.locator('.comparison [data-row="killed/soldiers"]').innerText();
    expect(row).toContain('at least 21');
    await copy.popup.locator('button[data-save-state="new"]').click();
    await copy.popup.waitForSelector('button[data-save-state="saved"]');
    expect(await copy.popup.locator('[data-replace-note]').count()).toBe(0);
    await copy.popup.close();
    await copy.page.close();

    // The genuine page is still saved, with its own figure.
    await genuine.page.reload();
    const again = await popupFor(genuine.url);
    await again.popup.waitForSelector('button[data-save-state="stored"]');
    await again.popup.waitForSelector('.comparison [data-row="killed/soldiers"]');
    const rowAgain = await again.popup.locator('.comparison [data-row="killed/soldiers"]').innerText();
    expect(rowAgain).toContain('at least 21');
    expect(rowAgain).toContain('at least 400');
    await again.popup.close();
    await again.page.close();

    const dash = await openExtensionPage(h, 'dashboard.html');
    await dash.waitForSelector('.event-card');
    expect(await dash.getByTestId('counts').innerText()).toMatch(/2 saved reports/);
    await dash.close();
  });
});

describe('a page that tries to make itself unreadable', () => {
  it('an element with the content script’s old guard id does not stop it', async () => {
    const { popup, page } = await popupFor('guard-id.html');
    expect(await popup.locator('main').getAttribute('data-state')).toBe('report');
    expect(await popup.locator('.claim').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('over-long title, site name, date and language are trimmed, and the article is read', async () => {
    const { popup, page } = await popupFor('long-meta.html');
    expect(await popup.locator('main').getAttribute('data-state')).toBe('report');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Mali: jihadists claim an assault');
    expect(text).not.toMatch(/invalid article/);
    await popup.close();
    await page.close();
  });
});

describe('the dashboard address', () => {
  it('a malformed #event= hash opens nothing and the dashboard still shows', async () => {
    const dash = await openExtensionPage(h, 'dashboard.html#event=%E0%A4%A');
    await dash.waitForSelector('[data-testid="counts"]');
    expect(await dash.locator('.dashboard').count()).toBe(1);
    await dash.close();
  });
});
