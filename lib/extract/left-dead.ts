/**
 * The dead a side left on the field: the owner of bodies left ("les terroristes ont laissé 12
 * corps", "ont laissé 12 morts sur le terrain"), and the fighters left there ("a laissé sur le
 * carreau une vingtaine de ses combattants"), for claims.ts.
 */
import type { Kind, Subject } from '../types';
import { THING_SUBJECTS } from './noun-phrase';
import type { QuantityMention } from './numbers';
import { OF_WORDS } from './lexicon-np';
import { BODIES, DEAD_NOUNS, FIELD_WORDS } from './noun-phrase';
import { leftVerbBefore, loserBefore } from './predicates';
import type { Token } from './tokens';

/**
 * The side that left the dead counted at q (from the sentence's start `from`, the noun phrase
 * ending at `end`), or null: "les terroristes ont laissé 12 corps", "une dizaine de cadavres".
 */
export function bodiesOwner(tokens: Token[], q: QuantityMention, from: number, end: number): Subject | null {
  // "une dizaine de cadavres": the noun after the amount's "de".
  const noun = OF_WORDS.has(tokens[q.last]?.norm ?? '') ? q.last + 1 : q.last;
  const v = leftVerbBefore(tokens, q.first, from);
  return v >= 0 && leftOnField(tokens, noun, v, end) ? loserBefore(tokens, v, from) : null;
}

/**
 * Are the persons counted at q, read so far as `kind` (none, or seized by "abandonné"), the dead
 * a side left on the field: "a laissé sur le carreau 20 de ses combattants", "abandonné sur le
 * terrain 12 des leurs"?
 */
export function leftOnFieldDead(
  tokens: Token[],
  q: QuantityMention,
  from: number,
  subject: Subject | null,
  kind: Kind | null,
): boolean {
  const persons = subject ? !THING_SUBJECTS.has(subject) : ownPeople(tokens, q.last);
  if (!persons || (kind && kind !== 'seized' && kind !== 'captured')) return false;
  const v = leftVerbBefore(tokens, q.first, from);
  if (v < 0) return false;
  for (let k = v + 1; k < q.first; k++) if (FIELD_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * Bodies left (at `noun`), or the dead left on the field: "ont laissé 12 morts sur le terrain" —
 * not "attacked Boni, leaving 12 dead", "withdrew, leaving behind 9 dead", the toll they caused.
 */
function leftOnField(tokens: Token[], noun: number, verb: number, end: number): boolean {
  const n = tokens[noun]?.norm ?? '';
  if (BODIES.has(n)) return true;
  if (!DEAD_NOUNS.has(n)) return false;
  for (let k = verb + 1; k < Math.min(tokens.length, end + FIELD_REACH); k++)
    if (FIELD_WORDS.has(tokens[k].norm)) return true;
  return false;
}
const FIELD_REACH = 4;

/** "12 des leurs", "12 des siens": persons of the side itself. */
const ownPeople = (tokens: Token[], k: number) =>
  tokens[k]?.norm === 'des' && ['leurs', 'siens', 'notres'].includes(tokens[k + 1]?.norm ?? '');
