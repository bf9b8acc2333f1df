/**
 * The groups a coalition was made from: "le GSIM, né de la fusion d'Ansar Dine, d'Al-Mourabitoune
 * et de la katiba Macina", "JNIM, formed from a merger of Ansar Dine and other groups", "une
 * coalition regroupant Ansar Dine et Aqmi". Named for the coalition's history, they did not carry
 * out the attack. Used by actors.ts.
 */
import { BORN_WORDS, DETERMINERS, FOUNDER_FILLERS, hasStem, ORIGIN_STEMS } from './lexicon-actors';
import { OF_WORDS } from './lexicon-np';
import type { Found } from './groups';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** How far back from a group its list of founders may open. */
const ORIGIN_REACH = 16;

/** Is group g named in the list of groups another was made from? */
export function founder(tokens: Token[], s: Sentence, groups: Found[], g: Found): boolean {
  let j = g.start - 1;
  // Back over the list: other names, "de", "et", commas, "d'autres groupes".
  for (; j >= Math.max(s.first, g.start - ORIGIN_REACH); j--) {
    const t = tokens[j];
    if (groups.some((o) => o.start <= j && o.end > j) || /^\p{Lu}/u.test(t.text)) continue;
    if (!FOUNDER_FILLERS.has(t.norm) && !OF_WORDS.has(t.norm) && !DETERMINERS.has(t.norm)) break;
  }
  const w = tokens[j]?.norm ?? '';
  if (j < s.first || !w) return false;
  // "né de", "born of", "formed from": a word of birth, then the list after its preposition.
  return hasStem(w, ORIGIN_STEMS) || (BORN_WORDS.has(w) && j + 1 < g.start);
}
