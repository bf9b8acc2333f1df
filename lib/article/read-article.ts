import type { Article, ReadFailure } from '../types';

export type ReadResult = { ok: true; article: Article } | { ok: false; error: ReadFailure; message: string };

/** Reads the article of a page: Readability on a clone, plus metadata. (Placeholder.) */
export function readArticle(_doc: Document, _url: string): ReadResult {
  return { ok: false, error: 'no-article', message: 'not implemented yet' };
}
