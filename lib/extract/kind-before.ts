/**
 * The verb or noun of what happened just before a figure ("killed dozens of", "la mort dimanche
 * de", "a perdu 9 hommes"), stepping back over adverbs, phrases of manner and time, a lot's words,
 * asides in commas and, in Arabic's verb-subject-object order, the subject between.
 */
import type { Kind, Subject } from '../types';
import { BEFORE_FILLERS, CLAIMANT_NEXT, isAdverb, KIND_PHRASES, KIND_WORDS, PERSON_KINDS } from './lexicon';
import { innerAdverb, LOT_NOUNS, LOT_QUALIFIERS } from './lexicon-np';
import { armyBefore, loserBefore } from './losing-side';
import type { Token } from './tokens';
import {
  agentBetween,
  arabicAgentStart,
  asideStart,
  mannerEndingAt,
  namedPersonStart,
  placeOrDayAdjunctStart,
  timeAdjunctStart,
  uncountedItemsStart,
} from './verb-gaps';

export const OF = new Set(['of', 'de', 'des', "d'"]);

const LOST = new Set(['lost', 'losing', 'perdu', 'perdant', 'loses', 'perd', 'perte', 'pertes']);

/** The verb before a figure, with whose loss it tells when it is a verb or noun of losing. */
export interface KindBefore {
  kind: Kind;
  start: number;
  neutralised?: boolean;
  lost?: boolean;
  armyLost?: boolean;
  loser?: Subject | null;
}

/** The verb just before a figure: "killed dozens of", "la mort dimanche de", "seizing 15". */
export function kindBefore(tokens: Token[], first: number, from: number): KindBefore | null {
  const figure = first;
  for (let k = first - 1, steps = 0; k >= from && steps < 6; k--, steps++) {
    const found = kindPhraseAt(tokens, k, from) ?? kindWordAt(tokens, k, from);
    if (found) return found;
    const back = stepBack(tokens, k, from, figure);
    if (back === null) return null;
    k = back;
  }
  return null;
}

/** "a perdu", "la perte de", "mis hors de combat": a kind's phrase ending at k. */
function kindPhraseAt(tokens: Token[], k: number, from: number): KindBefore | null {
  for (let s = Math.max(from, k - 4); s <= k; s++) {
    const p = KIND_PHRASES.matchAt(tokens, s, k + 1, innerAdverb);
    if (p && p.end === k + 1) {
      // "a perdu", "la perte de": a verb or noun of losing anywhere in the phrase.
      const lost = tokens.slice(s, k + 1).some((t) => LOST.has(t.norm));
      return {
        kind: p.value,
        start: s,
        lost,
        armyLost: lost && armyBefore(tokens, s, from),
        loser: lost ? loserBefore(tokens, s, from) : null,
      };
    }
  }
  return null;
}

/** "killed", "neutralisé", "a perdu", "tué et blessé": a kind's word at k (not "dead"). */
function kindWordAt(tokens: Token[], k: number, from: number): KindBefore | null {
  let w = KIND_WORDS.get(tokens[k].norm);
  let start = k;
  // "avoir tué et blessé des dizaines de soldats", "killed and wounded dozens": the first verb leads.
  const first =
    ['et', 'and'].includes(tokens[k - 1]?.norm ?? '') && k - 2 >= from
      ? KIND_WORDS.get(tokens[k - 2].norm)
      : undefined;
  if (w && first && PERSON_KINDS.has(first) && PERSON_KINDS.has(w)) {
    w = first;
    start = k - 2;
  }
  if (w && tokens[k].norm !== 'dead')
    return {
      kind: w,
      start,
      neutralised: tokens[k].norm.startsWith('neutrali'),
      lost: LOST.has(tokens[k].norm),
      armyLost: LOST.has(tokens[k].norm) && armyBefore(tokens, k, from),
      loser: LOST.has(tokens[k].norm) ? loserBefore(tokens, k, from) : null,
    };
  return null;
}

/**
 * The word at k is no kind's: an adverb, a phrase of manner or time, Arabic's subject, a lot's
 * words, things named without a count, an aside in commas. The index the scan goes on before (k
 * itself for one word); null when the scan stops.
 */
function stepBack(tokens: Token[], k: number, from: number, figure: number): number | null {
  // "tué par balles 12 civils": step back over a phrase of manner.
  const manner = mannerEndingAt(tokens, k, from);
  if (manner) return k - (manner - 1);
  if (BEFORE_FILLERS.has(tokens[k].norm) || isAdverb(tokens[k])) return k;
  // "saisi lors de l'opération 05 motos": step back over a short time phrase.
  const time = timeAdjunctStart(tokens, k, from);
  if (time !== null) return time;
  // "a récupéré à Boni 04 PK-M", "recovered on Monday 4 machine guns": a place or a day.
  const adjunct = placeOrDayAdjunctStart(tokens, k, from);
  if (adjunct !== null) return adjunct;
  // Arabic's verb-subject-object, read through its gloss: "قتل المسلحون 12 مدنيا" is "killed
  // gunmen 12 civilians". A fighters' noun between a verb and its figure is the verb's subject.
  if (agentBetween(tokens, k, figure)) return k;
  // "قتل الجيش المالي 12 مدنيا", read "killed malian army 12 civilians": a longer agent.
  const vso = k === figure - 1 ? arabicAgentStart(tokens, figure) : -1;
  if (vso >= 0) return vso + 1;
  // "récupéré un important lot de 04 motos", "seized a large cache of 12 rifles": the lot's words.
  if (LOT_NOUNS.has(tokens[k].norm) && OF.has(tokens[k + 1]?.norm ?? '')) {
    while (k - 1 > from && LOT_QUALIFIERS.has(tokens[k - 1].norm)) k--;
    return k;
  }
  // "tué le chef du village et deux de ses fils": a person named before the figure, the verb's object too.
  const person = k === figure - 1 ? namedPersonStart(tokens, k, from) : null;
  if (person !== null) return person;
  // "ont tué, selon des témoins, 12 civils": an aside that names who says so, whatever its noun.
  const aside = asideStart(tokens, k, from);
  if (aside !== null && CLAIMANT_NEXT.matchAt(tokens, aside + 1, k)) return aside;
  // "emporté des armes et des munitions ainsi que 3 véhicules": things named without a count.
  const items = uncountedItemsStart(tokens, k, from);
  if (items !== null && items > from) return items;
  // "ont saisi, entre autres, 12 motos": step back over a short aside in commas.
  return aside;
}
