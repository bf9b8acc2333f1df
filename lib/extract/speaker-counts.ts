/**
 * A number that counts speakers, not a figure: "selon deux élues locales", "according to three
 * residents", "la mère d'une des victimes" (used by claims.ts).
 */
import { CLAIMANT_NEXT, KIND_WORDS } from './lexicon';
import { CITING_WORDS } from './cue-filters';
import { KIN_NOUNS, OF_WORDS, SELON_RELATIVES } from './lexicon-np';
import type { Token } from './tokens';

/** Words after "selon" that stand for a speaker named elsewhere: "selon qui", "selon lui 20 morts". */
const STANDS_FOR = new Set(['qui', 'lui', 'elle', 'eux', 'elles', 'him', 'her', 'them']);

/**
 * "selon deux élues locales", "according to three residents", "la mère d'une des victimes": the
 * number at first counts claimants or the kin of a victim, who speak.
 */
export function countsSpeakers(tokens: Token[], first: number, last: number): boolean {
  // "local sources said, citing twenty dead": an outlet's source cites a toll, not its speakers.
  if (CITING_WORDS.has(tokens[first - 1]?.norm ?? '') && KIND_WORDS.has(tokens[last]?.norm ?? ''))
    return false;
  // "selon deux élues locales", "according to three residents": a count of claimants — not
  // "une source selon laquelle 12 soldats…", whose relative pronoun stands for the source.
  if (
    CLAIMANT_NEXT.matchAt(tokens, first - 1, first) ||
    (CLAIMANT_NEXT.matchAt(tokens, first - 2, first) &&
      !SELON_RELATIVES.has(tokens[first - 1].norm) &&
      !STANDS_FOR.has(tokens[first - 1].norm))
  )
    return true;
  // "a relative of one of the victims told AFP", "la mère d'une des victimes": the kin of a victim speaks.
  return OF_WORDS.has(tokens[first - 1]?.norm ?? '') && KIN_NOUNS.has(tokens[first - 2]?.norm ?? '');
}
