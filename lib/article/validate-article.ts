/**
 * The popup's check of the content script's answer, apart from lib/messages
 * so that the content script does not carry the validator.
 */
import * as v from 'valibot';
import { httpUrl, type Result } from '../messages';
import { describeIssues } from '../schema/fields';
import { ArticleFromPage } from '../schema/records';
import type { Article } from '../types';
import { reportKey } from './site';

/**
 * Checks an Article that came from a content script against the schema the
 * store keeps (lib/schema/records.ts: type and size of every field) and
 * returns a clean copy holding only the Article's fields. Its key
 * (canonicalUrl) is worked out again here: the page's canonical URL only when
 * it is on the page's own site, else the page's own address.
 */
export function validateArticle(value: unknown): Result<Article, string> {
  const bad = (why: string): Result<Article, string> => ({
    ok: false,
    error: `The page sent an invalid article: ${why}.`,
  });
  const parsed = v.safeParse(ArticleFromPage, value);
  if (!parsed.success) return bad(describeIssues(parsed.issues));
  const a = parsed.output;
  if (!httpUrl(a.url)) return bad('its address is not an http(s) URL');
  if (!httpUrl(a.canonicalUrl)) return bad('its canonical address is not an http(s) URL');
  return {
    ok: true,
    value: {
      url: a.url,
      canonicalUrl: reportKey(a.url, a.canonicalUrl),
      title: a.title,
      outlet: a.outlet,
      byline: a.byline ?? null,
      published: a.published ?? null,
      lang: a.lang ?? null,
      text: a.text,
      paragraphs: a.paragraphs.map(([s, e]) => [s, e] as [number, number]),
    },
  };
}
