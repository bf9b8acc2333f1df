/**
 * Whose losses a figure counts: the side that lost its own ("la Minusma a perdu trois hommes"),
 * the army just before the verb of losing, the side that left its dead behind ("abandonnant sur
 * le terrain 8 corps"), or the side named in the sentence before a pronoun ("Ils ont perdu 12
 * hommes").
 */
import type { Subject } from '../types';
import { ARMY_WORDS, FOREIGN_WORDS, KIND_WORDS, SUBJECT_WORDS } from './lexicon';
import { GROUP_SIDES } from './lexicon-actors';
import { findGroups } from './groups';
import { THING_SUBJECTS } from './noun-phrase';
import type { Token } from './tokens';

/** Nouns of a loss: "la perte de 3 véhicules", "the loss of 3 vehicles". */
export const PERTE = new Set(['perte', 'pertes', 'loss']);

/** Nouns of fighters that say nothing of their side: "Wagner lost 20 fighters", "perdu 20 combattants". */
export const GENERIC_FIGHTERS = new Set(['fighters', 'combattants', 'hommes', 'men', 'elements']);

/** "…, abandonnant sur le terrain 8 corps", "fled, leaving behind 9 bodies": the clause's subject left them. */
const PARTICIPLE_LEFT = ['laissant', 'abandonnant', 'leaving', 'abandoning'];
/** Verbs of leaving the dead behind: the bodies are of the side that left them. */
export const LEFT_VERBS = new Set([
  ...['laisse', 'laisses', 'abandonne', 'abandonnes', 'left', 'abandoned'],
  ...PARTICIPLE_LEFT,
]);
/**
 * The verb of leaving just before a figure, past where ("ont laissé sur le terrain 17 corps",
 * "left behind 17 bodies", "abandonné dans leur fuite 4 corps"): its index, or -1.
 */
export function leftVerbBefore(tokens: Token[], first: number, from: number): number {
  for (let k = first - 1; k >= Math.max(from, first - LEFT_REACH); k--) {
    const t = tokens[k];
    if (LEFT_VERBS.has(t.norm)) return k;
    if (t.type !== 'word' || KIND_WORDS.has(t.norm) || SUBJECT_WORDS.has(t.norm)) return -1;
  }
  return -1;
}
const LEFT_REACH = 5;

/** Does the army stand just before the verb at k ("L'armée a perdu", "the army lost")? */
export function armyBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    if (foreignForce(tokens[j])) return false;
    if (ARMY_WORDS.has(tokens[j].norm)) return true;
    // "Selon l'armée, les terroristes ont perdu 12 hommes": the nearest side is the loser.
    if (tokens[j].type === 'punct' || sideAt(tokens, j)) return false;
  }
  return false;
}

/** A foreign force by its name or its contingent's nationality: "la Minusma", "Barkhane", "le contingent tchadien". */
const foreignForce = (t: Token) => t.text === 'UN' || FOREIGN_WORDS.has(t.norm);

/** The side that lost its own: "les chasseurs dozos affirment avoir perdu 07 des leurs", "la Minusma a perdu trois hommes". */
export function loserBefore(tokens: Token[], k: number, from: number): Subject | null {
  let pronoun = -1;
  // A present participle's subject is its sentence's, named first: "Les terroristes ont été
  // repoussés par l'armée, abandonnant…".
  if (PARTICIPLE_LEFT.includes(tokens[k]?.norm ?? '')) return firstSide(tokens, from, k);
  // "L'armée a repoussé l'attaque, neutralisant 14 assaillants et perdant trois hommes": the
  // sentence's subject lost them, named before the figures of its other deeds.
  if (PARTICIPLE_LOST.has(tokens[k]?.norm ?? '')) return firstSide(tokens, sentenceStart(tokens, k), k);
  for (let j = k - 1, floor = Math.max(from, k - LOSER_REACH); j >= floor; j--) {
    // "The attackers, who came on motorbikes, lost 20 men": over an aside in commas.
    const open = tokens[j].text === ',' ? asideOpening(tokens, j, from) : -1;
    if (open >= 0) {
      floor = Math.max(from, open - 3);
      j = open;
      continue;
    }
    // "Ces derniers ont perdu 20 hommes", "the latter lost 20 fighters": the side named last.
    if (latterAt(tokens, j)) return lastSideBefore(tokens, j);
    const side = sideAt(tokens, j);
    if (side) return side;
    if (pronoun < 0 && PLURAL_PRONOUNS.has(tokens[j].norm)) pronoun = j;
  }
  // "Des jihadistes ont attaqué Boni. Ils ont perdu 12 hommes": the pronoun's side.
  if (pronoun < 0) return null;
  // …when its own sentence names no side before it ("Dozo hunters said they lost 11").
  for (let j = pronoun - 1; j >= 0 && tokens[j].sentence === tokens[pronoun].sentence; j--) {
    const s = SUBJECT_WORDS.get(tokens[j].norm);
    if (foreignForce(tokens[j]) || (s && s !== 'people' && !THING_SUBJECTS.has(s))) return null;
  }
  return sideOfSentenceBefore(tokens, pronoun);
}

/** How far before its verb of losing a side may stand: "les forces de défense et de sécurité ont perdu". */
const LOSER_REACH = 7;

/** How many words an aside between a side and its verb of losing may hold. */
const ASIDE_REACH = 12;

/** The comma opening an aside whose closing comma is at j (no number inside), or -1. */
function asideOpening(tokens: Token[], j: number, from: number): number {
  for (let o = j - 2; o >= Math.max(from, j - ASIDE_REACH); o--) {
    if (tokens[o].type === 'num') return -1;
    if (tokens[o].text === ',') return o;
  }
  return -1;
}

/** "ces derniers", "ceux-ci", "the latter" ending at j: a pronoun of the side named last. */
function latterAt(tokens: Token[], j: number): boolean {
  const w = tokens[j].norm;
  if (LATTER_WORDS.has(w)) return true;
  const before = tokens[j - 1]?.norm ?? '';
  return (LATTER_NOUNS.has(w) && before === 'ces') || (w === 'latter' && before === 'the');
}
const LATTER_WORDS = new Set(['ceux-ci', 'celles-ci']);
const LATTER_NOUNS = new Set(['derniers', 'dernieres']);

/** The last side named before token j, in its sentence or the one before. */
function lastSideBefore(tokens: Token[], j: number): Subject | null {
  const sentence = tokens[j].sentence;
  for (let k = j - 1; k >= 0 && tokens[k].sentence >= sentence - 1; k--) {
    const side = forceOrSideAt(tokens, k);
    if (side) return side;
  }
  return null;
}

/** The side token k names, the army's ("l'état-major", "the army") included. */
export function forceOrSideAt(tokens: Token[], k: number): Subject | null {
  return ARMY_WORDS.has(tokens[k].norm) ? 'soldiers' : sideAt(tokens, k);
}

/** Present participles of losing, whose subject is their sentence's: "perdant", "losing". */
const PARTICIPLE_LOST = new Set(['perdant', 'losing']);

/** The first token of the sentence of token k. */
function sentenceStart(tokens: Token[], k: number): number {
  let j = k;
  while (j > 0 && tokens[j - 1].sentence === tokens[k].sentence) j--;
  return j;
}

/** The first side named in [from, to): a force, a person noun of a side, a group. */
function firstSide(tokens: Token[], from: number, to: number): Subject | null {
  for (let j = from; j < to; j++) {
    const side = sideAt(tokens, j);
    if (side) return side;
  }
  return null;
}

/**
 * The side token j names: a foreign force, a person noun of a side, or a group by its name
 * ("le GATIA a perdu 12 combattants"), on its side.
 */
function sideAt(tokens: Token[], j: number): Subject | null {
  if (foreignForce(tokens[j])) return 'foreign_forces';
  const s = SUBJECT_WORDS.get(tokens[j].norm);
  if (s && !THING_SUBJECTS.has(s) && s !== 'people') return s;
  const group = findGroups(tokens, j, j + 1)[0];
  return group ? (GROUP_SIDES.get(group.name) ?? 'militants') : null;
}

export const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'they']);
/** The first side named in the sentence before token j's ("Des jihadistes ont attaqué…"), if any. */
export function sideOfSentenceBefore(tokens: Token[], j: number): Subject | null {
  let first = j;
  while (first > 0 && tokens[first - 1].sentence === tokens[j].sentence) first--;
  if (first === 0) return null;
  let start = first - 1;
  while (
    start > 0 &&
    first - start < SENTENCE_REACH &&
    tokens[start - 1].sentence === tokens[first - 1].sentence
  )
    start--;
  // "Le JNIM a attaqué Boni. Ils ont perdu 12 hommes": a group by its name is a side too.
  return firstSide(tokens, start, first);
}
const SENTENCE_REACH = 60;
