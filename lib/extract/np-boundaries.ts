/**
 * The tests noun-phrase.ts makes at a word of a figure's noun phrase: a kind word or phrase there
 * ("27 morts", "ont perdu la vie"), a predicate starting ("ont été", "saisies"), an "and" that opens
 * a second predicate ("et la capture"), an amount of its own ("et les terroristes une douzaine"),
 * and a complement of persons opening ("à bord de", "armés de").
 */
import type { Kind } from '../types';
import { ACTIVE_AUXILIARIES, isAdverb, KIND_PHRASES, KIND_WORDS } from './lexicon';
import { innerAdverb } from './lexicon-np';
import type { Token } from './tokens';
import { APPROX_NOUNS, EN_UNITS, FR_UNITS, SINGULAR } from './number-words';
import { ARMED, DETERMINERS, QUOTES } from './np-words';

export function kindAt(tokens: Token[], j: number, limit: number): { kind: Kind; end: number } | null {
  const p = KIND_PHRASES.matchAt(tokens, j, limit, innerAdverb);
  // "trois suspects en possession de 6 armes": a phrase ending on its preposition governs what
  // follows it, not the noun phrase before it.
  if (p && !OBJECT_PREPOSITIONS.has(tokens[p.end - 1].norm)) return { kind: p.value, end: p.end };
  const k = KIND_WORDS.get(tokens[j].norm);
  return k ? { kind: k, end: j + 1 } : null;
}

const OBJECT_PREPOSITIONS = new Set(['de', "d'", 'of']);

/** Does a predicate start at j: an auxiliary ("ont été", "were") or a kind word ("saisies")? */
export function predicateAt(tokens: Token[], j: number, limit: number): boolean {
  if (j >= limit) return false;
  return PREDICATE_AUX.has(tokens[j].norm) || !!kindAt(tokens, j, limit);
}
const PREDICATE_AUX = new Set(['ont', 'sont', 'a', 'est', 'were', 'was', 'have', 'has', 'had', 'are']);

/** "… et la capture", "… and the burning": token j follows "and"/"et" and at most one determiner. */
/** The "and" that opens a new predicate at the kind word j ("et la capture", "et ont détruit"), or -1. */
export function andBefore(tokens: Token[], j: number): number {
  // "15 assaillants et perdu deux hommes": a kind's phrase that opens with the "and" itself.
  if (['and', 'et'].includes(tokens[j]?.norm ?? '')) return j;
  let k = j - 1;
  // "48 assaillants et « neutralisé 3 pick-up »": over an opening quote.
  if (QUOTES.has(tokens[k]?.text ?? '')) k--;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  // "la destruction de 2 véhicules et de la récupération d'armes": a second noun of the deed.
  // "neutraliser 12 terroristes et de récupérer 5 armes": a second infinitive after "permis de".
  if (
    ['de', "d'"].includes(tokens[k]?.norm ?? '') &&
    (k === j - 1 || DETERMINERS.has(tokens[k + 1]?.norm ?? ''))
  )
    k--;
  // "1 véhicule et ont (aussi) détruit 3 bases": a second verb of the sentence's subject.
  if (tokens[k] && isAdverb(tokens[k])) k--;
  if (ACTIVE_AUXILIARIES.has(tokens[k]?.norm ?? '')) k--;
  return ['and', 'et'].includes(tokens[k]?.norm ?? '') ? k : -1;
}
/** Does an amount in words start at k: "une douzaine", "a dozen", "douze", "twelve"? */
export function amountAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  if (SINGULAR.has(w)) return APPROX_NOUNS.has(tokens[k + 1]?.norm ?? '');
  return FR_UNITS.has(w) || EN_UNITS.has(w);
}

/** Words that open a complement of persons: "de", "à bord de", "armés de", "on". */
const COMPLEMENT_WORDS = new Set([
  ...['de', 'des', 'du', "d'", 'a', 'bord', 'of', 'on', 'with', 'aboard'],
  ...ARMED,
]);
/** Do tokens [from, to) open a complement, and hold nothing else but determiners? */
export function complementBefore(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || !COMPLEMENT_WORDS.has(tokens[from].norm)) return false;
  for (let k = from; k < to; k++)
    if (!COMPLEMENT_WORDS.has(tokens[k].norm) && !DETERMINERS.has(tokens[k].norm)) return false;
  return true;
}
