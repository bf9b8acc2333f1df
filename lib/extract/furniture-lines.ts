/** Lines of the page that are not the story: another article's headline ("Lire aussi", "Read more"), a photo's caption. */
import { CAPTION_WORDS } from './lexicon-dates';
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
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === '\u00a9') return true;
    if (!CAPTION_WORDS.has(t.norm)) continue;
    // "Photo : Reuters", "(photo AFP)" — not "(photo ci-dessous)".
    const credit = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    if (tokens[k + 1]?.text === ':' || (tokens[k - 1]?.text === '(' && credit)) return true;
  }
  return false;
}
