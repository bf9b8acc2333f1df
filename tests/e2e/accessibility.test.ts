/**
 * axe-core on the popup and the dashboard, in English and in French: no
 * serious or critical violation. axe is evaluated through DevTools (extension
 * pages' CSP forbids injected <script> tags).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, openPopupFor, ROOT, type Harness } from './harness';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe
      .run()
      .then((r) => ({ violations: r.violations, passes: r.passes.length })),
  )) as { violations: Violation[]; passes: number };
  // axe ran its rules on this page (a page it could not check would pass nothing).
  expect(result.passes).toBeGreaterThan(10);
  const violations = result.violations;
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.log(`axe, ${page.url()}: ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe.each(['en', 'fr'] as const)('in %s', (lang) => {
  it('the popup with a comparison has no serious violation', async () => {
    const setLang = await openExtensionPage(h, 'dashboard.html');
    await setLang.evaluate((l) => localStorage.setItem('ui-lang', l), lang);
    await setLang.close();
    for (const page of ['en-boulkessi-dispatch.html', 'fr-boulikessi-courrier.html']) {
      const { popup, page: tab } = await openPopupFor(h, page);
      await popup.waitForSelector('main[data-state="report"] .claim');
      const save = popup.locator('button[data-save-state]');
      await expect.poll(() => save.isEnabled()).toBe(true);
      if ((await save.getAttribute('data-save-state')) === 'new') await save.click();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
      await tab.close();
    }
  });

  it('the dashboard, its event view and the welcome page have no serious violation', async () => {
    const dash = await openExtensionPage(h, 'dashboard.html');
    await dash.waitForSelector('.event-card');
    expect(await seriousViolations(dash)).toEqual([]);
    await dash.locator('.event-card .event-open').first().click();
    await dash.waitForSelector('.event-detail .report');
    expect(await seriousViolations(dash)).toEqual([]);
    const welcome = await openExtensionPage(h, 'welcome.html');
    await welcome.waitForSelector('[data-testid="welcome"]');
    expect(await seriousViolations(welcome)).toEqual([]);
    await dash.close();
    await welcome.close();
  });
});
