/**
 * Forces named together, who act together: "l'armée et ses supplétifs russes", "Malian soldiers,
 * Dozo militiamen and Wagner mercenaries", "imputé à l'armée et à ses alliés russes". Used by
 * actors.ts, where the second of a pair takes the first one's role and the pair's verb follows it.
 */
import { joins } from './actor-clauses';
import type { Found } from './groups';
import { DETERMINERS, PAIR_FILLERS } from './lexicon-actors';
import { OF_WORDS } from './lexicon-np';
import { FORCE_NOUNS } from './np-complements';
import type { Token } from './tokens';

const REPEATED_PREPOSITIONS = new Set(['a', 'aux', 'au', 'par', 'by', 'to', 'on']);
/**
 * Tokens [from, to) join two forces into one pair: a coordination and only determiners and force
 * nouns ("et ses supplétifs russes d'", "and their Russian allies from").
 */
export function pairedWith(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 6) return false;
  let and = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    if (joins(w) && w !== ',') and = true;
    // "imputé à l'armée et à ses alliés russes", "par les FAMa et par Wagner": the preposition repeated.
    else if (REPEATED_PREPOSITIONS.has(w) && joins(tokens[k - 1]?.norm ?? '')) continue;
    else if (!PAIR_FILLERS.has(w) && w !== ',') return false;
  }
  return and || (to - from === 1 && tokens[from].norm === ',');
}

/**
 * "Des soldats maliens, des chasseurs dozos et des mercenaires russes": a comma and fillers before
 * group n, which is itself paired by "et"/"and" with the group after it — a list of three.
 */
export function listedBefore(tokens: Token[], groups: Found[], n: number, from: number): boolean {
  if (tokens[from]?.text !== ',' || n + 1 >= groups.length) return false;
  for (let k = from + 1; k < groups[n].start; k++) if (!PAIR_FILLERS.has(tokens[k].norm)) return false;
  return pairedWith(tokens, groups[n].end, groups[n + 1].start);
}

/** Does group b, after a at `from`, name the same force ("Russian mercenaries of the Africa Corps")? */
export function sameForce(tokens: Token[], a: Found, b: Found, from: number): boolean {
  if (a.name !== b.name || b.start - from > 3) return false;
  // "ses supplétifs russes du groupe Wagner": the group's own word between.
  for (let k = from; k < b.start; k++)
    if (!OF_WORDS.has(tokens[k].norm) && !DETERMINERS.has(tokens[k].norm) && !FORCE_NOUNS.has(tokens[k].norm))
      return false;
  return true;
}
