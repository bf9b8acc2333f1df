/**
 * A page's metadata cut to the sizes the popup accepts (LIMITS): an og:title
 * of a million characters is the page's doing, not a reason to refuse its
 * article. Text is cut at the limit with an ellipsis; a language tag too long
 * to be one keeps its primary subtag; a date too long to be one is dropped.
 */
import { LIMITS } from '../messages';
import type { Article } from '../types';

type Meta = Pick<Article, 'title' | 'outlet' | 'byline' | 'published' | 'lang'>;

export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  // Never split a surrogate pair.
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
  return `${s.slice(0, end).trimEnd()}…`;
}

export function fitMetadata<T extends Meta>(a: T): T {
  const lang = a.lang && a.lang.length > LIMITS.lang ? a.lang.split('-')[0].slice(0, 8) : a.lang;
  return {
    ...a,
    title: cut(a.title, LIMITS.title),
    outlet: cut(a.outlet, LIMITS.outlet),
    byline: a.byline == null ? a.byline : cut(a.byline, LIMITS.byline),
    published: a.published && a.published.length > LIMITS.published ? null : a.published,
    lang,
  };
}
