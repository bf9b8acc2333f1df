/**
 * The user's path through the extension, written once and run in both
 * browsers (user-path.test.ts for Chromium, firefox/user-path.test.ts for
 * Firefox): the popup's claims on a report, Save, a second outlet's report of
 * the same attack compared with it and the disagreement marked, the highlights
 * in the page, and the dashboard. The browser's console is watched all along:
 * an error of the extension's own fails the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, TestPage } from './driver';

const report = 'main[data-state="report"]';
const highlighted = () =>
  Number(document.documentElement.getAttribute('data-mali-crosscheck-highlights')) > 0;

/** What the page shows of the highlights: CSS highlights per status, <mark>s, the count attribute. */
function pageHighlights(page: TestPage) {
  return page.evaluate(() => {
    const css = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    const names = ['agree', 'conflict', 'single'] as const;
    return {
      sizes: Object.fromEntries(names.map((n) => [n, css?.get(`mali-crosscheck-${n}`)?.size ?? 0])),
      marks: document.querySelectorAll('mark[class^="mali-crosscheck-"]').length,
      count: Number(document.documentElement.getAttribute('data-mali-crosscheck-highlights') ?? 0),
    };
  }, undefined);
}

export function describeUserPath(launch: () => Promise<E2EBrowser>): void {
  let b: E2EBrowser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  describe('the user path: claims, save, a second outlet, highlights, dashboard', () => {
    it('shows the claims of the English report, highlights them and saves it', async () => {
      const { page, tabId } = await b.openPage('en-boulkessi-dispatch.html');
      const popup = await b.openPopup(tabId);
      await popup.waitFor(`${report} .claim`);
      expect(await popup.attr('main', 'data-status')).toBe('ok');
      const text = await popup.text('main');
      expect(text).toContain('Mali: jihadists claim deadly assault on Boulkessi army camp');
      expect(text).toContain('The Sahel Dispatch');
      expect(text).toMatch(/Killed — soldiers/);
      expect(text).toMatch(/at least 21 · .*SITE Intelligence Group.*\(monitor\)/);
      expect(await popup.text('[data-field="places"]')).toContain('Boulkessi');
      // The comparison comes after the claims (the store is read meanwhile): wait for its answer.
      await popup.waitFor('.comparison, [data-no-match]');
      expect(await popup.count('[data-no-match]')).toBe(1);

      // Nothing saved yet: every claim is highlighted as this outlet's only.
      await page.waitUntil(highlighted, undefined, 'highlights in the page');
      const hl = await pageHighlights(page);
      expect(hl.count).toBeGreaterThanOrEqual(3);
      expect(hl.sizes.single + hl.marks).toBeGreaterThanOrEqual(3);

      const save = 'button[data-save-state]';
      expect(await popup.text(save)).toBe('Save');
      await popup.click(save);
      await popup.waitFor('button[data-save-state="saved"]');
      expect(await popup.text(save)).toBe('Saved ✓');
      await popup.screenshot('popup-claims.png', 'main');
      await popup.close();

      // Opening the popup again injects the content script and the stylesheet again:
      // it answers once, as before, and highlights again.
      const again = await b.openPopup(tabId);
      await again.waitFor('button[data-save-state="stored"]');
      expect(await again.count('.claim')).toBeGreaterThanOrEqual(3);
      await page.waitUntil(highlighted, undefined, 'highlights after reopening');
      await again.close();
      await page.close();
    });

    it('compares the French report with the saved one, marks the conflict in the popup and the page', async () => {
      const { page, tabId } = await b.openPage('fr-boulikessi-courrier.html');
      const popup = await b.openPopup(tabId);
      await popup.waitFor('.comparison, [data-no-match]');
      const facts = await popup.text('.event-facts');
      expect(await popup.count('.comparison'), `no saved report matched this one (${facts})`).toBe(1);
      const row = '.comparison [data-row="killed/soldiers"]';
      expect(await popup.attr(row, 'data-status')).toBe('conflict');
      const rowText = await popup.text(row);
      expect(rowText).toMatch(/conflict/);
      expect(rowText).toMatch(/⚠/);
      expect(rowText).toContain('at least 21'); // The Sahel Dispatch's figure
      expect(rowText).toContain('9'); // the army's figure in Le Courrier du Sahel
      // This page's figures come first, then the saved outlet's.
      expect(rowText).toMatch(/Le Courrier du Sahel \(this page\)[\s\S]*The Sahel Dispatch/);
      expect(await popup.text('[data-coverage]')).toBe('Reported by 2 outlets, 2 give figures');
      expect(await popup.count('.comparison .figure-cell[data-status="conflict"]')).toBeGreaterThan(0);
      // The army's "30" and "at least 30" relayed by both outlets are one claimant's figure in two
      // wordings: a wording variant, neither a confirmation nor a conflict.
      const militants = '.comparison [data-row="killed/militants"]';
      expect(await popup.attr(militants, 'data-status')).toBe('variant');
      expect(await popup.count(`${militants} .figure-cell[data-status="variant"]`)).toBe(2);
      expect(await popup.text(militants)).toMatch(/wording variant/);
      const summary = await popup.text('table.summary');
      expect(summary).toMatch(/Low[\s\S]*Best[\s\S]*High/);
      expect(summary).toMatch(/Killed — soldiers/);
      expect(await popup.text('.match-reason')).toMatch(/Matched on .+/);
      // Unsaved: the comparison shows, but nothing can be unlinked yet.
      expect(await popup.count('button[data-unlink]')).toBe(0);

      // The page's conflicting claim is highlighted as a conflict.
      await page.waitUntil(highlighted, undefined, 'highlights in the page');
      const hl = await pageHighlights(page);
      expect(hl.sizes.conflict + hl.marks).toBeGreaterThan(0);

      const times = await popup.evaluate(() => ({ ...document.documentElement.dataset }), undefined);
      const ms = Number(times.timeToComparison);
      console.log(
        `${b.name}: time to claims: ${times.timeToClaims} ms, to comparison: ${ms} ms after the popup script ` +
          `started (${times.timeToComparisonFromNav} ms after the popup page began loading)`,
      );
      expect(ms).toBeGreaterThan(0);
      await popup.screenshot('popup-comparison.png', 'main');
      await page.screenshot('page-highlights.png', '.entry-content', { width: 900, height: 700 });

      // Clearing restores the page.
      await popup.click('.page-actions button');
      await page.waitUntil(
        () => !document.documentElement.hasAttribute('data-mali-crosscheck-highlights'),
        undefined,
        'the highlights to be cleared',
      );
      const cleared = await pageHighlights(page);
      expect(cleared.sizes).toEqual({ agree: 0, conflict: 0, single: 0 });
      expect(cleared.marks).toBe(0);

      // Saved, it joins the Sahel Dispatch's event.
      await popup.click('button[data-save-state="new"]');
      await popup.waitFor('button[data-save-state="saved"]');
      await popup.close();
      await page.close();
    });

    it('shows the two outlets’ event with its conflict on the dashboard', async () => {
      const dash = await b.openExtensionPage('dashboard.html');
      await dash.waitFor('.event-card');
      expect(await dash.text('[data-testid="counts"]')).toBe('1 event · 2 saved reports');
      const card = '.event-card.has-conflicts';
      expect(await dash.count(card)).toBe(1);
      expect(await dash.text(`${card} .where`)).toContain('Boulkessi');
      expect(await dash.text(`${card} .meta`)).toMatch(/2 reports · 2 outlets[\s\S]*⚠ \d+ conflicts?/);
      // The map places the event, in red.
      await dash.waitFor('svg[data-events="1"]');
      expect(await dash.count('.event-map .marker.conflict')).toBe(1);

      await dash.click(`${card} .event-open`);
      await dash.waitFor('.event-detail');
      expect(await dash.text('[data-testid="coverage"]')).toBe('Reported by 2 outlets, 2 give figures');
      const reports = await dash.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('.event-detail .report')].map((r) => r.innerText),
        undefined,
      );
      expect(reports).toHaveLength(2);
      expect(reports.join('\n')).toContain('The Sahel Dispatch');
      expect(reports.join('\n')).toContain('Le Courrier du Sahel');
      await dash.close();
    });

    it('names the toolbar button as the configuration does', async () => {
      const page = await b.openExtensionPage('dashboard.html');
      // What the browser shows as the button's tooltip: action (MV3) or browserAction (Firefox MV2).
      const title = await page.evaluate(() => {
        type Action = { getTitle(details: object): Promise<string> };
        type Api = { action?: Action; browserAction?: Action };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = g.browser ?? g.chrome!;
        return (api.action ?? api.browserAction)!.getTitle({});
      }, undefined);
      expect(title).toBe('Cross-check this report');
      await page.close();
    });

    it('has its context menu, and the menu’s dashboard address opens the claim form prefilled', async () => {
      const { page, url } = await b.openPage('en-boulkessi-dispatch.html');
      await page.close();
      const words = 'that 14 soldiers were wounded';
      const dash = await b.openExtensionPage('dashboard.html');
      // The address the menu opens, set as a link would (the dashboard then moves to the event's own).
      await dash.evaluate(
        (hash) => {
          location.hash = hash;
        },
        `claim?url=${encodeURIComponent(url)}&text=${encodeURIComponent(words)}`,
      );
      // The items the background created on install (update() fails for an unknown id).
      const items = await dash.evaluate(async () => {
        type Menus = { update(id: string, props: object): Promise<void> };
        type Api = { menus?: Menus; contextMenus?: Menus };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = g.browser ?? g.chrome!;
        const menus = (api.contextMenus ?? api.menus)!;
        const out: string[] = [];
        for (const id of ['crosscheck-page', 'crosscheck-claim'])
          await menus.update(id, {}).then(
            () => out.push(id),
            () => undefined,
          );
        return out;
      }, undefined);
      expect(items).toEqual(['crosscheck-page', 'crosscheck-claim']);
      await dash.waitFor('[data-testid="claim-form"]');
      expect(await dash.text('.add-claim q')).toBe(words);
      await dash.close();
    });

    it('logged no error of the extension’s in the browser’s console', () => {
      expect(b.extensionErrors()).toEqual([]);
    });
  });
}
