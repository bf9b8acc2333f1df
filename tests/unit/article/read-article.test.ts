import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle, MAX_PAGE_CHARS } from '../../../lib/article/read-article';
import { LIMITS } from '../../../lib/messages';
import { validateArticle } from '../../../lib/article/validate-article';

const pages = path.resolve(__dirname, '../../fixtures/pages');
const load = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => load(fs.readFileSync(path.join(pages, name), 'utf8'));

function page(head: string, body: string, htmlAttrs = '') {
  return load(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
}
const PARAS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of a report about the town and its market, written long enough to count as article text for the reader.</p>`,
).join('');

describe('readArticle', () => {
  it('reads metadata, text and real paragraphs from a news page', () => {
    const r = readArticle(
      fixture('en-boulkessi-dispatch.html'),
      'https://saheldispatch.news/amp/boulkessi.html#top',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.title).toBe('Mali: jihadists claim deadly assault on Boulkessi army camp');
    expect(a.outlet).toBe('The Sahel Dispatch');
    expect(a.byline).toBe('Hannah Okafor');
    expect(a.published).toBe('2026-10-14T09:30:00Z');
    expect(a.lang).toBe('en-GB');
    expect(a.canonicalUrl).toBe(
      'https://www.saheldispatch.news/africa/2026/10/14/mali-boulkessi-camp-assault',
    );
    expect(a.url).toBe('https://saheldispatch.news/amp/boulkessi.html#top');
    // Paragraphs are the page's <p>s, and their offsets point into the text.
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(8);
    // The headline Readability leaves out opens the text, then the story's first paragraph.
    expect(a.text.slice(...a.paragraphs[0])).toBe(a.title);
    const first = a.text.slice(...a.paragraphs[1]);
    expect(first.startsWith('BAMAKO — Islamist militants stormed')).toBe(true);
    expect(first.endsWith('tracks jihadist communications.')).toBe(true);
    for (const [s, e] of a.paragraphs) expect(a.text.slice(s, e)).not.toMatch(/\n/);
    // Furniture stays out: sidebar headlines, comments, ads, cookie banner.
    expect(a.text).not.toMatch(/40 killed|Pray for the families|Advertisement|cookies/);
    expect(a.text).toContain('at least 21 soldiers');
  });

  it('resolves a relative canonical link against <base href> and reads og:locale / JSON-LD', () => {
    const r = readArticle(fixture('fr-boulikessi-courrier.html'), 'https://courrierdusahel.ml/amp/fr.html');
    expect(r.ok && r.article.canonicalUrl).toBe(
      'https://courrierdusahel.ml/securite/attaque-camp-boulikessi-bilan',
    );
    expect(r.ok && r.article.lang).toBe('fr');
    expect(r.ok && r.article.text).not.toMatch(/Lire aussi|12 civils|Paix à leurs âmes/);
  });

  it('keeps list items of a communiqué as paragraphs', () => {
    const r = readArticle(fixture('fr-communique-tenenkou.html'), 'http://127.0.0.1:8080/c.html');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const paras = r.article.paragraphs.map(([s, e]) => r.article.text.slice(s, e));
    expect(paras).toContain('Côté ami : 02 morts et 05 blessés ;');
    expect(r.article.title).toBe("Communiqué de l'État-major : une attaque terroriste repoussée à Ténenkou");
    expect(r.article.text).not.toMatch(/07 terroristes|85%/);
  });

  it('falls back to JSON-LD publisher, then to the host name without www', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-02","publisher":{"name":"Journal du Nord"}}</script>`;
    const r1 = readArticle(page(ld, `<article><h1>T</h1>${PARAS}</article>`), 'https://www.jdn.example/a');
    expect(r1.ok && r1.article.outlet).toBe('Journal du Nord');
    expect(r1.ok && r1.article.published).toBe('2026-01-02');
    const r2 = readArticle(
      page('', `<article>${PARAS}<time datetime="2026-03-04">4 March</time></article>`),
      'https://www.other.example/x#frag',
    );
    expect(r2.ok && r2.article.outlet).toBe('other.example');
    expect(r2.ok && r2.article.published).toBe('2026-03-04');
    expect(r2.ok && r2.article.canonicalUrl).toBe('https://www.other.example/x');
    expect(r2.ok && r2.article.lang).toBeNull();
  });

  it('reads the language from a content-language meta and ignores a non-http canonical', () => {
    const head =
      '<meta http-equiv="content-language" content="fr"><link rel="canonical" href="javascript:alert(1)">';
    const r = readArticle(page(head, `<article>${PARAS}</article>`), 'https://a.example/p');
    expect(r.ok && r.article.lang).toBe('fr');
    expect(r.ok && r.article.canonicalUrl).toBe('https://a.example/p');
  });

  it('fails with no-article on a home page of links and on a near-empty page', () => {
    const home = readArticle(fixture('home-list.html'), 'https://www.saheldispatch.news/');
    expect(home).toMatchObject({ ok: false, error: 'no-article' });
    const empty = readArticle(page('', '<div><p>Short.</p></div>'), 'https://a.example/');
    expect(empty).toMatchObject({ ok: false, error: 'no-article' });
  });

  it('fails with too-large on a page with more text than the cap, and says so', () => {
    const big = 'x'.repeat(MAX_PAGE_CHARS + 10);
    const r = readArticle(page('', `<article><p>${big}</p></article>`), 'https://a.example/');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('too-large');
    expect(r.message).toMatch(/million characters/);
  });

  it('leaves the live document untouched', () => {
    const doc = fixture('en-boulkessi-dispatch.html');
    const before = doc.documentElement.outerHTML;
    readArticle(doc, 'https://a.example/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('trims over-long metadata and keeps reading (title, site name, date, language)', () => {
    const head =
      `<meta property="og:title" content="${'T'.repeat(5000)}">` +
      `<meta property="og:site_name" content="${'S'.repeat(2000)}">` +
      `<meta property="article:published_time" content="2026-01-02${'9'.repeat(100)}">` +
      `<meta name="author" content="${'B'.repeat(3000)}">`;
    const r = readArticle(
      page(head, `<article>${PARAS}</article>`, `lang="en-${'abcdefgh-'.repeat(8)}x1"`),
      'https://a.example/p',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(r.article.title.startsWith('TTTT')).toBe(true);
    expect(r.article.outlet.length).toBeLessThanOrEqual(LIMITS.outlet);
    expect(r.article.byline!.length).toBeLessThanOrEqual(LIMITS.byline);
    expect(r.article.published).toBeNull();
    expect(r.article.lang).toBe('en');
    // What the content script sends now passes the popup's check.
    expect(validateArticle(r.article).ok).toBe(true);
  });

  it('keys a page by its own address when its canonical link is on another site', () => {
    const head = '<link rel="canonical" href="https://www.news.example/a">';
    const r = readArticle(
      page(head, `<article>${PARAS}</article>`),
      'https://copycat.example.net/a?utm_source=x#top',
    );
    expect(r.ok && r.article.canonicalUrl).toBe('https://copycat.example.net/a');
  });
});
