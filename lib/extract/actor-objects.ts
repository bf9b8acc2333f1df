/**
 * What a named group owns or lost in its sentence, which makes it no author: the owner of the thing
 * a deed took or destroyed ("a abattu un drone de l'armée"), the loser of a place taken back
 * ("retook Anefis from JNIM"). Used by actors.ts and state-attacker.ts.
 */
import { DETERMINERS, hasStem, RETAKE_STEMS } from './lexicon-actors';
import { KIND_PHRASES, KIND_WORDS, SUBJECT_WORDS, THING_KINDS } from './lexicon';
import { BELONGING_TO, BELONGING_WORDS, OF_WORDS } from './lexicon-np';
import { EN_UNITS, FR_UNITS, WEEKDAYS } from './number-words';
import { THING_SUBJECTS } from '../types';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Found } from './groups';
import { CLAUSE_ENDS, DAY_WORDS, MEMBER_NOUNS, QUALIFIERS } from './actor-roles';

/** How far back from the owned thing its verb is looked for. */
const OWNER_REACH = 7;

/** Subjects of claims that are things a deed takes or destroys: a drone is `equipment`. */
const THINGS = new Set<string>(THING_SUBJECTS);

/**
 * A force that owns the thing a deed took or destroyed: "a abattu un drone de l'armée malienne",
 * "ont détruit trois véhicules des FAMa", "shot down a Malian army drone" — its owner, not its
 * author, whatever the sentence says after.
 */
export function ownerOfObject(tokens: Token[], s: Sentence, g: Found): boolean {
  // "un drone de l'armée", "20 motos des terroristes du JNIM", else "an army drone": the thing
  // before its owner, over "of" and the owner's men, or right after it.
  let k = g.start - 1;
  let of = false;
  while (k > s.first && g.start - k < OWNER_REACH) {
    const w = tokens[k].norm;
    // "un drone appartenant à l'armée": "belonging to" says "of".
    const belonging = BELONGING_TO.has(w) && BELONGING_WORDS.has(tokens[k - 1].norm);
    if (OF_WORDS.has(w) || BELONGING_WORDS.has(w)) of = true;
    else if (!DETERMINERS.has(w) && !MEMBER_NOUNS.has(w) && !belonging) break;
    k--;
  }
  const head = of ? k : g.end;
  if (head < s.first || head >= s.last || !THINGS.has(SUBJECT_WORDS.get(tokens[head].norm) ?? ''))
    return false;
  // Back over its count, a qualifier and a day: "a détruit lundi au moins trois véhicules des FAMa".
  let j = head === g.end ? g.start - 1 : head - 1;
  const between = (t: Token) =>
    DETERMINERS.has(t.norm) ||
    t.type === 'num' ||
    EN_UNITS.has(t.norm) ||
    FR_UNITS.has(t.norm) ||
    QUALIFIERS.has(t.norm) ||
    WEEKDAYS.has(t.norm) ||
    DAY_WORDS.has(t.norm);
  while (j > s.first && head - j < OWNER_REACH && between(tokens[j])) j--;
  const kind = KIND_WORDS.get(tokens[j]?.norm ?? '') ?? phrasalKind(tokens, j);
  return kind === 'killed' || THING_KINDS.has(kind as never);
}

/** A kind phrase ending at `j`: "shot down", "blew up" before their object. */
function phrasalKind(tokens: Token[], j: number) {
  for (let a = j - 1; a >= Math.max(0, j - 2); a--) {
    const m = KIND_PHRASES.matchAt(tokens, a, j + 1);
    if (m?.end === j + 1) return m.value;
  }
  return undefined;
}

/** How far before the group the verb of taking back may stand: "retook the town of Anefis from JNIM". */
const RETAKE_REACH = 8;
const TAKEN_FROM = new Set(['from', 'au', 'aux', 'a']);

/** "retook the town from JNIM", "ont repris Anefis au JNIM": the group that lost the place. */
export function takenFrom(tokens: Token[], s: Sentence, g: Found): boolean {
  let k = g.start - 1;
  if (['le', 'la', "l'", 'the'].includes(tokens[k]?.norm ?? '')) k--;
  if (!TAKEN_FROM.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(s.first, k - RETAKE_REACH); j--) {
    if (CLAUSE_ENDS.has(tokens[j].text)) return false;
    if (hasStem(tokens[j].norm, RETAKE_STEMS)) return true;
  }
  return false;
}
