/**
 * The extension's one message protocol. Each message is named by its
 * direction and carries its response type; every response is a Result.
 *
 *   popup→content  read-article      → Article
 *   popup→content  highlight         → HighlightCount
 *   popup→content  clear-highlights  → HighlightCount
 *
 * The content script runs inside a web page: whatever it sends back is
 * untrusted input, checked by validateArticle before anything is extracted
 * or stored. The content script checks what it receives with
 * parsePopupToContent.
 */
import { reportKey } from './article/site';
import type { Article, FigureStatus, ReadFailure } from './types';

export type Result<T, E = MessageError> = { ok: true; value: T } | { ok: false; error: E };

export interface MessageError {
  /** A ReadFailure when the page could not be read; otherwise what went wrong. */
  code: ReadFailure | 'bad-request' | 'internal';
  /** A sentence for the user. */
  message: string;
}

/** One claim to highlight in the page: its words as they stand in the article text. */
export interface HighlightClaim {
  text: string;
  status: FigureStatus;
}

export interface HighlightCount {
  /** Claims found in the page and highlighted. */
  drawn: number;
  /** Claims whose words were not found in the page. */
  missing: number;
  /** 'css' (CSS Custom Highlight API) or 'mark' (<mark> elements). */
  method: 'css' | 'mark' | 'none';
}

/** popup→content messages and their responses. */
export interface PopupToContent {
  'read-article': { request: { type: 'read-article' }; response: Article };
  highlight: { request: { type: 'highlight'; claims: HighlightClaim[] }; response: HighlightCount };
  'clear-highlights': { request: { type: 'clear-highlights' }; response: HighlightCount };
}

export type PopupToContentType = keyof PopupToContent;
export type PopupToContentMessage = PopupToContent[PopupToContentType]['request'];
export type PopupToContentResponse<T extends PopupToContentType> = Result<PopupToContent[T]['response']>;

// ── Limits on what crosses the boundary ───────────────────────────────────

export const LIMITS = {
  url: 4096,
  title: 1000,
  outlet: 300,
  byline: 500,
  published: 64,
  lang: 35,
  text: 2_000_000,
  paragraphs: 20_000,
  highlightClaims: 500,
  highlightText: 1000,
} as const;

const STATUSES: readonly FigureStatus[] = ['agree', 'conflict', 'single'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a message the content script received; null when it is not one of ours. */
export function parsePopupToContent(msg: unknown): PopupToContentMessage | null {
  if (!isObject(msg)) return null;
  switch (msg.type) {
    case 'read-article':
      return { type: 'read-article' };
    case 'clear-highlights':
      return { type: 'clear-highlights' };
    case 'highlight': {
      const claims = msg.claims;
      if (!Array.isArray(claims) || claims.length > LIMITS.highlightClaims) return null;
      const out: HighlightClaim[] = [];
      for (const c of claims) {
        if (!isObject(c) || typeof c.text !== 'string' || !STATUSES.includes(c.status as FigureStatus)) return null;
        if (c.text.length === 0 || c.text.length > LIMITS.highlightText) return null;
        out.push({ text: c.text, status: c.status as FigureStatus });
      }
      return { type: 'highlight', claims: out };
    }
    default:
      return null;
  }
}

function httpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > LIMITS.url) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || v === undefined || str(v, max);

/**
 * Checks an Article that came from a content script (size and shape) and
 * returns a clean copy holding only the Article's fields. Its key
 * (canonicalUrl) is worked out again here: the page's canonical URL only when
 * it is on the page's own site, else the page's own address.
 */
export function validateArticle(v: unknown): Result<Article, string> {
  const bad = (why: string): Result<Article, string> => ({ ok: false, error: `The page sent an invalid article: ${why}.` });
  if (!isObject(v)) return bad('not an object');
  if (!httpUrl(v.url)) return bad('its address is not an http(s) URL');
  if (!httpUrl(v.canonicalUrl)) return bad('its canonical address is not an http(s) URL');
  if (!str(v.title, LIMITS.title)) return bad('bad title');
  if (!str(v.outlet, LIMITS.outlet) || !v.outlet.trim()) return bad('bad outlet');
  if (!strOrNull(v.byline, LIMITS.byline)) return bad('bad byline');
  if (!strOrNull(v.published, LIMITS.published)) return bad('bad publication date');
  if (!strOrNull(v.lang, LIMITS.lang)) return bad('bad language');
  if (typeof v.text !== 'string') return bad('no text');
  if (v.text.length > LIMITS.text) return bad(`its text is longer than ${LIMITS.text} characters`);
  if (!Array.isArray(v.paragraphs) || v.paragraphs.length > LIMITS.paragraphs) return bad('bad paragraphs');
  const text = v.text;
  let last = 0;
  const paragraphs: Array<[number, number]> = [];
  for (const p of v.paragraphs as unknown[]) {
    if (!Array.isArray(p) || p.length !== 2) return bad('bad paragraph offsets');
    const [s, e] = p as unknown[];
    if (!Number.isInteger(s) || !Number.isInteger(e)) return bad('bad paragraph offsets');
    const [start, end] = [s as number, e as number];
    if (start < last || end < start || end > text.length) return bad('paragraph offsets out of order or range');
    paragraphs.push([start, end]);
    last = end;
  }
  return {
    ok: true,
    value: {
      url: v.url,
      canonicalUrl: reportKey(v.url, v.canonicalUrl),
      title: v.title,
      outlet: v.outlet,
      byline: (v.byline as string | null | undefined) ?? null,
      published: (v.published as string | null | undefined) ?? null,
      lang: (v.lang as string | null | undefined) ?? null,
      text,
      paragraphs,
    },
  };
}

/** Checks a response the popup received from the content script. */
export function parseResult(v: unknown): Result<unknown> {
  if (isObject(v) && v.ok === true && 'value' in v) return { ok: true, value: v.value };
  if (isObject(v) && v.ok === false && isObject(v.error) && typeof v.error.message === 'string') {
    const code = typeof v.error.code === 'string' ? v.error.code : 'internal';
    return { ok: false, error: { code: code as MessageError['code'], message: v.error.message.slice(0, 500) } };
  }
  return { ok: false, error: { code: 'internal', message: 'The page did not answer.' } };
}

export function isHighlightCount(v: unknown): v is HighlightCount {
  return isObject(v) && Number.isInteger(v.drawn) && Number.isInteger(v.missing) && typeof v.method === 'string';
}
