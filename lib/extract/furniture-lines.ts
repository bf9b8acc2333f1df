/** Lines of the page that are not the story: another article's headline ("Lire aussi", "Read more"), a photo's caption. */
import { CAPTION_WORDS, STAMP_OPENERS } from './lexicon-dates';
import { PhraseSet } from './phrases';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Page furniture labels: a sentence opening with one is another article's headline. */
const FURNITURE = new PhraseSet<true>(
  [
    'lire aussi',
    'a lire aussi',
    'a lire',
    'read also',
    'read more',
    'also read',
    'related',
    'see also',
    'voir aussi',
    'sur le meme sujet',
    'related articles',
    'more on this',
    'recommended',
    'lire la suite',
    'a voir aussi',
    'trending',
  ].map((p) => [p, true] as [string, true]),
);

/** Does sentence s open with a furniture label, over punctuation ("Lire aussi :", "» Read more")? */
export function furnitureLine(tokens: Token[], s: Sentence): boolean {
  let f0 = s.first;
  while (f0 < s.last && tokens[f0].type === 'punct') f0++;
  return f0 < s.last && !!FURNITURE.matchAt(tokens, f0, s.last);
}

/** A photo's credit or label inside a line: "Photo : Reuters", "(photo AFP)", "© AFP". */
export function captionLine(tokens: Token[], s: Sentence): boolean {
  if (s.last - s.first > 40) return false;
  // "(Photo d'archive AFP)", "(AFP file photo)": a credit in brackets standing alone.
  const bracketed = tokens[s.first].text === '(' && tokens[s.last - 1].text === ')';
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === '\u00a9') return true;
    if (!CAPTION_WORDS.has(t.norm)) continue;
    // "Photo : Reuters", "(photo AFP)" — not "(photo ci-dessous)".
    const credit = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    if (tokens[k + 1]?.text === ':' || (tokens[k - 1]?.text === '(' && credit) || bracketed) return true;
  }
  return false;
}

/** How many sentences a caption's paragraph may hold besides its credit. */
const CAPTION_SENTENCES = 3;

/**
 * The sentences of a photo's caption: a short paragraph that ends on a credit ("Des soldats
 * maliens à Gao, en 2019. (Photo d'archive AFP)"), its description with it. By sentence index.
 */
export function captionParagraphs(tokens: Token[], sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    // The credit ends its paragraph, which opened at most CAPTION_SENTENCES sentences before.
    const next = sentences[s.index + 1];
    if ((next && next.paragraph === s.paragraph) || !captionLine(tokens, s)) continue;
    let first = s.index;
    while (
      first > 0 &&
      sentences[first - 1].paragraph === s.paragraph &&
      s.index - first < CAPTION_SENTENCES - 1
    )
      first--;
    if (first > 0 && sentences[first - 1].paragraph === s.paragraph) continue;
    for (let i = first; i <= s.index; i++) out.add(i);
  }
  return out;
}

/** Words that may join the names of a byline: "Par Moussa Traoré et Awa Diallo", "By Jane Doe and John Roe". */
const BYLINE_LINKS = new Set(['et', 'and', ',', '-', "'", 'de', 'du', 'van', 'von', 'ben', 'ould', 'ag']);
/** How many tokens a byline may hold. */
const BYLINE_TOKENS = 10;

/** A byline: "Par Moussa Traoré", "By Jane Doe and John Roe" — "Par"/"By" and names only. */
export function bylineLine(tokens: Token[], s: Sentence): boolean {
  const first = tokens[s.first];
  if (!first || !['Par', 'By', 'PAR', 'BY'].includes(first.text)) return false;
  if (s.last - s.first < 2 || s.last - s.first > BYLINE_TOKENS) return false;
  for (let k = s.first + 1; k < s.last; k++) {
    const t = tokens[k];
    if (!(t.type === 'word' && /^\p{Lu}/u.test(t.text)) && !BYLINE_LINKS.has(t.norm)) return false;
  }
  return true;
}

/** The page's lines among the sentences: "Lire aussi : …", a caption and its credit, a byline. By sentence index. */
export function pageLines(tokens: Token[], sentences: Sentence[]): Set<number> {
  const out = captionParagraphs(tokens, sentences);
  for (const s of sentences)
    if (furnitureLine(tokens, s) || captionLine(tokens, s) || bylineLine(tokens, s) || stampLine(tokens, s))
      out.add(s.index);
  return out;
}

/** How long a time stamp's line may be, in tokens. */
const STAMP_TOKENS = 24;

/** The page's time stamp: "Publié le 10/05/2024 à 14h32 | Mis à jour le 11/05", "Updated May 12, 2024". */
export function stampLine(tokens: Token[], s: Sentence): boolean {
  if (s.last - s.first > STAMP_TOKENS) return false;
  const words: string[] = [];
  for (let k = s.first; k < s.last && words.length < 4; k++)
    if (tokens[k].type === 'word') words.push(tokens[k].norm);
  const line = words.join(' ');
  if (!STAMP_OPENERS.some((w) => line === w || line.startsWith(w + ' '))) return false;
  for (let k = s.first; k < s.last; k++) if (tokens[k].type === 'num') return true;
  return false;
}

/** The first `n` sentences of the story, not counting the page's lines (pageLines) among them: by sentence index. */
export function openingSentences(sentences: Sentence[], page: Set<number>, n: number): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    if (out.size >= n) break;
    if (!page.has(s.index)) out.add(s.index);
  }
  return out;
}
