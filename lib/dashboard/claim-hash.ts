/**
 * "Add the selected text as a claim" (the context menu) opens the dashboard
 * at `#claim?url=<page>&text=<selection>`. Both come from a web page: the
 * text is untrusted, so it is cleaned (control characters out, spaces
 * collapsed), capped, and only ever shown as text; a hash that does not pass
 * gives null and the dashboard opens as usual.
 */
export const MAX_CLAIM_TEXT = 500;
const MAX_URL = 2048;

export interface ClaimRequest {
  url: string;
  text: string;
}

/** Spaces collapsed, control and format characters out, at most MAX_CLAIM_TEXT characters. */
export function cleanSelection(text: string): string {
  const flat = text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...flat].slice(0, MAX_CLAIM_TEXT).join('').trim();
}

const webUrl = (url: string): string | null => {
  if (url.length > MAX_URL) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

/** The hash for a page's selection; null when the page is not a web page or nothing is selected. */
export function hashForClaim(url: string, selection: string): string | null {
  const page = webUrl(url);
  const text = cleanSelection(selection);
  if (!page || !text) return null;
  return `claim?url=${encodeURIComponent(page)}&text=${encodeURIComponent(text)}`;
}

/** The request in a dashboard hash, checked again (anyone can write a hash). */
export function claimFromHash(hash: string): ClaimRequest | null {
  const m = /^#claim\?(.*)$/s.exec(hash);
  if (!m || m[1].length > (MAX_URL + MAX_CLAIM_TEXT) * 9) return null;
  let url = '';
  let text = '';
  for (const pair of m[1].split('&')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      return null;
    }
    if (key === 'url') url = value;
    else if (key === 'text') text = value;
  }
  const page = webUrl(url);
  const clean = cleanSelection(text);
  return page && clean ? { url: page, text: clean } : null;
}

/**
 * Where the selected words are in the saved article's text, spaces matched
 * loosely (a page's line breaks are not the saved text's); null when absent.
 */
export function findSelection(articleText: string, selection: string): { start: number; end: number } | null {
  const words = cleanSelection(selection).split(' ').filter(Boolean);
  if (!words.length) return null;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(words.map(escape).join('\\s+'), 'u').exec(articleText);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
