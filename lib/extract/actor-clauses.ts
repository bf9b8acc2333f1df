/**
 * Where a force's clause goes, for actors.ts: its verb past the companions it acted with ("Les
 * FAMa, appuyées par les vecteurs aériens, ont neutralisé…", "soldiers and their foreign allies
 * killed…"), and the group the attackers are said to be ("the attackers were Dozo hunters", "les
 * assaillants étaient des dozos", "identified as JNIM fighters"), and whether a pluperfect is
 * reported speech ("JNIM said it had killed") rather than a recall.
 */
import {
  DETERMINERS,
  EXECUTION_STEMS,
  hasStem,
  isKillWord,
  PASSIVE_AUX,
  STATE_ATTACK_AFTER,
  SUPPORT_STEMS,
  ATTACKER_NOUNS,
} from './lexicon-actors';
import { ACTIVE_AUXILIARIES, KIND_WORDS, SPEECH_WORDS, SUBJECT_WORDS } from './lexicon';
import { CLAUSE_ENDS } from './actor-roles';
import type { Found } from './groups';
import type { Sentence } from './sentences';
import { APOSTROPHES, type Token } from './tokens';

const JOINING_WORDS = new Set([...['et', 'and', ',', '&'], ...['alongside', 'avec', 'with', 'par', 'by']]);
/**
 * Words joining two forces that act together: "et", "alongside", and the verbs of support in any
 * form, "appuyé(e)s par", "soutenue par", "épaulés", "accompagnés de", "backed by", "supported by".
 */
export function joins(w: string): boolean {
  return JOINING_WORDS.has(w) || hasStem(w, SUPPORT_STEMS);
}
/** Words that open a phrase of the force's companions: "appuyées par", "accompagnés de", "and their allies". */
const companionOpener = (w: string) => joins(w) && ![',', '&', 'par', 'by'].includes(w);
/** The auxiliaries or verbs a force's deed may start with, right after its companions. */
const DEED_STARTS = new Set(['ont', 'a', 'avaient', 'avait', 'have', 'has', 'had']);
const deedStart = (w: string) =>
  DEED_STARTS.has(w) ||
  PASSIVE_AUX.has(w) ||
  isKillWord(w) ||
  hasStem(w, STATE_ATTACK_AFTER) ||
  hasStem(w, EXECUTION_STEMS) ||
  KIND_WORDS.get(w) === 'killed';

/**
 * Where the verb of a force named at `tail` begins, past an aside in commas ("Les FAMa, appuyées
 * par les vecteurs aériens, ont…") or a phrase of its companions ("and their foreign allies
 * killed", "accompagnés de combattants étrangers ont exécuté"): the token before it, or `tail`
 * when no such phrase leads to a verb. A number inside is another noun phrase, not a companion.
 */
export function pastCompanions(tokens: Token[], s: Sentence, tail: number): number {
  const first = tokens[tail];
  if (!first || (first.text !== ',' && !companionOpener(first.norm))) return tail;
  // In an aside, to its closing comma ("and allied fighters, believed to be Russian, executed").
  let aside = first.text === ',';
  for (let k = tail + 1; k < Math.min(s.last, tail + 16); k++) {
    const t = tokens[k];
    if (t.type === 'num' || (CLAUSE_ENDS.has(t.text) && t.text !== ',')) return tail;
    if (t.text === ',' && aside) return deedStart(tokens[k + 1]?.norm ?? '') ? k : tail;
    if (t.text === ',') aside = true;
    else if (!aside && deedStart(t.norm)) return k - 1;
  }
  return tail;
}

/** Copulas and phrases of identity: "the attackers were", "les assaillants étaient", "identified as". */
const IDENTITY = new Set([...['were', 'was', 'are', 'etaient', 'etait', 'sont', 'est'], ...['as', 'comme']]);
/** Nouns of the attackers that SUBJECT_WORDS does not give as militants: "the killers", "les hommes armés". */
const KILLER_NOUNS = new Set(['killers', 'tueurs', 'armes', 'armed']);
/** Words between the copula and the group: "des chasseurs dozos", "Dozo hunters", "identifiés comme des". */
const IDENTITY_FILLERS = new Set([
  'des',
  'de',
  'les',
  'the',
  'a',
  'an',
  'identified',
  'identifies',
  'chasseurs',
  'hunters',
  'traditionnels',
  'traditional',
  'elements',
  'members',
  'membres',
  'fighters',
  'combattants',
  'of',
  'du',
]);

/**
 * "Witnesses said the attackers were Dozo hunters", "les assaillants étaient des dozos", "the
 * gunmen were identified as JNIM fighters": the group the attackers are said to be.
 */
export function identifiedAttackers(tokens: Token[], s: Sentence, g: Found): boolean {
  if (attackersFrom(tokens, s, g) || itWasThem(tokens, s, g)) return true;
  let k = g.start - 1;
  while (k > s.first && g.start - k <= 4 && IDENTITY_FILLERS.has(tokens[k].norm)) k--;
  if (!IDENTITY.has(tokens[k]?.norm ?? '')) return false;
  // "identified as": over the participle to the copula.
  if (['as', 'comme'].includes(tokens[k].norm)) {
    k--;
    if (['identified', 'identifies'].includes(tokens[k]?.norm ?? '')) k--;
    if (!IDENTITY.has(tokens[k]?.norm ?? '')) return false;
  }
  for (let j = k - 1; j >= Math.max(s.first, k - 2); j--) {
    const w = tokens[j].norm;
    if (SUBJECT_WORDS.get(w) === 'militants' || KILLER_NOUNS.has(w)) return true;
  }
  return false;
}

/** "il s'agit de", "il s'agirait de": the forms of "s'agir", which say who the attackers were. */
const AGIR = new Set(['agit', 'agirait', 'agissait', 'agissaient', 'agiraient']);
const IT_FILLERS = new Set([...IDENTITY_FILLERS, 'la', 'le', "l'", "d'", 'hommes', 'jihadistes']);

/**
 * "Selon des sources locales, il s'agirait d'éléments de la katiba Macina", "il s'agit de
 * combattants du JNIM": the attackers, told by what they were.
 */
function itWasThem(tokens: Token[], s: Sentence, g: Found): boolean {
  let k = g.start - 1;
  while (k > s.first && g.start - k <= 6 && IT_FILLERS.has(tokens[k].norm)) k--;
  return AGIR.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === "s'";
}

/** Where the attackers came from: "from", "de", and the verbs of origin "came from", "venus de". */
const FROM_WORDS = new Set(['from', 'of', 'de', 'du', "d'", 'des']);
const ORIGIN_VERBS = new Set(['came', 'come', 'were', 'venaient', 'venus', 'viennent', 'etaient']);

/**
 * "the assailants, from the Islamic State in the Greater Sahara, used drones", "the attackers came
 * from ISGS", "les assaillants, venus de l'EIGS": the group the attackers are said to come from.
 */
function attackersFrom(tokens: Token[], s: Sentence, g: Found): boolean {
  let k = g.start - 1;
  while (k > s.first && g.start - k <= 3 && DETERMINERS.has(tokens[k].norm)) k--;
  if (!FROM_WORDS.has(tokens[k]?.norm ?? '')) return false;
  k--;
  if (ORIGIN_VERBS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.text === ',') k--;
  return k >= s.first && ATTACKER_NOUNS.has(tokens[k].norm);
}

/** How many words an aside set apart by commas may hold: "the FLA, which controls the area, said". */
const ASIDE_REACH = 10;

/**
 * The end of an aside after a group, set apart by commas and saying nothing of a deed or a
 * telling ("the FLA, which controls the area, said", "le FLA, une coalition de rebelles, affirme"):
 * the index after its closing comma, or `at` when there is none.
 */
export function pastAside(tokens: Token[], at: number, last: number): number {
  if (tokens[at]?.text !== ',') return at;
  // "Les FAMa, appuyées par Africa Corps, ont repris…": after the companions' closing comma, the
  // verb itself opens no aside.
  // (Not "a": "the FLA, a coalition of rebels, said" opens an aside with the English article.)
  const next = tokens[at + 1]?.norm ?? '';
  if (next !== 'a' && ACTIVE_AUXILIARIES.has(next)) return at;
  for (let k = at + 1; k < Math.min(last, at + ASIDE_REACH); k++) {
    const t = tokens[k];
    if (t.text === ',') return k > at + 1 ? k + 1 : at;
    // "JNIM, al Qaeda's affiliate in the Sahel, claimed": a possessive's apostrophe is of the aside.
    if ((t.type !== 'word' && !APOSTROPHES.has(t.text)) || telling(t.norm)) return at;
  }
  return at;
}

/**
 * Group b names group a again in apposition: "according to the FLA, a coalition of Tuareg rebels",
 * "le FLA, la coalition des rebelles touareg": the same mention, in the same role.
 */
export function apposition(tokens: Token[], a: Found, b: Found): boolean {
  // "The Azawad Liberation Front (FLA), a coalition of rebel groups,": past the acronym's bracket.
  const end = tokens[a.end]?.text === ')' ? a.end + 1 : a.end;
  if (a.name !== b.name || tokens[end]?.text !== ',' || b.start - end > APPOSITION_REACH) return false;
  for (let k = end + 1; k < b.start; k++)
    if (tokens[k].type !== 'word' || telling(tokens[k].norm)) return false;
  return true;
}
const APPOSITION_REACH = 7;
/** A word of saying or of a deed: no aside. */
const telling = (w: string) => SPEECH_WORDS.has(w) || KIND_WORDS.has(w);

/** How far before a pluperfect its verb of saying makes it reported speech: "said on Wednesday that it had". */
const BACKSHIFT_REACH = 6;

/** "JNIM said it had killed", "a affirmé qu'il avait tué": a pluperfect of reported speech, not a recall. */
export function toldBefore(tokens: Token[], s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(s.first, k - BACKSHIFT_REACH); j--)
    if (SPEECH_WORDS.has(tokens[j].norm)) return true;
  return false;
}
