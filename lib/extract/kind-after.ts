/**
 * The verb after a figure's noun phrase ("ont été tués", "were in fact killed", "sont portés
 * disparus"), stepping over hedges, a complement or a participle's phrase, asides and breakdowns
 * in commas, a last list item, an organisation's name and a relative clause.
 */
import type { Kind } from '../types';
import { coordinatedKind, countFollows } from './coordination';
import {
  ACTIVE_AUXILIARIES,
  AUXILIARIES,
  isAdverb,
  ADVERB_PHRASES,
  PREDICATE_FILLERS,
  SUBJECT_WORDS,
  SPEECH_WORDS,
} from './lexicon';
import { DETERMINERS, kindAt, THING_SUBJECTS } from './noun-phrase';
import { amountWord, MONTHS } from './number-words';
import type { Token } from './tokens';
import { AND_WORDS, bareThingsEnd, joinerEnd, wordsWithoutNumber } from './uncounted-runs';
import { ASIDE_CLOSERS, commaAsideEnd, complementEnd } from './phrase-asides';
import { injuryBorne } from './injury-borne';
import { RELATIVE_SUBJECTS } from './lexicon-np';

/** Adverbial phrases between a figure's auxiliary and its participle. */
const HEDGE_PHRASES = [
  ['in', 'fact'],
  ['en', 'effet'],
  ['bel', 'et', 'bien'],
  ['au', 'total'],
  ['in', 'total'],
  ['so', 'far'],
  ['a', 'priori'],
  ['plus', 'ou', 'moins'],
  ['more', 'or', 'less'],
];
/** "légèrement ou grièvement blessés", "slightly or seriously wounded": two adverbs joined. */
const ADVERB_JOINERS = new Set(['ou', 'or', 'et', 'and']);

const NAME_REACH = 4;
/** Nouns an organisation's name follows: "la milice Dan Na Ambassagou", "the militia Dan Na Ambassagou". */
const ORGANISATION_NOUNS = new Set([
  'milice',
  'militia',
  'groupe',
  'group',
  'mouvement',
  'movement',
  'katiba',
]);

/** The participle after the noun phrase: "were “neutralised”", "ont été tués", "sont portés disparus". */
export function kindAfter(
  tokens: Token[],
  from: number,
  limit: number,
  aside = false,
): { kind: Kind; end: number } | null {
  // Where the noun phrase ends, past its complement ("un enfant de 10 ans").
  let phraseEnd = from;
  for (let j = from, steps = 0; j < limit && steps < 8; j++, steps++) {
    const k = kindAt(tokens, j, limit);
    // "killed 12 soldiers and 5 civilians and wounded 20 others": a verb after "and" with its
    // own count is the next clause's, not this figure's predicate.
    // So is a phrase that opens with it ("15 assaillants et perdu deux hommes").
    const and = AND_WORDS.has(tokens[j].norm) || (j > from && AND_WORDS.has(tokens[j - 1].norm));
    if (k && and && countFollows(tokens, k.end)) return null;
    // "Trois militaires ont tué 12 civils": the phrase is the verb's subject, not whom it struck.
    if (k) return activeOverObject(tokens, from, j, k.end) ? null : k;
    // "17 soldiers were in fact killed", "ont bel et bien été tués": an adverbial phrase.
    const phrase = HEDGE_PHRASES.find((p) => p.every((w, i) => tokens[j + i]?.norm === w));
    if (phrase) {
      j += phrase.length - 1;
      continue;
    }
    // "13 civilians, including five children, were killed": the comma closing the breakdown —
    // or its bracket or dash ("12 soldats (dont deux officiers) ont été tués", "— dont deux officiers —").
    // "dont deux officiers et trois médecins, ont été tués": past a noun the lexicon does not know.
    const afterNoun = j === from + 1 && tokens[from].type === 'word' && /^\p{Ll}/u.test(tokens[from].text);
    if (aside && (j === phraseEnd || afterNoun) && ASIDE_CLOSERS.has(tokens[j].text)) continue;
    // The steps at the phrase's end (j === from) and inside the verb (j > from) exclude each
    // other; each gives the index the scan goes on after, or -1.
    let step = -1;
    if (j === from) {
      // "7 soldiers sustained minor injuries", "7 soldats ont subi de graves blessures".
      const injury = injuryBorne(tokens, j, limit);
      if (injury) return injury;
      step = complementEnd(tokens, j, limit);
      if (step >= 0) phraseEnd = step + 1;
      if (step < 0 && secondVerb(tokens, j)) return null;
      if (step < 0) step = listItemEnd(tokens, j, limit);
      // "12 civils qui travaillaient aux champs ont été tués", "12 people who lived near the camp were
      // killed": the main predicate after the relative clause, past the relative's own verb.
      if (step < 0 && RELATIVE_SUBJECTS.has(tokens[j].norm)) return predicateAfterRelative(tokens, j, limit);
      if (step < 0) step = organisationNameEnd(tokens, j, limit);
      // "One of them said the attackers had seized…", "deux d'entre eux affirment que…": the phrase
      // names speakers; what they say is not their predicate ("12 soldiers reported killed" is).
      if (step < 0 && SPEECH_WORDS.has(tokens[j].norm) && !kindAt(tokens, j + 1, limit)) return null;
      // "12 gardes nationaux ont été tués", "12 civils innocents ont été tués": one adjective after the noun.
      if (step < 0 && j > 0 && tokens[j].type === 'word' && /^\p{Ll}/u.test(tokens[j].text)) step = j;
      // "including seven Mauritanians,", "dont sept Nigériens,": a people's name in a breakdown.
      if (
        step < 0 &&
        aside &&
        /^\p{Lu}\p{Ll}+s$/u.test(tokens[j].text) &&
        ASIDE_CLOSERS.has(tokens[j + 1]?.text)
      )
        step = phraseEnd = j + 1;
      // "2 motos Sanili", "3 pick-up Toyota Land Cruiser": a make or a model after a thing's noun.
      if (step < 0) step = makeEnd(tokens, j, limit);
      // "02 PKM, 01 RPG et 06 AK-47, récupérés par les FAMa", "12 soldiers, killed on Monday": a
      // past participle in apposition — not "…, tuant (sur le coup) 3 civils", a deed of its own.
      if (
        step < 0 &&
        tokens[j].text === ',' &&
        !aside &&
        !PRESENT_PARTICIPLE.test(tokens[j + 1]?.norm ?? '')
      ) {
        const k = kindAt(tokens, j + 1, limit);
        if (k && !objectAt(tokens, k.end)) return k;
      }
    } else step = commaAsideEnd(tokens, j, limit);
    // "ont par ailleurs été tués", "were in addition wounded": an adverb of several words.
    if (step < 0) step = (ADVERB_PHRASES.matchAt(tokens, j, limit)?.end ?? 0) - 1;
    if (step >= 0) {
      j = step;
      continue;
    }
    const joined =
      ADVERB_JOINERS.has(tokens[j].norm) &&
      isAdverb(tokens[j - 1]) &&
      !!tokens[j + 1] &&
      isAdverb(tokens[j + 1]);
    if (!PREDICATE_FILLERS.has(tokens[j].norm) && !isAdverb(tokens[j]) && !joined) {
      // "were rounded up and executed", "ont été regroupés puis exécutés": after the auxiliary,
      // another participle coordinated with the kind's.
      return j > from ? coordinatedKind(tokens, j, limit) : null;
    }
  }
  return null;
}

/** A word of the passive between a noun phrase and its participle: "ont été tués", "were killed". */
const passiveWord = (w: string) => BE.has(w) || BEEN.has(w) || w === 'being';
/** Quantifiers that open an object's count: "tué au moins 12", "killed more than 20". */
const OBJECT_OPENERS = new Set([
  ...['au', 'moins', 'plus', 'de', 'at', 'least', 'more', 'than', 'some', 'about'],
  // "a tué les quatre occupants", "killed all four occupants".
  ...['all', 'tous', 'toutes', 'les', 'the'],
]);

/**
 * "Trois militaires ont tué 12 civils", "two gunmen shot dead 12 villagers": the verb at j..end,
 * active (no "été", "were" between the phrase at `from` and it), has an object after it. The
 * phrase before is its subject.
 */
function activeOverObject(tokens: Token[], from: number, j: number, end: number): boolean {
  for (let k = from; k < j; k++) if (passiveWord(tokens[k].norm)) return false;
  return objectAt(tokens, end);
}

/** "tués les 3 et 4 mai": a day of the month, no count. */
function dayOfMonth(tokens: Token[], o: number): boolean {
  for (let k = o + 1; k <= o + 3; k++) if (MONTHS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/** An object right after a verb ending before `end`: a count, or persons or things after their article. */
export function objectAt(tokens: Token[], end: number): boolean {
  let o = end;
  while (o < end + 4 && OBJECT_OPENERS.has(tokens[o]?.norm ?? '')) o++;
  // Not past the sentence's end: "Bilan : 6 soldats tués | L'armée a lancé…".
  if (tokens[o]?.sentence !== tokens[end - 1]?.sentence) return false;
  if (tokens[o] && amountWord(tokens[o])) return !dayOfMonth(tokens, o);
  // "tué les civils", "killed the villagers": a determiner (skipped above, or "des", "un") then the noun.
  if (o > end && DETERMINERS.has(tokens[o - 1].norm)) o--;
  if (!DETERMINERS.has(tokens[o]?.norm ?? '') && tokens[o]?.norm !== 'des') return false;
  const noun = SUBJECT_WORDS.get(tokens[o + 1]?.norm ?? '');
  return !!noun && noun !== 'people';
}

/** "et ont détruit", "and have seized": "and" at j, then an active auxiliary, opens a second verb. */
function secondVerb(tokens: Token[], j: number): boolean {
  // "récupéré 4 motos et 1 véhicule et ont détruit 3 bases": a second verb of the sentence's subject.
  // Not English "and a": the article, not French "a" (has).
  const aux = tokens[j + 1]?.norm ?? '';
  return (
    AND_WORDS.has(tokens[j].norm) && ACTIVE_AUXILIARIES.has(aux) && !(tokens[j].norm === 'and' && aux === 'a')
  );
}

/**
 * A last list item or a breakdown without a number after the noun phrase: "et un important lot
 * d'armes", "dont des femmes et des enfants". The index the scan goes on after; -1 when none.
 */
function listItemEnd(tokens: Token[], j: number, limit: number): number {
  // "12 motos et un important lot d'armes ont été saisis": step over a last list item without a number.
  // "2 PKM ainsi que des munitions ont été récupérés", "as well as": the joiner's last word.
  const joiner = joinerEnd(tokens, j);
  const lastItem =
    joiner >= 0 || (ONE.has(tokens[j - 1]?.norm ?? '') && AND_WORDS.has(tokens[j - 2]?.norm ?? ''));
  if (lastItem) {
    const at = Math.max(j, joiner);
    const e = wordsWithoutNumber(tokens, at, limit, 11, (t) => t.type === 'word' || ONE.has(t.norm));
    if (e > at + 1 && !DETERMINERS.has(tokens[e - 1].norm)) return e - 1;
  }
  // "18 forains dont des femmes et des enfants ont été tués": step over a breakdown without a number.
  if (BREAKDOWN_OPENERS.has(tokens[j].norm)) {
    const e = wordsWithoutNumber(tokens, j, limit, 9, (t) => t.type === 'word');
    if (e > j + 1) return e - 1;
  }
  return -1;
}

/** The last word of a make or model in capitals after a thing's noun ("motos Sanili"), or -1. */
function makeEnd(tokens: Token[], j: number, limit: number): number {
  const noun = SUBJECT_WORDS.get(tokens[j - 1]?.norm ?? '');
  if (!noun || !THING_SUBJECTS.has(noun)) return -1;
  let e = j;
  while (e < limit && e < j + MAKE_REACH && tokens[e].type === 'word' && /^\p{Lu}/u.test(tokens[e].text)) e++;
  if (e === j) return -1;
  // "2 motos Sanili, des munitions et des vivres ont été récupérés": the other things of the lot.
  const things = tokens[e]?.text === ',' ? bareThingsEnd(tokens, e + 1, limit) : -1;
  return things > 0 ? things - 1 : e - 1;
}
const MAKE_REACH = 3;

/**
 * "12 éléments de la milice Dan Na Ambassagou ont été tués": an organisation's name after its
 * noun, up to the verb. The index the scan goes on after; -1 when none.
 */
function organisationNameEnd(tokens: Token[], j: number, limit: number): number {
  if (!ORGANISATION_NOUNS.has(tokens[j - 1]?.norm ?? '') || !/^\p{Lu}/u.test(tokens[j].text)) return -1;
  let e = j;
  while (e < limit && e < j + NAME_REACH && tokens[e].type === 'word' && /^\p{Lu}/u.test(tokens[e].text)) e++;
  return e < limit && PREDICATE_FILLERS.has(tokens[e].norm) ? e - 1 : -1;
}

const RELATIVE_REACH = 14;
const CLAUSE_STOPS = new Set(['.', ';', ':', '(', ')']);

/**
 * The predicate after a relative clause opened at r: an auxiliary past the relative's own verb,
 * with a word of what happened right after it. The relative's own figure ("qui ont tué 5 civils")
 * is not read: the search starts after its first verb.
 */
function predicateAfterRelative(
  tokens: Token[],
  r: number,
  limit: number,
): { kind: Kind; end: number } | null {
  for (let e = r + 2; e < Math.min(limit, r + RELATIVE_REACH); e++) {
    if (CLAUSE_STOPS.has(tokens[e].text)) break;
    // "A soldier who survived the attack said some of his comrades had been taken prisoner": the
    // main verb is one of saying; the phrase names a speaker, and what follows is what it says.
    if (SPEECH_WORDS.has(tokens[e].norm) && e > r + 2) break;
    if (!AUXILIARIES.has(tokens[e].norm) && !ACTIVE_AUXILIARIES.has(tokens[e].norm)) continue;
    // "…, qui avait fait 20 morts": a number inside belongs to the relative clause.
    if (tokens[e + 1]?.type === 'num') break;
    const k = kindAfter(tokens, e, limit);
    if (k) return k;
  }
  // "12 soldats qui ont été blessés", "12 soldiers who were wounded": the relative's own passive;
  // "51 civils qui ont perdu la vie", "who died": a death told intransitively — not "qui ont tué".
  const a = tokens[r + 1]?.norm ?? '';
  const passive = BE.has(a) || (HAVE.has(a) && BEEN.has(tokens[r + 2]?.norm ?? ''));
  const own = kindAfter(tokens, r + 1, limit);
  if (!own) return null;
  let died = false;
  for (let k = r + 1; k < own.end; k++) died ||= DIED.has(tokens[k].norm);
  return passive || died ? own : null;
}

/** Deaths told without an object: "ont péri", "ont perdu la vie", "died", "lost their lives". */
const DIED = new Set([
  'peri',
  'perdu',
  'died',
  'perished',
  'succombe',
  'succumbed',
  'lost',
  'decede',
  'decedes',
]);
export const BE = new Set(['sont', 'etaient', 'furent', 'est', 'etait', 'were', 'was', 'are', 'is']);
export const HAVE = new Set(['ont', 'avaient', 'a', 'avait', 'have', 'had', 'has']);
const BEEN = new Set(['ete', 'been']);

/** "tuant", "killing", "faisant": a present participle tells a deed of its own. */
const PRESENT_PARTICIPLE = /(?:ant|ing)$/;
/** An article before a last list item: "et un lot d'armes", "and a pick-up". */
const ONE = new Set(['un', 'une', 'a', 'an']);
/** Words that open a breakdown inside a noun phrase: "dont des femmes", "including children". */
export const BREAKDOWN_OPENERS = new Set(['dont', 'including', 'notamment', 'mostly', 'majoritairement']);
