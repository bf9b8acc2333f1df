/**
 * Words without a count between a figure's noun phrase and its verb, for kind-after.ts: the other
 * things of a counted lot ("Plusieurs armes, motos et munitions ont été récupérées"), a run of
 * words with no number ("dont des femmes et des enfants | ont été tués"), an aside opened by
 * "ainsi que", "along with"; and the joiners of list items for list-links.ts.
 */
import { PREDICATE_FILLERS, SUBJECT_WORDS } from './lexicon';
import { OF_WORDS } from './lexicon-np';
import { DETERMINERS, kindAt, THING_SUBJECTS } from './noun-phrase';
import type { Token } from './tokens';

/**
 * Things named without a count after a counted one, up to the predicate: "motos et munitions" in
 * "Plusieurs armes, motos et munitions ont été récupérées". The index after them, or -1.
 */
export function bareThingsEnd(tokens: Token[], from: number, limit: number): number {
  let things = 0;
  let others = 0;
  let and = false;
  let e = from;
  for (; e < limit && e < from + BARE_THINGS_REACH; e++) {
    const n = tokens[e].norm;
    const s = SUBJECT_WORDS.get(n);
    const joiner = joinerEnd(tokens, e);
    if (s && THING_SUBJECTS.has(s)) things++;
    else if (joiner >= 0) {
      and = true;
      e = joiner;
    } else if (n === ',' || DETERMINERS.has(n) || ['des', 'de', "d'", 'du'].includes(n)) continue;
    // "des munitions, du carburant et des vivres": things the lexicon does not count, after their article.
    else if (!s && uncountedThing(tokens, e, limit)) others++;
    else break;
  }
  return (things || others) &&
    and &&
    e < limit &&
    (PREDICATE_FILLERS.has(tokens[e].norm) || kindAt(tokens, e, limit))
    ? e
    : -1;
}
const BARE_THINGS_REACH = 12;

/**
 * A lower-case word after an article or in a list that is no verb, no kind and no filler: "du
 * carburant", "des vivres", "fuel and food".
 */
function uncountedThing(tokens: Token[], e: number, limit: number): boolean {
  const t = tokens[e];
  const before = tokens[e - 1]?.norm ?? '';
  return (
    t.type === 'word' &&
    /^\p{Ll}/u.test(t.text) &&
    (DETERMINERS.has(before) ||
      ['des', 'du', "d'", 'de', 'of', ','].includes(before) ||
      joinerEnd(tokens, e - 1) === e - 1) &&
    !PREDICATE_FILLERS.has(t.norm) &&
    !kindAt(tokens, e, limit)
  );
}

/**
 * The end of a run of words after token j — no number, no word of what happened — that stops
 * before a verb ("dont des femmes et des enfants | ont été tués"); j + 1 if there is none.
 */
export function wordsWithoutNumber(
  tokens: Token[],
  j: number,
  limit: number,
  reach: number,
  item: (t: Token) => boolean,
): number {
  let e = j + 1;
  while (e < limit && e < j + reach && item(tokens[e]) && !kindAt(tokens, e, limit)) {
    // "and a large stock of weapons": "of" joins the item's words, as "d'" does.
    const w = tokens[e].norm;
    if (PREDICATE_FILLERS.has(w) && !DETERMINERS.has(w) && !OF_WORDS.has(w)) break;
    e++;
  }
  return e < limit && tokens[e].type === 'word' ? e : j + 1;
}

/** An aside opened by "ainsi que", "along with" in the few words before token j. */
export function alongWithBefore(tokens: Token[], j: number): boolean {
  for (let k = Math.max(0, j - 12); k < j; k++) if (ALONG_WITH.has(tokens[k].norm)) return true;
  return false;
}
export const AND_WORDS = new Set(['et', 'and']);

/**
 * The last token of a joiner of list items starting at j — "et", "and", "ainsi que", "as well as" —
 * or -1.
 */
export function joinerEnd(tokens: Token[], j: number): number {
  const w = tokens[j]?.norm ?? '';
  if (AND_WORDS.has(w)) return j;
  if (w === 'ainsi' && tokens[j + 1]?.norm === 'que') return j + 1;
  if (w === 'as' && tokens[j + 1]?.norm === 'well' && tokens[j + 2]?.norm === 'as') return j + 2;
  return -1;
}
/** Words that open an aside adding another figure to the subject: "ainsi que", "along with". */
const ALONG_WITH = new Set(['ainsi', 'together', 'along', 'meme', 'well', 'cotes']);

/** Joiners that add one more item to a list: "ainsi que", "de même que", "as well as", "along with". */
const JOINERS = [
  ['ainsi', 'que'],
  ['de', 'meme', 'que'],
  ['as', 'well', 'as'],
  ['along', 'with'],
  ['together', 'with'],
];

/** The first token of a joiner that ends right before token j, after a comma or not; -1 for none. */
export function joinerBefore(tokens: Token[], j: number): number {
  for (const words of JOINERS) {
    const at = j - words.length;
    if (at > 0 && words.every((w, i) => tokens[at + i].norm === w))
      return tokens[at - 1].text === ',' ? at - 1 : at;
  }
  return -1;
}
