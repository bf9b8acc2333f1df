/**
 * A click on the toolbar button in Chromium: the background reads the page and prepares the view
 * while it opens the popup, and hands the view to the popup only.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ToolbarClick from '../../../entrypoints/background/toolbar-click';
import type { HandedView } from '../../../lib/popup-view/view';
import type { Article } from '../../../lib/types';

const TEXT = 'Mardi, des terroristes ont attaqué le poste de Boni. Cinq soldats ont été tués, selon l’armée.';
const ARTICLE: Article = {
  url: 'https://a.example/1',
  canonicalUrl: 'https://a.example/1',
  title: 'Attaque près de Boni',
  outlet: 'a.example',
  byline: null,
  published: '2026-02-11',
  lang: 'fr',
  text: TEXT,
  paragraphs: [[0, TEXT.length]],
};
const POPUP = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/** The parts of the browser the background uses, recording what it was asked. */
function fakeBrowser(openPopup: () => Promise<void>) {
  const calls: string[] = [];
  const api = {
    runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext${p}` },
    action: {
      setPopup: vi.fn(async ({ popup }: { popup: string }) => void calls.push(`setPopup ${popup}`)),
      openPopup: vi.fn(async () => {
        calls.push('openPopup');
        await openPopup();
      }),
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        calls.push('read');
        return [{ result: { ok: true, value: ARTICLE } }];
      }),
      insertCSS: vi.fn(async () => undefined),
      removeCSS: vi.fn(async () => undefined),
    },
    tabs: {
      sendMessage: vi.fn(async (_tab: number, m: { type: string }) => {
        calls.push(m.type);
        return { ok: true, value: 0 };
      }),
      create: vi.fn(async ({ url }: { url: string }) => void calls.push(`tab ${url}`)),
    },
  };
  return { api, calls };
}

/** Asks as the popup does; resolves with the answer, or 'no answer' when the handler declined. */
async function ask(take: typeof ToolbarClick.onTakeHanded, part: 'claims' | 'full', sender = POPUP) {
  return new Promise<HandedView | null | 'no answer'>((resolve) => {
    const kept = take({ type: 'take-handed', part }, sender, resolve);
    if (!kept) setTimeout(() => resolve('no answer'), 0);
  });
}

let mod: typeof ToolbarClick;
let browser: ReturnType<typeof fakeBrowser>;

async function load(openPopup = async () => undefined) {
  browser = fakeBrowser(openPopup);
  vi.stubGlobal('browser', browser.api);
  vi.resetModules();
  mod = await import('../../../entrypoints/background/toolbar-click');
}
beforeEach(() => load());
afterEach(() => vi.unstubAllGlobals());

describe('a click on the toolbar button', () => {
  it('opens the popup through a popup set for that opening only, and reads the page meanwhile', async () => {
    await mod.onToolbarClick({ id: 3, windowId: 1, url: ARTICLE.url });
    expect(browser.calls.slice(0, 4).filter((c) => c !== 'read')).toEqual([
      'setPopup popup.html',
      'openPopup',
      'setPopup ',
    ]);
    expect(browser.calls).toContain('read');
    expect(browser.api.action.openPopup).toHaveBeenCalledWith({ windowId: 1 });
  });

  it('hands the popup the claims, then the comparison; the page is highlighted', async () => {
    await mod.onToolbarClick({ id: 3, windowId: 1, url: ARTICLE.url });
    const claims = await ask(mod.onTakeHanded, 'claims');
    if (!claims || claims === 'no answer' || claims.view.state !== 'report') throw new Error('no claims');
    expect(claims.view.report.claims.map((c) => c.min)).toEqual([5]);
    expect(claims.clickedAt).toBeLessThanOrEqual(Date.now());
    const full = await ask(mod.onTakeHanded, 'full');
    if (!full || full === 'no answer' || full.view.state !== 'report') throw new Error('no view');
    expect(full.view.saved).toBe('new');
    expect(full.view.comparison?.matches).toEqual([]);
    await vi.waitFor(() => expect(browser.calls).toContain('highlight'));
    // Handed once: a popup opened later by other means reads the page itself.
    expect(await ask(mod.onTakeHanded, 'claims')).toBeNull();
  });

  it('hands the comparison with the claims when it is ready before the popup asks', async () => {
    await mod.onToolbarClick({ id: 3, windowId: 1, url: ARTICLE.url });
    await vi.waitFor(() => expect(browser.calls).toContain('highlight'));
    const claims = await ask(mod.onTakeHanded, 'claims');
    if (!claims || claims === 'no answer' || claims.view.state !== 'report') throw new Error('no claims');
    expect(claims.view.report.claims.map((c) => c.min)).toEqual([5]);
    expect(claims.view.comparison?.matches).toEqual([]);
    expect(claims.view.saved).toBe('new');
    const full = await ask(mod.onTakeHanded, 'full');
    if (!full || full === 'no answer' || full.view.state !== 'report') throw new Error('no view');
    expect(full.view.comparison?.matches).toEqual([]);
  });

  it('answers only the extension’s popup', async () => {
    await mod.onToolbarClick({ id: 3, windowId: 1, url: ARTICLE.url });
    expect(await ask(mod.onTakeHanded, 'claims', { id: 'ext', url: 'https://a.example/1' })).toBe(
      'no answer',
    );
    expect(await ask(mod.onTakeHanded, 'claims', { id: 'other', url: POPUP.url })).toBe('no answer');
  });

  it('does not script a page the browser keeps to itself', async () => {
    await mod.onToolbarClick({ id: 3, windowId: 1, url: 'chrome://settings' });
    const claims = await ask(mod.onTakeHanded, 'claims');
    expect(claims !== 'no answer' && claims?.view.state).toBe('refused');
    expect(browser.calls).not.toContain('read');
  });

  it('opens the popup in a tab, for the clicked tab, where the browser cannot open it', async () => {
    await load(() => Promise.reject(new Error('no focused window')));
    await mod.onToolbarClick({ id: 3, windowId: 1, url: ARTICLE.url });
    expect(browser.calls).toContain('tab chrome-extension://ext/popup.html?tabId=3');
    expect(browser.calls).toContain('setPopup ');
  });

  it('has nothing for a popup when there was no click', async () => {
    expect(await ask(mod.onTakeHanded, 'claims')).toBeNull();
  });
});
