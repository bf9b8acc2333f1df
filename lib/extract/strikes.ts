/**
 * Strikes from the air and whose they are. In Mali the army is the one that strikes from
 * the air: "des frappes de drones de l'armée", "a Malian drone strike", and a drone strike
 * that killed people with no other force named as its author.
 */
import { AIR_STRIKE_STEMS, DETERMINERS, EXECUTION_STEMS, hasStem } from './lexicon-actors';
import { FOREIGN_WORDS, KIND_WORDS } from './lexicon';
import { MALI_WORDS } from './lexicon-places';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { OF_WORDS } from './lexicon-np';
import type { Found } from './groups';

/** Verbs that bring an aircraft down: "abattu", "détruit", "shot down", "downed", "intercepted". */
const DOWNED_STEMS = ['abatt', 'detrui', 'destroy', 'down', 'intercept'];

/**
 * A strike noun owned by the force named after it, over "de"/"of", determiners and the strike's own
 * words: "des frappes de drones de l'armée", "une frappe aérienne des FAMa" — not "after a strike, the army".
 */
export function ownStrike(tokens: Token[], s: Sentence, g: Found): boolean {
  // "a Malian army drone strike killed…": the force's name before its strike noun, with a killing —
  // not "shot down a Malian army drone".
  const downed = downedAt(tokens, g.start, s.first);
  for (let j = g.end; j < Math.min(s.last, g.end + 2); j++)
    if (hasStem(tokens[j].norm, AIR_STRIKE_STEMS)) return !downed && deedInSentence(tokens, s);
  let k = g.start - 1;
  let of = false;
  for (; k >= Math.max(s.first, g.start - 6); k--) {
    const w = tokens[k].norm;
    if (OF_WORDS.has(w)) of = true;
    else if (
      !DETERMINERS.has(w) &&
      !hasStem(w, AIR_STRIKE_STEMS) &&
      !GROUND_OPERATIONS.has(w) &&
      !OPERATION_QUALIFIERS.has(w)
    )
      break;
  }
  if (!of) return false;
  // "a abattu un drone de l'armée", "shot down an army drone": the force's drone was brought down.
  if (hasStem(tokens[k]?.norm ?? '', DOWNED_STEMS)) return false;
  // The strike word itself, right after the determiner or verb that opens the phrase.
  for (let j = k + 1; j < g.start; j++) if (hasStem(tokens[j].norm, AIR_STRIKE_STEMS)) return true;
  // "lors d'une opération de l'armée malienne", with a killing: its own operation ("l'opération
  // Barkhane" is a name, with no "de" between).
  for (let j = k + 1; j < g.start; j++)
    if (GROUND_OPERATIONS.has(tokens[j].norm)) return deedInSentence(tokens, s);
  return false;
}
const GROUND_OPERATIONS = new Set(['operation', 'operations', 'offensive', 'raid', 'raids', 'ratissage']);
/** Words between an operation and its force: "une opération conjointe des FAMa", "a joint military raid by". */
const OPERATION_QUALIFIERS = new Set([
  ...['conjointe', 'conjointes', 'militaire', 'militaires', 'antiterroriste', 'terrestre', 'vaste'],
  ...['joint', 'military', 'ground', 'counter-terrorism', 'large-scale'],
]);

/** A killing anywhere in the sentence: "of killing", "for the killings", "d'avoir exécuté". */
export function deedInSentence(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (KIND_WORDS.get(w) === 'killed' || hasStem(w, EXECUTION_STEMS) || w.startsWith('killing')) return true;
  }
  return false;
}

/**
 * Nouns of a strike from the air: "frappes", "drone", "airstrike", "bombardement" (not the verb
 * "frappé", nor "bombing", which is as often a roadside bomb).
 */
const STRIKE_NOUNS = new Set([
  ...['frappes', 'drone', 'drones', 'airstrike', 'airstrikes', 'bombardement', 'bombardements'],
  ...['bombardment', 'bombardments'],
]);
/** "une frappe", "a strike", "strikes" are air strikes only beside these words. */
const STRIKE_AIR_WORDS = new Set(['aerienne', 'aeriennes', 'air', 'drone', 'drones', 'aerial']);

export function strikeAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  // "frappés par des attaques": the participle, not the noun.
  if (/é/i.test(tokens[k].text)) return false;
  if (STRIKE_NOUNS.has(w)) return true;
  if (w !== 'frappe' && w !== 'strike' && w !== 'strikes') return false;
  const near = [tokens[k - 1], tokens[k + 1], tokens[k + 2]].map((t) => t?.norm ?? '');
  return near.some((n) => STRIKE_AIR_WORDS.has(n)) || DETERMINERS.has(near[0]);
}

/**
 * A strike noun, or the force named before it, brought down: "a abattu un drone", "shot down a
 * Malian army drone" — no strike of its side's.
 */
function downedAt(tokens: Token[], k: number, from = 0): boolean {
  let v = k - 1;
  while (
    v > Math.max(from, k - 5) &&
    (DETERMINERS.has(tokens[v].norm) || MALI_WORDS.has(tokens[v].norm) || tokens[v].norm === 'army')
  )
    v--;
  return hasStem(tokens[v]?.norm ?? '', DOWNED_STEMS);
}

/** A strike from the air at token k, not one brought down. */
function liveStrikeAt(tokens: Token[], k: number): boolean {
  return strikeAt(tokens, k) && !downedAt(tokens, k);
}

/** Whose the strikes of a sentence are by a nationality beside them: "frappe de drone malienne", "French air strikes". */
function strikeNationality(tokens: Token[], s: Sentence): 'mali' | 'foreign' | null {
  for (let k = s.first; k < s.last; k++) {
    if (!liveStrikeAt(tokens, k)) continue;
    for (let j = Math.max(s.first, k - 2); j < Math.min(s.last, k + 4); j++) {
      const w = tokens[j].norm;
      if (MALI_WORDS.has(w)) return 'mali';
      if (FOREIGN_WORDS.has(w)) return 'foreign';
    }
  }
  return null;
}

/** Sentences at the head of a story where the attack is told. */
const LEDE = 3;

/**
 * The army, for a story whose attack is a strike from the air that killed, when no force is named
 * as its author: "Des frappes de drones ont tué 12 civils près de Léré", "a Malian drone strike
 * killed 15". Not when the strikes are said to be another country's ("frappes aériennes françaises").
 */
export function unclaimedStrike(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
): boolean {
  let seen = 0;
  for (const s of sentences) {
    if (background(s.index)) continue;
    if (++seen > LEDE) break;
    if (!deedInSentence(tokens, s)) continue;
    const nationality = strikeNationality(tokens, s);
    if (nationality === 'foreign') return false;
    if (nationality === 'mali') return true;
    for (let k = s.first; k < s.last; k++) if (liveStrikeAt(tokens, k)) return true;
  }
  return false;
}
