/**
 * The dead told without a verb of killing beside the figure: a toll's amount set to persons ("the
 * toll rose to 43 soldiers", "le bilan est passé à 43 soldats") and the wounded who later died
 * ("5 blessés ont succombé").
 */
import { BE, HAVE } from './kind-after';
import { DEATH_TOLL_NOUNS, isAdverb, KIND_PHRASES, KIND_WORDS } from './lexicon';
import type { Token } from './tokens';

/**
 * A toll that names no kind, set to persons: "the toll rose to 43 soldiers", "le bilan est passé
 * à 43 soldats", "the army put the toll at 30 soldiers". A toll of persons is of the dead. The toll
 * noun stands a few words before, in the same clause, with no other kind between (a word of
 * the dead only when `overDead`: a bare number after "le bilan des Casques bleus tués" is
 * described-tolls' to read, with the side the words give).
 */
export function tollBefore(tokens: Token[], first: number, from: number, overDead = true): boolean {
  // The figure is what the toll comes to ("à", "at", "to", "de", "of"), not an agent of the
  // attack ("le bilan de l'attaque menée par 300 djihadistes").
  if (!TOLL_LINKS.has(tokens[first - 1]?.norm ?? '')) return false;
  for (let k = first - 1; k >= Math.max(from, first - TOLL_REACH); k--) {
    const t = tokens[k];
    if (t.type === 'punct' && t.text !== "'") return false;
    // "the toll of the dead rose to 40 civilians": a word of the dead belongs to the toll.
    const kind = KIND_WORDS.get(t.norm);
    if (kind && (kind !== 'killed' || !overDead)) return false;
    if (DEATH_TOLL_NOUNS.has(t.norm)) return true;
  }
  return false;
}
const TOLL_REACH = 16;
const TOLL_LINKS = new Set([
  'a',
  'at',
  'to',
  'de',
  'of',
  'was',
  'is',
  'were',
  'are',
  'stood',
  'est',
  'etait',
  'sont',
]);

/**
 * "5 blessés ont succombé", "two of the wounded later died": the wounded who died are dead. The
 * death's verb right after the wounded, over auxiliaries and adverbs.
 */
export function woundedDied(tokens: Token[], from: number, limit: number): boolean {
  // "4 soldats blessés lors de l'attaque de Boni sont morts", "two soldiers wounded in the attack
  // later died": over the wounding's complement, to the death's verb.
  const k = WOUNDING_COMPLEMENT.has(tokens[from]?.norm ?? '') ? pastComplement(tokens, from, limit) : from;
  return (
    deathVerbAt(tokens, k, limit) ||
    (k !== from && DEATH_PARTICIPLES.has(tokens[k + 1]?.norm ?? '') && BE.has(tokens[k].norm))
  );
}

/** The death's verb at k, over auxiliaries and adverbs ("ont succombé", "later died"). */
function deathVerbAt(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 5); k++) {
    const w = tokens[k].norm;
    if (DEATH_VERBS.has(w)) return true;
    // "n'ont pas survécu", "did not survive", "ont perdu la vie": a phrase of death.
    if (KIND_PHRASES.matchAt(tokens, k, limit)?.value === 'killed') return true;
    if (
      !HAVE.has(w) &&
      !BE.has(w) &&
      !BEEN.has(w) &&
      !isAdverb(tokens[k]) &&
      !['later', 'since', 'depuis', 'finalement'].includes(w)
    )
      return false;
  }
  return false;
}

/** "ont été achevés", "have been executed": the passive's participle. */
const BEEN = new Set(['ete', 'been']);
/** The wounded's death: "ont succombé", "later died", and the wounded finished off ("ont été achevés", "were executed"). */
const DEATH_VERBS = new Set([
  ...['succombe', 'succumbed', 'died', 'decede', 'decedes'],
  ...['acheves', 'achevees', 'executes', 'executees', 'executed'],
]);

/** Words that open the wounding's complement: "lors de l'attaque", "in the attack", "pendant les combats". */
const WOUNDING_COMPLEMENT = new Set(['lors', 'pendant', 'durant', 'dans', 'during', 'in', 'au']);
/** "sont morts", "sont décédés": a participle of death after "to be". */
const DEATH_PARTICIPLES = new Set(['morts', 'mortes', 'mort', 'morte', 'decedes', 'decedees']);
const COMPLEMENT_REACH = 8;

/** The token after a short complement with no punctuation, verb or kind word; or `from` when none ends in reach. */
function pastComplement(tokens: Token[], from: number, limit: number): number {
  for (let k = from + 1; k < Math.min(limit, from + COMPLEMENT_REACH); k++) {
    const t = tokens[k];
    if (t.type === 'punct' && t.text !== "'") return from;
    if (HAVE.has(t.norm) || BE.has(t.norm) || t.norm === 'died' || t.norm === 'succumbed' || isAdverb(t))
      return k;
    if (KIND_WORDS.has(t.norm)) return from;
  }
  return from;
}
