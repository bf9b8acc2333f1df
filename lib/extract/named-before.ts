/**
 * "…, according to the experts" after "UN human rights experts called for an inquiry", "les
 * enquêteurs" after "des enquêteurs de l'ONU": a claimant told with a definite article and its bare
 * noun is the one named before in the text with words that class it. Used by according-to.ts and
 * speech-subject.ts.
 */
import { classifyAt, type ClaimantMatch } from './claimant-class';
import type { Token } from './tokens';

const DEFINITE = new Set(['the', 'les', 'la', 'le', "l'"]);
/** How far back the noun is looked for: a few paragraphs. */
const REACH = 400;
/** The words around the earlier mention that may class it: "UN human rights experts", "les experts de l'ONU". */
const BEFORE = 4;
const AFTER = 4;
const STOPS = new Set(['.', ';', ':', '!', '?', ',']);

/** The class of the noun at [a + 1] named before a, or null. Only "the" + one noun, [a, b). */
export function classedBefore(tokens: Token[], a: number, b: number): ClaimantMatch | null {
  if (b - a !== 2 || !DEFINITE.has(tokens[a].norm) || tokens[a + 1].type !== 'word') return null;
  const noun = tokens[a + 1].norm;
  for (let j = a - 1; j >= Math.max(0, a - REACH); j--) {
    if (tokens[j].norm !== noun) continue;
    let from = j;
    while (from > j - BEFORE && from > 0 && !STOPS.has(tokens[from - 1].text)) from--;
    let to = j + 1;
    while (to < j + 1 + AFTER && to < tokens.length && !STOPS.has(tokens[to].text)) to++;
    const m = classifyAt(tokens, from, to);
    if (m) return m;
  }
  return null;
}
