import { afterEach, describe, expect, it } from 'vitest';
import { validateArticle } from '../../../lib/article/validate-article';
import { getReport, saveReport } from '../../../lib/store';
import { listTrash, restoreTrash } from '../../../lib/store/trash';
import type { Article } from '../../../lib/types';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', n)]);

/** An article as the popup gets it: checked, its key worked out from its address and canonical link. */
function fromPage(url: string, canonical: string, outlet: string): Article {
  const r = validateArticle({
    ...article(url, '2025-07-02', `A report on ${url}.`, outlet),
    canonicalUrl: canonical,
  });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('a save never silently replaces a report saved from another page', () => {
  it('a page on another site copying the canonical URL and outlet is saved apart; the first report keeps its figures', async () => {
    const s = await open();
    const genuine = fromPage('https://www.news.example/a', 'https://www.news.example/a', 'News');
    await saveReport(s, genuine, kayes(21));
    const copy = fromPage('https://copycat.example.net/a', 'https://www.news.example/a', 'News');
    expect(copy.canonicalUrl).toBe('https://copycat.example.net/a');
    const res = await saveReport(s, copy, kayes(400));
    expect(res.created).toBe(true);
    expect(res.replaced).toBeUndefined();
    const first = await getReport(s, 'https://www.news.example/a');
    expect(first?.report.claims.map((c) => c.min)).toEqual([21]);
    expect(first?.article.url).toBe('https://www.news.example/a');
  });

  it('another page of the same site with the same key replaces it, says so, and the old version can be restored', async () => {
    const s = await open();
    await saveReport(
      s,
      fromPage('https://www.news.example/a', 'https://www.news.example/a', 'News'),
      kayes(21),
    );
    const amp = fromPage('https://amp.news.example/a', 'https://www.news.example/a', 'News');
    const res = await saveReport(s, amp, kayes(40));
    expect(res.replaced).toMatchObject({ url: 'https://www.news.example/a', outlet: 'News' });
    expect((await getReport(s, 'https://www.news.example/a'))?.report.claims[0].min).toBe(40);
    const trash = await listTrash(s);
    expect(trash.map((t) => t.what)).toEqual(['replaced']);
    await restoreTrash(s, res.replaced!.trashId);
    const back = await getReport(s, 'https://www.news.example/a');
    expect(back?.report.claims[0].min).toBe(21);
    expect(back?.article.url).toBe('https://www.news.example/a');
  });

  it('saving the same page again updates it without filling the trash', async () => {
    const s = await open();
    const page = fromPage('https://www.news.example/a', 'https://www.news.example/a', 'News');
    await saveReport(s, page, kayes(21));
    const res = await saveReport(s, { ...page, url: 'https://www.news.example/a#comments' }, kayes(22));
    expect(res.replaced).toBeUndefined();
    expect(await listTrash(s)).toEqual([]);
  });
});
