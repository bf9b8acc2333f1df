/**
 * Where one clause or item ends and the next begins, for predicates.ts and the lists: a verb
 * after "and" with its own count ("… and wounded 20 others"), a participle coordinated before the
 * kind's own ("were rounded up and executed"), the words that open a breakdown ("dont",
 * "among them", "parmi lesquels").
 */
import type { Kind } from '../types';
import { ADVERB_PHRASES, isAdverb, RANK_WORDS, SUBJECT_WORDS } from './lexicon';
import { PASSIVE_AUX } from './lexicon-actors';
import { kindAt } from './noun-phrase';
import { amountAt } from './np-boundaries';
import type { Token } from './tokens';

const THEN_WORDS = new Set(['and', 'et', 'puis', 'then', 'avant']);
/** The kind of a participle coordinated after the one at j: "regroupés puis exécutés", "rounded up and shot". */
export function coordinatedKind(
  tokens: Token[],
  j: number,
  limit: number,
): { kind: Kind; end: number } | null {
  if (!PASSIVE_AUX.has(tokens[j - 1]?.norm ?? '') || !/^\p{Ll}/u.test(tokens[j].text)) return null;
  let k = j + 1;
  // "rounded up": one particle of the first participle.
  if (tokens[k]?.type === 'word' && !THEN_WORDS.has(tokens[k].norm) && k < j + 2) k++;
  if (!THEN_WORDS.has(tokens[k]?.norm ?? '')) return null;
  k++;
  // "and then shot", "et ensuite abattus", "and later executed".
  const adverb = ADVERB_PHRASES.matchAt(tokens, k, limit);
  if (adverb) k = adverb.end;
  else if (tokens[k] && (isAdverb(tokens[k]) || THEN_WORDS.has(tokens[k].norm))) k++;
  return k < limit ? kindAt(tokens, k, limit) : null;
}
const COUNT_OPENERS = new Set([
  'at',
  'au',
  'plus',
  'more',
  'nearly',
  'pres',
  'about',
  'environ',
  'some',
  'over',
]);
/** A count right after a verb: "wounded 20 others", "blessé au moins 20 autres", "perdu deux hommes". */
export function countFollows(tokens: Token[], at: number): boolean {
  for (
    let k = at;
    k < Math.min(tokens.length, at + 3) && tokens[k].sentence === tokens[at - 1].sentence;
    k++
  ) {
    // "wounded 20 others", "et perdu deux hommes", "and lost a dozen men".
    if (tokens[k].type === 'num' || amountAt(tokens, k)) return true;
    if (
      !COUNT_OPENERS.has(tokens[k].norm) &&
      !['least', 'moins', 'than', 'de', "d'"].includes(tokens[k].norm)
    )
      return false;
  }
  return false;
}

const AMONG = new Set(['among', 'parmi']);
const NAMELY = new Set(['soit', 'namely']);
const THEM = new Set(['them', 'eux', 'elles', 'lesquels', 'lesquelles', 'whom']);
/**
 * How many words open a breakdown right before token q: "dont", "including" (1); "among them",
 * "parmi eux", "parmi lesquels" (2); 0 when none.
 */
export function breakdownOpener(tokens: Token[], q: number): number {
  const w = tokens[q - 1]?.norm ?? '';
  if (w === 'dont' || w === 'including') return 1;
  // "14 personnes, soit 10 civils et 4 soldats,", "14 people, namely 10 civilians…": the parts
  // told after a comma.
  if (NAMELY.has(w) && tokens[q - 2]?.text === ',') return 1;
  return THEM.has(w) && AMONG.has(tokens[q - 2]?.norm ?? '') ? 2 : 0;
}

/**
 * "12 people, two of them women, were killed", "douze soldats, deux d'entre eux des officiers": a
 * part named by its partitive after the number at q, in commas after its whole.
 */
export function partitiveAside(tokens: Token[], q: number): boolean {
  if (tokens[q - 1]?.text !== ',') return false;
  const [a, b] = [tokens[q + 1]?.norm, tokens[q + 2]?.norm];
  const after =
    a === 'of' && (b === 'them' || b === 'whom') ? q + 3 : a === "d'" && b === 'entre' ? q + 4 : -1;
  if (after < 0) return false;
  // Who they were ("two of them women", "deux d'entre elles des femmes"), not how ("five of them seriously").
  const noun = PARTITIVE_DETERMINERS.has(tokens[after]?.norm ?? '') ? after + 1 : after;
  const w = tokens[noun]?.norm ?? '';
  return !!SUBJECT_WORDS.get(w) || RANK_WORDS.has(w);
}
const PARTITIVE_DETERMINERS = new Set(['des', 'de', 'a', 'an', 'un', 'une']);
