import { Readability } from '@mozilla/readability';
import type { Article, ReadFailure } from '../types';
import { blockText, linkDensity } from './block-text';
import { stripFurniture } from './strip-furniture';
import { fitMetadata } from './fit-metadata';
import { readMetadata } from './metadata';
import { reportKey } from './site';
import { splitParagraphs } from './paragraphs';
import { withHeadline } from './headline-text';

export type ReadResult = { ok: true; article: Article } | { ok: false; error: ReadFailure; message: string };

/** Pages whose text passes this are not news articles (or would freeze the popup). */
export const MAX_PAGE_CHARS = 2_000_000;
/** Readability does not parse more elements than this. */
const MAX_ELEMS = 60_000;
/** An article shorter than this is a teaser, a list or an error page. */
export const MIN_ARTICLE_CHARS = 280;

function fail(error: ReadFailure, message: string): ReadResult {
  return { ok: false, error, message };
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** The page's one <h1> when the <title> repeats it (so not a site logo in an <h1>). */
function headline(doc: Document): string | null {
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? (h1s[0].textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  return h1 && (doc.title ?? '').includes(h1) ? h1 : null;
}

function withoutFragment(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Reads the article of a page: Readability on a clone (the live page is never
 * touched), the text with its paragraph boundaries, plus metadata (title,
 * outlet, byline, publication date, language, canonical URL).
 * Works on a browser Document and on a linkedom one.
 */
export function readArticle(doc: Document, url: string): ReadResult {
  if (!doc?.documentElement) return fail('not-html', 'This is not an HTML page.');
  const pageChars = doc.body?.textContent?.length ?? doc.documentElement.textContent?.length ?? 0;
  if (pageChars > MAX_PAGE_CHARS) {
    return fail(
      'too-large',
      `This page has ${(pageChars / 1e6).toFixed(1)} million characters of text; pages over ${MAX_PAGE_CHARS / 1e6} million are not read.`,
    );
  }
  if (doc.getElementsByTagName('*').length > MAX_ELEMS * 4) {
    return fail('too-large', 'This page has too many elements to read safely.');
  }
  const meta = readMetadata(doc, url);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    stripFurniture(clone);
    parsed = new Readability<Node>(clone, { serializer: (n) => n, maxElemsToParse: MAX_ELEMS }).parse();
  } catch (err) {
    return fail(
      'no-article',
      `The article could not be read (${err instanceof Error ? err.message : 'parser error'}).`,
    );
  }
  const content = parsed?.content ?? null;
  if (!content) return fail('no-article', 'No article was found on this page.');
  const title = (meta.title || headline(doc) || parsed?.title || doc.title || '').trim();
  const body = blockText(content);
  if (splitParagraphs(body).text.length < MIN_ARTICLE_CHARS) {
    return fail('no-article', 'No article was found on this page: its main text is too short.');
  }
  if ((content as Element).querySelectorAll && linkDensity(content as Element) > 0.5) {
    return fail('no-article', 'No article was found on this page: it looks like a list of links.');
  }
  // The headline Readability left out opens the text the claims point into.
  const { text, paragraphs } = splitParagraphs(withHeadline(title, body));
  const clean = withoutFragment(url);
  return {
    ok: true,
    article: fitMetadata({
      url,
      canonicalUrl: reportKey(clean, meta.canonical),
      title,
      outlet: (meta.outlet || parsed?.siteName || hostName(url)).trim(),
      byline: (parsed?.byline || meta.byline)?.trim() || null,
      published: meta.published ?? parsed?.publishedTime ?? null,
      lang: meta.lang ?? (parsed?.lang || null),
      text,
      paragraphs,
    }),
  };
}
