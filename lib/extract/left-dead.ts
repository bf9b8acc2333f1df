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
import { OWN_SIDE, THEIR } from './np-words';
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
  if (v >= 0 && ownPeople(tokens, q.last)) return loserBefore(tokens, v, from);
  return v >= 0 && leftOnField(tokens, noun, v, end) ? loserBefore(tokens, v, from) : null;
}

/**
 * Are the persons counted at q (their noun phrase ending at `end`), read so far as `kind` (none,
 * or seized by "abandonné"), the dead a side left on the field: "a laissé sur le carreau 20 de ses
 * combattants", "abandonné sur le terrain 12 des leurs", "ont laissé six des leurs sur le terrain"?
 */
export function leftOnFieldDead(
  tokens: Token[],
  q: QuantityMention,
  from: number,
  end: number,
  np: { subject: Subject | null; kind: Kind | null },
): boolean {
  const { subject, kind } = np;
  const persons = subject ? !THING_SUBJECTS.has(subject) : ownPeople(tokens, q.last);
  if (!persons || (kind && kind !== 'seized' && kind !== 'captured')) return false;
  const v = leftVerbBefore(tokens, q.first, from);
  if (v < 0) return false;
  for (let k = v + 1; k < q.first; k++) if (FIELD_WORDS.has(tokens[k].norm)) return true;
  // The field after them: "ont laissé une dizaine de leurs combattants sur le terrain".
  for (let k = Math.max(q.last, end) + 1; k < Math.min(tokens.length, end + 1 + FIELD_REACH); k++)
    if (FIELD_WORDS.has(tokens[k].norm)) return true;
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

/**
 * The side whose own dead, counted at q, it left on the field ("les terroristes ont laissé six
 * des leurs sur le terrain"), or null when q does not count "des leurs".
 */
export function ownDeadSide(tokens: Token[], q: QuantityMention, from: number): Subject | null {
  if (!ownPeople(tokens, q.last)) return null;
  const v = leftVerbBefore(tokens, q.first, from);
  return v < 0 ? null : loserBefore(tokens, v, from);
}

/** "12 des leurs", "12 des siens", "six of their own", "six of their dead": persons of the side itself. */
function ownPeople(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm;
  if (w === 'des') return OWN_SIDE.has(tokens[k + 1]?.norm ?? '');
  return w === 'of' && THEIR.has(tokens[k + 1]?.norm ?? '') && OWN_SIDE.has(tokens[k + 2]?.norm ?? '');
}
