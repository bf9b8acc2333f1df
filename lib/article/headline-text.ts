/**
 * The article's headline as the first line of its text. Readability leaves the page's <h1> out of
 * the content it returns, but the headline often holds the story's own words — its toll, its
 * claimant, its place ("l'armée annonce neuf morts dans ses rangs") — and the extractor reads a
 * text that opens with it, as the corpus it is measured on does.
 */

/** Lowercase, no accents, one space: how two spellings of one line compare. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** How far into the text a headline it already repeats may stand (a kicker, a byline before it). */
const OPENING_CHARS = 400;

/** `raw` with `title` as its first line, unless its opening repeats the title already. */
export function withHeadline(title: string, raw: string): string {
  const head = plain(title);
  if (!head) return raw;
  if (plain(raw.slice(0, OPENING_CHARS + title.length)).includes(head)) return raw;
  return `${title.trim()}\n${raw}`;
}
