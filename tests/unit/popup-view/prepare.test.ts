/**
 * What the popup shows for a page, prepared the same way by the background (after a click on the
 * toolbar button) and by the popup: the article checked, its claims, whether it is saved, the
 * user's corrections, the comparison with saved reports of the same attack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract';
import { readView, withSaved } from '../../../lib/popup-view/prepare';
import type { PreparedView, ReportView } from '../../../lib/popup-view/view';
import { saveReport, StoreError } from '../../../lib/store';
import { addClaimCorrection } from '../../../lib/store/corrections';
import type { Article } from '../../../lib/types';
import { closeAll, open } from '../store-upgrade/open';

afterEach(closeAll);

/** A page's article as the content script sends it. */
function page(url: string, text: string, outlet = new URL(url).hostname): Article {
  return {
    url,
    canonicalUrl: url,
    title: 'Attaque près de Boni',
    outlet,
    byline: null,
    published: '2026-02-11',
    lang: 'fr',
    text,
    paragraphs: [[0, text.length]],
  };
}

const ATTACK =
  'Mardi, des terroristes ont attaqué le poste de Boni. Cinq soldats ont été tués, selon l’armée.';
const OTHER =
  'Des jihadistes ont attaqué mardi le camp de Boni : huit soldats ont été tués, selon une source locale.';

function asReport(v: PreparedView): ReportView {
  if (v.state !== 'report') throw new Error(`not a report: ${v.state}`);
  return v;
}

describe('readView', () => {
  it('finds the claims of a checked article', () => {
    const v = asReport(readView(7, { ok: true, value: page('https://a.example/1', ATTACK) }, extractReport));
    expect(v.tabId).toBe(7);
    expect(v.report.claims.map((c) => [c.kind, c.subject, c.min])).toEqual([['killed', 'soldiers', 5]]);
    expect(v.machine).toBe(v.report);
    expect(v.saved).toBeUndefined();
  });

  it('says why there is no article: the content script’s code, or what is wrong with its answer', () => {
    const failed = readView(7, { ok: false, error: { code: 'too-large', message: 'big' } }, extractReport);
    expect(failed).toEqual({ state: 'not-read', code: 'too-large', message: 'big' });
    const bad = readView(
      7,
      { ok: true, value: { ...page('https://a.example/1', ATTACK), outlet: '' } },
      extractReport,
    );
    expect(bad.state).toBe('invalid');
  });
});

describe('withSaved', () => {
  it('a new page: not saved, compared with the saved report of the same attack', async () => {
    const s = await open();
    const other = page('https://b.example/2', OTHER);
    await saveReport(s, other, extractReport({ text: OTHER, lang: 'fr', published: '2026-02-11' }));
    const first = asReport(
      readView(1, { ok: true, value: page('https://a.example/1', ATTACK) }, extractReport),
    );
    const v = await withSaved(first, async () => s);
    expect(v.saved).toBe('new');
    expect(v.comparison?.matches).toHaveLength(1);
    expect(v.comparison?.statuses).toEqual(['conflict']);
    expect(v.storeError).toBeUndefined();
  });

  it('nothing saved of the attack: compared, no match, no statuses', async () => {
    const s = await open();
    const first = asReport(
      readView(1, { ok: true, value: page('https://a.example/1', ATTACK) }, extractReport),
    );
    const v = await withSaved(first, async () => s);
    expect(v.comparison).toEqual({ matches: [], statuses: undefined });
  });

  it('a saved page: stored, shown with the user’s corrections, the machine’s report kept for saving', async () => {
    const s = await open();
    const article = page('https://a.example/1', ATTACK);
    const first = asReport(readView(1, { ok: true, value: article }, extractReport));
    await saveReport(s, article, first.machine);
    const c = first.machine.claims[0];
    await addClaimCorrection(s, {
      type: 'edit-claim',
      url: article.canonicalUrl,
      claim: { text: c.text, start: c.start, kind: c.kind, subject: c.subject },
      set: { min: 6, max: 6 },
    });
    const v = await withSaved(first, async () => s);
    expect(v.saved).toBe('stored');
    expect(v.report.claims[0].min).toBe(6);
    expect(v.machine.claims[0].min).toBe(5);
    expect(v.savedFrom).toBeUndefined();
  });

  it('says when the report saved under this address came from another page', async () => {
    const s = await open();
    const article = page('https://a.example/1', ATTACK);
    const first = asReport(readView(1, { ok: true, value: article }, extractReport));
    await saveReport(s, { ...article, url: 'https://a.example/1?print=1', outlet: 'Autre' }, first.machine);
    const v = await withSaved(first, async () => s);
    expect(v.savedFrom).toEqual({ outlet: 'Autre', url: 'https://a.example/1?print=1' });
  });

  it('a store that fails: the claims stay, with the store’s reason', async () => {
    const first = asReport(
      readView(1, { ok: true, value: page('https://a.example/1', ATTACK) }, extractReport),
    );
    const v = await withSaved(first, () => Promise.reject(new StoreError('quota')));
    expect(v.storeError?.code).toBe('quota');
    expect(v.report.claims).toHaveLength(1);
    expect(v.comparison).toBeUndefined();
  });

  it('a page that is not about an attack in Mali is not looked up', async () => {
    const text = 'Le marché de Sikasso a rouvert ses portes ce matin après des travaux.';
    const first = asReport(
      readView(1, { ok: true, value: page('https://a.example/1', text) }, extractReport),
    );
    expect(first.machine.status).not.toBe('ok');
    let opened = false;
    const v = await withSaved(first, async () => {
      opened = true;
      return open();
    });
    expect(opened).toBe(false);
    expect(v).toBe(first);
  });
});
