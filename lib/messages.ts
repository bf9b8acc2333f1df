/**
 * The extension's one message protocol. Each message is named by its
 * direction and carries its response type; every response is a Result.
 *
 *   popup→content  read-article      → Article (also the content script's
 *                                       injection result: each injection reads)
 *   popup→content  highlight         → HighlightCount
 *   popup→content  clear-highlights  → HighlightCount
 *
 * The content script runs inside a web page: whatever it sends back is
 * untrusted input, checked by validateArticle (article/validate-article.ts) before anything is extracted
 * or stored. The content script checks what it receives with
 * parsePopupToContent.
 */
import { SIZE } from './schema/sizes';
import { FIGURE_STATUSES, type Article, type FigureStatus, type ReadFailure } from './types';

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
  url: SIZE.url,
  title: SIZE.title,
  outlet: SIZE.outlet,
  byline: SIZE.byline,
  published: SIZE.published,
  lang: SIZE.lang,
  text: SIZE.text,
  paragraphs: SIZE.paragraphs,
  highlightClaims: 500,
  highlightText: 1000,
} as const;

const STATUSES: readonly FigureStatus[] = FIGURE_STATUSES;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
        if (!isObject(c) || typeof c.text !== 'string' || !STATUSES.includes(c.status as FigureStatus))
          return null;
        if (c.text.length === 0 || c.text.length > LIMITS.highlightText) return null;
        out.push({ text: c.text, status: c.status as FigureStatus });
      }
      return { type: 'highlight', claims: out };
    }
    default:
      return null;
  }
}

export function httpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > LIMITS.url) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks a response the popup received from the content script. */
export function parseResult(v: unknown): Result<unknown> {
  if (isObject(v) && v.ok === true && 'value' in v) return { ok: true, value: v.value };
  if (isObject(v) && v.ok === false && isObject(v.error) && typeof v.error.message === 'string') {
    const code = typeof v.error.code === 'string' ? v.error.code : 'internal';
    return {
      ok: false,
      error: { code: code as MessageError['code'], message: v.error.message.slice(0, 500) },
    };
  }
  return { ok: false, error: { code: 'internal', message: 'The page did not answer.' } };
}

export function isHighlightCount(v: unknown): v is HighlightCount {
  return (
    isObject(v) && Number.isInteger(v.drawn) && Number.isInteger(v.missing) && typeof v.method === 'string'
  );
}
