/**
 * "un"/"a" read as one, for numbers.ts: before a person or a thing the lexicon knows ("un
 * soldat", "a senior commander", "a machine gun"), and "un autre", "another", "a third" standing
 * alone as the subject of their verb.
 */
import { isAdverb, isAttackNoun, KIND_PHRASES, NP_FILLERS, KIND_WORDS, SUBJECT_WORDS } from './lexicon';
import { countedThing } from './figure-digits';
import { PERSON_NOUNS, SINGULAR } from './number-words';
import { EN_ORDINALS, FR_ORDINALS } from './lexicon-np';
import type { Token } from './tokens';
import { findGroups } from './groups';
import { groupComplement } from './np-complements';

/** A noun after which "un"/"a" counts one: a person noun, or any noun the lexicon gives a side or a thing. */
export function countable(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (PERSON_NOUNS.has(t.norm) || SUBJECT_WORDS.has(t.norm));
}

/**
 * A qualifier, then a person noun: "senior commander", "jeune soldat" (not "a few soldiers"); with
 * a capital, only a side's own ("a Malian soldier", "a UN peacekeeper"), not a name.
 */
export const personAfterWord = (tokens: Token[], j: number) => personQualifiers(tokens, j) > 0;

/** A group's name of one word at k ("JNIM", "EIGS"): "a JNIM commander". */
const groupName = (tokens: Token[], k: number) =>
  /^\p{Lu}/u.test(tokens[k]?.text ?? '') && findGroups(tokens, k, k + 1).length > 0;

/**
 * A qualifier of a person at k: "senior", "jeune", "UN", a group's name ("JNIM") — not the noun
 * of an attack ("une attaque terroriste", "an attack by jihadists" count no person).
 */
const qualifier = (tokens: Token[], k: number) =>
  tokens[k]?.type === 'word' &&
  (/^\p{Ll}/u.test(tokens[k].text)
    ? !NOT_QUALIFIERS.has(tokens[k].norm) && !isAttackNoun(tokens[k])
    : tokens[k].text === 'UN' || NP_FILLERS.has(tokens[k].norm) || groupName(tokens, k));

/** A person at k: a person noun, or a member's noun with its group after it ("responsable de l'EIGS"). */
const personAt = (tokens: Token[], k: number) =>
  PERSON_NOUNS.has(tokens[k]?.norm ?? '') || memberOfGroup(tokens, k);

/**
 * How many qualifiers stand between "a"/"un" at j-1 and its person: "senior commander" 1, "JNIM
 * commander" 1, "senior JNIM commander" 2, "haut responsable de l'EIGS" 1; 0 when none or no person.
 */
export function personQualifiers(tokens: Token[], j: number): number {
  if (!qualifier(tokens, j)) return 0;
  if (personAt(tokens, j + 1)) return 1;
  return groupName(tokens, j + 1) && personAt(tokens, j + 2) ? 2 : 0;
}

/** Nouns of a group's cadre, counted only with the group named after them: "un cadre du JNIM", "a leader of ISSP". */
const MEMBER_HEADS = new Set(['responsable', 'cadre', 'dirigeant', 'official', 'figure', 'member', 'membre']);

/** "un (haut) responsable de l'EIGS", "a senior member of JNIM": one of a group, by its group after. */
export function memberOfGroup(tokens: Token[], k: number): boolean {
  return (
    MEMBER_HEADS.has(tokens[k]?.norm ?? '') &&
    groupComplement(tokens, k + 1, Math.min(tokens.length, k + 8)) !== null
  );
}
/** Words after "a"/"un" that open an amount or a verb, not a qualifier of one person. */
const NOT_QUALIFIERS = new Set([
  ...['few', 'couple', 'handful', 'number', 'lot', 'total', 'further', 'dozen', 'score', 'group'],
  ...['certain', 'grand', 'nombre', 'groupe', 'total', 'tue', 'blesse', 'perdu', 'fait', 'ete'],
]);

/** A word, then a thing the lexicon knows: "machine gun", "armoured vehicle". */
export const thingAfterWord = (tokens: Token[], j: number) =>
  tokens[j]?.type === 'word' && countedThing(tokens[j + 1]);

/** Verbs and auxiliaries that may follow "un autre" as its predicate: "un autre a été blessé", "another died". */
const OTHER_PREDICATES = new Set([
  'a',
  'est',
  'was',
  'is',
  'has',
  'had',
  'avait',
  'died',
  'succombe',
  'meurt',
  'mourut',
]);

/** "un autre" / "une autre" / "one other" standing alone as a subject, before its verb. */
export function oneOther(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1]?.norm ?? '';
  // "un troisième est porté disparu", "and a third was wounded": one more, counted by its rank.
  const one =
    (SINGULAR.has(t.norm) && t.norm !== 'a' && (next === 'autre' || FR_ORDINALS.has(next))) ||
    (t.norm === 'one' && next === 'other') ||
    (t.norm === 'a' && EN_ORDINALS.has(next));
  // "and another wounded", "another was killed": one word for "one other".
  let at = t.norm === 'another' ? i + 1 : i + 2;
  if (!one && t.norm !== 'another') return false;
  // "and another seriously wounded", "et un autre grièvement blessé": an adverb before the verb.
  while (tokens[at] && isAdverb(tokens[at])) at++;
  if (OTHER_PREDICATES.has(tokens[at]?.norm ?? '')) return true;
  // "deux soldats ont été tués et un autre blessé", "et un autre porté disparu", "un véhicule a
  // été détruit et un autre emporté": after "et", the verb's participle alone.
  if (!['et', 'and'].includes(tokens[i - 1]?.norm ?? '')) return false;
  return !!(KIND_WORDS.get(tokens[at]?.norm ?? '') ?? KIND_PHRASES.matchAt(tokens, at)?.value);
}
