/**
 * The words that make a named group the attack's author: a sentence's word of attacking or
 * claiming (hasAgentCue), "by"/"par"/"attribués au" right before the group (agentBefore) and the
 * deed that "by" completes (deedBefore), a deed after the group (doerBefore), and a claim denied
 * in its clause (deniedClaim). Used by actors.ts.
 */
import {
  AGENT_STEMS,
  AGENT_WORDS,
  BEARING_WORDS,
  BLAME_ON_STEMS,
  CLAIM_STEMS,
  CONDUCT_WORDS,
  DETERMINERS,
  EXECUTION_STEMS,
  FALLEN_STEMS,
  HANDS_WORDS,
  hasStem,
  isKillWord,
  MARK_WORDS,
  NEGATIONS,
  NOT_AGENT_AFTER,
  PASSIVE_AUX,
  STATE_ATTACK_AFTER,
  STRIKE_STEMS,
  stemMatcher,
  SUSPICION_ON_STEMS,
  SUSPICION_STEMS,
} from './lexicon-actors';
import { isAttackNoun, KIND_WORDS, SUBJECT_WORDS } from './lexicon';
import { OF_WORDS } from './lexicon-np';
import { LOCALITY_NOUNS } from './lexicon-places';
import { WEEKDAYS } from './number-words';
import { DAY_PARTS } from './lexicon-dates';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Found } from './groups';
import { CLAUSE_ENDS, HELD_STEMS, memberNoun, memberPhrase, sentenceHas } from './actor-roles';
import { OWN_DEED } from './group-speaker';

const agentStem = stemMatcher([...AGENT_STEMS, ...EXECUTION_STEMS]);

/**
 * Kinds of claim whose words are deeds someone did to others: "a détruit six véhicules", "abducted
 * five civilians", "s'est emparé de 20 motos" (killing has its own words, AGENT_WORDS: "morts" and
 * "pertes" are no deed).
 */
const DEED_KINDS = new Set(['captured', 'destroyed', 'seized']);

/** Only "by"/"par" make a group the agent by position: "la zone d'opération du JNIM" does not. */
const AGENT_BEFORE = new Set(['by', 'par']);

/** "has claimed thousands of lives", "a coûté la vie": the word at k tells a toll, not a claim of responsibility. */
export function livesAfter(tokens: Token[], k: number, last: number): boolean {
  for (let j = k + 1; j < Math.min(last, k + 5); j++) if (NOT_AGENT_AFTER.has(tokens[j].norm)) return true;
  return false;
}

/** Does the sentence hold a word that says someone carried out, claimed or killed in an attack? */
export function hasAgentCue(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (!AGENT_WORDS.has(w) && !agentStem(w) && !isKillWord(w) && !DEED_KINDS.has(KIND_WORDS.get(w) ?? ''))
      continue;
    if (!livesAfter(tokens, k, s.last)) return true;
  }
  return false;
}

/** Is the group the agent by its position: "by JNIM", "par le JNIM", "attribués au JNIM", "blamed on JNIM"? */
export function agentBefore(tokens: Token[], g: Found): boolean {
  const prev = tokens[g.start - 1]?.norm ?? '';
  const prev2 = tokens[g.start - 2]?.norm ?? '';
  // "par les jihadistes du JNIM", "by fighters of the Islamic State": "by" before the group's men.
  const men = memberNoun(tokens, g);
  const by = byAt(tokens, men >= 0 ? men : g.start);
  // "une zone contrôlée par le FLA", "tenue depuis des mois par le JNIM": what it holds, not what
  // it did — unless it claims the attack ("contrôlée par le GSIM, qui a revendiqué l'attaque").
  if (by > 0 && heldBefore(tokens, by)) return claimsAfter(tokens, g);
  if (by >= 0 || deedNounBefore(tokens, men >= 0 ? men : g.start)) return true;
  for (let j = g.start - 1; j >= Math.max(0, g.start - 4); j--)
    if (hasStem(tokens[j].norm, BLAME_ON_STEMS)) return true;
  if (fallenTo(tokens, g)) return true;
  // "blamed the killings in Ogossagou on Monday on Dozo hunters", "imputé … au JNIM": the
  // preposition of the blame right before the group, its verb further back in the clause.
  // "suspicion fell on JNIM", "les soupçons pèsent sur le JNIM": what suspicion falls on.
  const to = ['le', 'la', "l'", 'les', 'the'].includes(prev) ? prev2 : prev;
  if (!BLAMED_ON.has(to)) return false;
  for (let j = g.start - 2; j >= Math.max(0, g.start - 12); j--) {
    if (tokens[j].type === 'punct' && tokens[j].text !== "'") return false;
    if (hasStem(tokens[j].norm, BLAME_ON_STEMS)) return true;
    if (SUSPICION_ON.has(to) && hasStem(tokens[j].norm, SUSPICION_ON_STEMS)) return true;
  }
  return false;
}
/**
 * "l'incursion du JNIM", "une embuscade des terroristes du JNIM", "the raid of JNIM fighters": the
 * noun of an attack with its determiner, then "of", right before the group or its men (at).
 */
function deedNounBefore(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (['le', 'la', "l'", 'les', 'the'].includes(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'de') k--;
  if (!OF_WORDS.has(tokens[k]?.norm ?? '') || k < 2) return false;
  return isAttackNoun(tokens[k - 1]) && DETERMINERS.has(tokens[k - 2].norm);
}

/** How far before "par" the participle of holding may stand, past a time: "tenue depuis des mois par". */
const HELD_REACH = 4;

/** A participle of holding before the "par" at `by`, in its clause: "contrôlée par", "tenue depuis des mois par". */
/** ", qui a revendiqué", ", which claimed": a relative right after the group whose verb claims. */
function claimsAfter(tokens: Token[], g: Found): boolean {
  if (tokens[g.end]?.text !== ',' || !CLAIM_RELATIVES.has(tokens[g.end + 1]?.norm ?? '')) return false;
  for (let k = g.end + 2; k < g.end + 2 + CLAIM_VERB_REACH; k++)
    if (hasStem(tokens[k]?.norm ?? '', CLAIM_STEMS)) return true;
  return false;
}
const CLAIM_RELATIVES = new Set(['qui', 'lequel', 'laquelle', 'which', 'who']);
const CLAIM_VERB_REACH = 4;

function heldBefore(tokens: Token[], by: number): boolean {
  for (let j = by - 1; j >= Math.max(0, by - HELD_REACH); j--) {
    if (tokens[j].type === 'punct') return false;
    if (hasStem(tokens[j].norm, HELD_STEMS)) return true;
  }
  return false;
}

/** "tenue depuis des mois par le JNIM", "held by JNIM": the group holds the place named before. */
export function heldBy(tokens: Token[], g: Found): boolean {
  const men = memberNoun(tokens, g);
  const by = byAt(tokens, men >= 0 ? men : g.start);
  return by > 0 && heldBefore(tokens, by);
}

/** "by"/"par" right before token at, or past one article ("par le"): its index, or -1. */
function byAt(tokens: Token[], at: number): number {
  if (AGENT_BEFORE.has(tokens[at - 1]?.norm ?? '')) return at - 1;
  return AGENT_BEFORE.has(tokens[at - 2]?.norm ?? '') ? at - 2 : -1;
}

/** How far a place's hands may stand before the group: "aux mains des jihadistes du JNIM". */
const HANDS_REACH = 5;

/** "Le camp est tombé aux mains des jihadistes du JNIM", "fell into the hands of JNIM": the group took it. */
function fallenTo(tokens: Token[], g: Found): boolean {
  for (let j = g.start - 1; j >= Math.max(1, g.start - HANDS_REACH); j--) {
    if (tokens[j].type === 'punct' && tokens[j].text !== "'") return false;
    if (!HANDS_WORDS.has(tokens[j].norm)) continue;
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) if (hasStem(tokens[k].norm, FALLEN_STEMS)) return true;
    return false;
  }
  return false;
}

/** What a blame is put on: "blamed on", "attribuée au", "imputés aux"; suspicion on, "sur". */
const SUSPICION_ON = new Set(['on', 'sur']);
const BLAMED_ON = new Set([...SUSPICION_ON, 'au', 'aux', 'a']);

/**
 * The deed a "by"/"par" at token j completes: "tués par", "tués lundi à Kéra par", "shot dead on
 * Monday in Kera by" — the nearest word before it that is not a time or a place; not "a statement
 * by", nor "des opérations de survol enregistrées par".
 */
export function deedBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 8); k--) {
    const t = tokens[k];
    if (t.type === 'num' || t.text === ',' || ADVERBIAL.has(t.norm) || /^\p{Lu}/u.test(t.text)) continue;
    // "قتل 20 مدنيا على يد الجيش" read as "killed 20 civilians by the army": over the figure's noun.
    if (tokens[k - 1]?.type === 'num' && SUBJECT_WORDS.has(t.norm)) continue;
    const verb = t.norm;
    return (
      CONDUCT_WORDS.has(verb) ||
      isKillWord(verb) ||
      hasStem(verb, EXECUTION_STEMS) ||
      hasStem(verb, STRIKE_STEMS) ||
      hasStem(verb, STATE_ATTACK_AFTER) ||
      verb === 'dead'
    );
  }
  return false;
}

/** Words of a time or a place between a deed and "by": "tués lundi soir à Kéra par", "killed on Monday in Kera by". */
const ADVERBIAL = new Set([
  ...['a', 'à', 'en', 'au', 'aux', 'dans', 'pres', 'de', 'du', "d'", 'la', 'le', "l'", 'les', 'ce', 'cette'],
  ...['in', 'at', 'on', 'near', 'the', 'of', 'late', 'early', 'last', 'this'],
  // "tués la semaine dernière par", "killed last week by".
  ...['semaine', 'mois', 'week-end', 'derniere', 'dernier', 'passe', 'week', 'month', 'weekend'],
  ...WEEKDAYS,
  ...DAY_PARTS,
  ...LOCALITY_NOUNS,
]);

/** The group does the deed: "le JNIM a attaqué", "JNIM fighters ambushed", "le FLA a revendiqué". */
export function doerBefore(tokens: Token[], s: Sentence, g: Found, tail: number): boolean {
  for (let k = tail; k < Math.min(s.last, tail + 5); k++) {
    const w = tokens[k].norm;
    if (CLAUSE_ENDS.has(tokens[k].text) || PASSIVE_AUX.has(w)) break;
    if (AGENT_WORDS.has(w) || agentStem(w) || isKillWord(w) || hasStem(w, STATE_ATTACK_AFTER)) return true;
  }
  // "des massacres de civils par le groupe affilié à l'État islamique": the deed's author, described.
  for (let j = g.start - 1; j >= Math.max(s.first, g.start - 20); j--) {
    if (['.', ';', ':'].includes(tokens[j].text)) break;
    if (!AGENT_BEFORE.has(tokens[j].norm)) continue;
    for (let d = j - 1; d >= Math.max(s.first, j - 5); d--) {
      const w = tokens[d].norm;
      if (hasStem(w, EXECUTION_STEMS) || hasStem(w, STATE_ATTACK_AFTER) || KIND_WORDS.get(w) === 'killed')
        return true;
    }
    return deedBefore(tokens, j);
  }
  // "JNIM a diffusé une vidéo montrant ses combattants…": it tells of its own men's deed.
  for (let k = tail; k < Math.min(s.last, tail + 12); k++) if (OWN_DEED.has(tokens[k].norm)) return true;
  return memberPhrase(tokens, g);
}

/** A claim word denied in its clause: "aucun groupe n'a revendiqué", "has not been claimed". */
export function deniedClaim(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (!hasStem(tokens[k].norm, ['revendiqu', 'claim', 'revendicat'])) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) {
      if (CLAUSE_ENDS.has(tokens[j].text)) break;
      if (NEGATIONS.has(tokens[j].norm)) return true;
    }
  }
  return false;
}

/**
 * Does sentence s name a suspect: "suspected", "hallmarks", "porte la signature", "they bear the
 * mark of jihadi groups", "l'attaque porte la marque du JNIM"?
 */
export function suspected(tokens: Token[], s: Sentence): boolean {
  if (sentenceHas(tokens, s, SUSPICION_STEMS)) return true;
  for (let k = s.first; k < s.last - 1; k++)
    if (BEARING_WORDS.has(tokens[k].norm) && [1, 2].some((d) => MARK_WORDS.has(tokens[k + d]?.norm ?? '')))
      return true;
  return false;
}
