/**
 * Page metadata a news article carries: Open Graph and article: meta tags,
 * JSON-LD (NewsArticle and friends), <time datetime>, <html lang>.
 * Takes a Document so that it runs on a live page and under linkedom alike.
 */

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  canonical: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Every JSON-LD object on the page, with @graph and arrays flattened. */
export function jsonLdObjects(doc: Document): Array<{ [k: string]: Json }> {
  const out: Array<{ [k: string]: Json }> = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const src = script.textContent ?? '';
    if (src.length > 200_000) continue;
    try {
      visit(JSON.parse(src) as Json, 0);
    } catch {
      // A broken JSON-LD block is common on news sites; the meta tags still count.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting/;

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name.trim() || null;
  return null;
}

function articleLd(doc: Document): { [k: string]: Json } | null {
  const all = jsonLdObjects(doc);
  return (
    all.find((o) => {
      const t = o['@type'];
      return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
    }) ?? null
  );
}

/** "fr_FR" → "fr-FR"; "en" stays; rubbish → null. */
export function normaliseLang(v: string | null | undefined): string | null {
  const s = (v ?? '')
    .trim()
    .replace(/_/g, '-')
    .split(/[,;\s]/)[0];
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s) ? s : null;
}

/** Resolves a URL against the page's, keeping only http(s). */
export function resolveHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The page's base URL: <base href> resolved against the address, else the address. */
function baseOf(doc: Document, url: string): string {
  return resolveHttpUrl(doc.querySelector('base[href]')?.getAttribute('href'), url) ?? url;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const ld = articleLd(doc);
  const ldPublisher = ld ? nameOf(ld.publisher) : null;
  const anyPublisher =
    ldPublisher ??
    jsonLdObjects(doc)
      .map((o) =>
        o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization' ? nameOf(o.name) : null,
      )
      .find(Boolean) ??
    null;
  const time =
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')?.trim() || null;
  const ldDate = ld && typeof ld.datePublished === 'string' ? ld.datePublished : null;
  return {
    title:
      meta(doc, 'og:title', 'twitter:title') ?? (ld && typeof ld.headline === 'string' ? ld.headline : null),
    outlet: meta(doc, 'og:site_name', 'application-name') ?? anyPublisher,
    byline: meta(doc, 'author', 'article:author') ?? (ld ? nameOf(ld.author) : null),
    published:
      meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued') ??
      ldDate ??
      time,
    lang:
      normaliseLang(doc.documentElement?.getAttribute('lang')) ??
      normaliseLang(meta(doc, 'og:locale')) ??
      normaliseLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
      normaliseLang(doc.querySelector('meta[http-equiv="Content-Language"]')?.getAttribute('content')),
    canonical: resolveHttpUrl(
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      baseOf(doc, url),
    ),
  };
}
