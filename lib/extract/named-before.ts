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
export function classedBefore(tokens: Token[], a: number, b: number, covering = false): ClaimantMatch | null {
  if (b - a !== 2 || !DEFINITE.has(tokens[a].norm) || tokens[a + 1].type !== 'word') return null;
  const noun = tokens[a + 1].norm;
  for (let j = a - 1; j >= Math.max(0, a - REACH); j--) {
    if (tokens[j].norm !== noun) continue;
    // Within the mention's sentence: a headline's last word is not read with the lede's first.
    const within = (k: number) => tokens[k].sentence === tokens[j].sentence && !STOPS.has(tokens[k].text);
    let from = j;
    while (from > j - BEFORE && from > 0 && within(from - 1)) from--;
    let to = j + 1;
    while (to < j + 1 + AFTER && to < tokens.length && within(to)) to++;
    const m = classifyAt(tokens, from, to);
    // `covering`: the nearest mention, and only words that class the noun itself ("a local
    // official"), not another speaker beside it ("Jihadists attacked an army camp").
    if (covering) return m && m.start <= j && j < m.end ? m : null;
    if (m) return m;
  }
  return null;
}

/**
 * "the official said" after "a local official said": a claimant told by a definite article and a
 * noun that classes itself (`m`) is still the one named before with words that class it more
 * closely. m, with that class.
 */
export function namedAgain(tokens: Token[], m: ClaimantMatch): ClaimantMatch {
  // A common noun ("the official", "le responsable"), not a name ("the UN").
  const noun = tokens[m.start];
  if (m.end - m.start !== 1 || noun.text !== noun.text.toLowerCase()) return m;
  if (!DEFINITE.has(tokens[m.start - 1]?.norm ?? '')) return m;
  const again = classedBefore(tokens, m.start - 1, m.end, true);
  return again ? { ...m, by: again.by } : m;
}
