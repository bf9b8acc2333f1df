/**
 * The predicate of a figure: the verb or noun of what happened before it ("killed dozens of",
 * "la mort de", "a perdu 9 hommes") or after its noun phrase ("ont été tués", "were in fact
 * killed"), over adverbs, asides in commas, phrases of manner, a last list item and, in Arabic's
 * verb-subject-object order, the subject between.
 */
import type { Kind, Subject } from '../types';
import {
  ACTIVE_AUXILIARIES,
  AUXILIARIES,
  CLAIMANT_NEXT,
  ARMY_WORDS,
  FOREIGN_WORDS,
  BEFORE_FILLERS,
  DEATH_TOLL_NOUNS,
  isAdverb,
  KIND_PHRASES,
  KIND_WORDS,
  PERSON_KINDS,
  PREDICATE_FILLERS,
  SUBJECT_WORDS,
} from './lexicon';
import { DETERMINERS, kindAt, THING_SUBJECTS } from './noun-phrase';
import {
  agentBetween,
  arabicAgentStart,
  asideStart,
  hedgeAside,
  mannerEndingAt,
  timeAdjunctStart,
  uncountedItemsStart,
} from './verb-gaps';
import { coordinatedKind, countFollows } from './coordination';
import { OF_WORDS } from './lexicon-np';
import { isAccentedA, type Token } from './tokens';
import { findGroups } from './groups';
import { GROUP_SIDES } from './lexicon-actors';

const COMPLEMENT = new Set(['of', 'from', 'de', 'du', 'des', "d'"]);
/** Participles that open a modifier between a figure's noun and its verb ("belonging to", "utilisées par"). */
const MODIFIERS = new Set([
  ...['belonging', 'used', 'owned', 'carrying', 'transporting'],
  ...['appartenant', 'utilises', 'utilisees', 'transportant'],
  // Where the persons served: "10 soldiers stationed in the camp", "10 soldats basés à Boni".
  ...['stationed', 'deployed', 'based', 'serving', 'posted'],
  ...['stationnes', 'deployes', 'servant', 'affectes', 'cantonnes'],
]);
const PREPOSITIONS = new Set([
  ...['to', 'by', 'a', 'au', 'aux', 'par', 'de', 'des', 'du'],
  ...['in', 'at', 'with', 'dans', 'en', 'aupres'],
]);
export const PERTE = new Set(['perte', 'pertes']);
/** Adverbial phrases between a figure's auxiliary and its participle. */
const HEDGE_PHRASES = [
  ['in', 'fact'],
  ['en', 'effet'],
  ['bel', 'et', 'bien'],
  ['au', 'total'],
  ['in', 'total'],
  ['so', 'far'],
  ['a', 'priori'],
];
/** Nouns of fighters that say nothing of their side: "Wagner lost 20 fighters", "perdu 20 combattants". */
export const GENERIC_FIGHTERS = new Set(['fighters', 'combattants', 'hommes', 'men', 'elements']);
export const OF = new Set(['of', 'de', 'des', "d'"]);
/** Verbs of leaving the dead behind: the bodies are of the side that left them. */
/** "…, abandonnant sur le terrain 8 corps", "fled, leaving behind 9 bodies": the clause's subject left them. */
const PARTICIPLE_LEFT = ['laissant', 'abandonnant', 'leaving', 'abandoning'];
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
/** A lot of things before their count: "un important lot de", "a large cache of". */
const LOT_NOUNS = new Set([
  'lot',
  'stock',
  'cargaison',
  'cache',
  'batch',
  'stockpile',
  'quantite',
  'quantity',
]);
const LOT_QUALIFIERS = new Set([
  'un',
  'une',
  'a',
  'an',
  'important',
  'importante',
  'large',
  'gros',
  'grand',
  'big',
]);
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
const LOST = new Set(['lost', 'perdu', 'loses', 'perd', 'perte', 'pertes']);

/** Does the army stand just before the verb at k ("L'armée a perdu", "the army lost")? */
function armyBefore(tokens: Token[], k: number, from: number): boolean {
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
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
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

const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'they']);
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

/** The verb just before a figure: "killed dozens of", "la mort dimanche de", "seizing 15". */
export function kindBefore(
  tokens: Token[],
  first: number,
  from: number,
): {
  kind: Kind;
  start: number;
  neutralised?: boolean;
  lost?: boolean;
  armyLost?: boolean;
  loser?: Subject | null;
} | null {
  const figure = first;
  for (let k = first - 1, steps = 0; k >= from && steps < 6; k--, steps++) {
    for (let s = Math.max(from, k - 4); s <= k; s++) {
      const p = KIND_PHRASES.matchAt(tokens, s, k + 1);
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
    // "tué par balles 12 civils": step back over a phrase of manner.
    const manner = mannerEndingAt(tokens, k, from);
    if (manner) {
      k -= manner - 1;
      continue;
    }
    if (BEFORE_FILLERS.has(tokens[k].norm) || isAdverb(tokens[k])) continue;
    // "saisi lors de l'opération 05 motos": step back over a short time phrase.
    const time = timeAdjunctStart(tokens, k, from);
    if (time !== null) {
      k = time;
      continue;
    }
    // Arabic's verb-subject-object, read through its gloss: "قتل المسلحون 12 مدنيا" is "killed
    // gunmen 12 civilians". A fighters' noun between a verb and its figure is the verb's subject.
    if (agentBetween(tokens, k, figure)) continue;
    // "قتل الجيش المالي 12 مدنيا", read "killed malian army 12 civilians": a longer agent.
    const vso = k === figure - 1 ? arabicAgentStart(tokens, figure) : -1;
    if (vso >= 0) {
      k = vso + 1;
      continue;
    }
    // "récupéré un important lot de 04 motos", "seized a large cache of 12 rifles": the lot's words.
    if (LOT_NOUNS.has(tokens[k].norm) && OF.has(tokens[k + 1]?.norm ?? '')) {
      while (k - 1 > from && LOT_QUALIFIERS.has(tokens[k - 1].norm)) k--;
      continue;
    }
    // "emporté des armes et des munitions ainsi que 3 véhicules": things named without a count.
    const items = uncountedItemsStart(tokens, k, from);
    if (items !== null && items > from) {
      k = items;
      continue;
    }
    // "ont saisi, entre autres, 12 motos": step back over a short aside in commas.
    const open = asideStart(tokens, k, from);
    if (open === null) return null;
    k = open;
  }
  return null;
}

/**
 * Things named without a count after a counted one, up to the predicate: "motos et munitions" in
 * "Plusieurs armes, motos et munitions ont été récupérées". The index after them, or -1.
 */
function bareThingsEnd(tokens: Token[], from: number, limit: number): number {
  let things = 0;
  let and = false;
  let e = from;
  for (; e < limit && e < from + BARE_THINGS_REACH; e++) {
    const n = tokens[e].norm;
    const s = SUBJECT_WORDS.get(n);
    if (s && THING_SUBJECTS.has(s)) things++;
    else if (AND_WORDS.has(n)) and = true;
    else if (n !== ',' && !DETERMINERS.has(n) && !['des', 'de', "d'", 'du'].includes(n)) break;
  }
  return things && and && e < limit && (PREDICATE_FILLERS.has(tokens[e].norm) || kindAt(tokens, e, limit))
    ? e
    : -1;
}
const BARE_THINGS_REACH = 8;

/** The participle after the noun phrase: "were “neutralised”", "ont été tués", "sont portés disparus". */
export function kindAfter(
  tokens: Token[],
  from: number,
  limit: number,
  aside = false,
): { kind: Kind; end: number } | null {
  for (let j = from, steps = 0; j < limit && steps < 8; j++, steps++) {
    const k = kindAt(tokens, j, limit);
    // "killed 12 soldiers and 5 civilians and wounded 20 others": a verb after "and" with its
    // own count is the next clause's, not this figure's predicate.
    if (k && j > from && AND_WORDS.has(tokens[j - 1].norm) && countFollows(tokens, k.end)) return null;
    if (k) return k;
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
    if (aside && (j === from || afterNoun) && ASIDE_CLOSERS.has(tokens[j].text)) continue;
    // "20 Russian paramilitaries of the Africa Corps were killed": step over a short complement.
    // "12 motos appartenant aux terroristes ont été détruites", "used by the attackers were": a participle's phrase.
    const modifier = j === from && MODIFIERS.has(tokens[j].norm);
    if (j === from && (COMPLEMENT.has(tokens[j].norm) || modifier)) {
      const start = modifier && PREPOSITIONS.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
      let e = start;
      while (
        e < limit &&
        e < j + 8 &&
        tokens[e].type === 'word' &&
        (!PREDICATE_FILLERS.has(tokens[e].norm) || DETERMINERS.has(tokens[e].norm)) &&
        !kindAt(tokens, e, limit)
      )
        e++;
      // "Ten troops from Chad died": the complement ends at its auxiliary or at the verb itself.
      if (e < limit && e > start && (PREDICATE_FILLERS.has(tokens[e].norm) || kindAt(tokens, e, limit))) {
        j = e - 1;
        continue;
      }
    }
    // "…, ainsi qu'une quarantaine de terroristes, ont été tués": the comma that closes the aside.
    if (tokens[j].text === ',' && j === from && j + 1 < limit && PREDICATE_FILLERS.has(tokens[j + 1].norm))
      if (!DETERMINERS.has(tokens[j + 1].norm) && alongWithBefore(tokens, j)) continue;
    // "12 soldats ont été, semble-t-il, tués", "were, it seems, killed", "were, reportedly, killed":
    // a hedge set in commas.
    const hedge = tokens[j].text === ',' && j > from ? hedgeAside(tokens, j + 1) : 0;
    if (hedge) {
      j += hedge;
      continue;
    }
    // "12 soldats ont, selon l'armée, été tués", "were, according to the army, killed": an
    // attribution set in commas inside the verb.
    if (tokens[j].text === ',' && j > from && CLAIMANT_NEXT.matchAt(tokens, j + 1, limit)) {
      let e = j + 1;
      while (e < limit && e < j + 10 && tokens[e].text !== ',' && tokens[e].type !== 'num') e++;
      if (e < limit && tokens[e].text === ',') {
        j = e;
        continue;
      }
    }
    // "Plusieurs armes, motos et munitions ont été récupérées": the other things of the counted lot.
    if (tokens[j].text === ',' && j === from) {
      const e = bareThingsEnd(tokens, j + 1, limit);
      if (e > 0) {
        j = e - 1;
        continue;
      }
    }
    // "At least 26 people, mostly women and children, were killed": step over a short aside.
    if (tokens[j].text === ',' && j === from) {
      let e = j + 1;
      while (e < limit && e < j + 9 && tokens[e].text !== ',' && tokens[e].type !== 'num') e++;
      if (e < limit && tokens[e].text === ',') {
        j = e;
        continue;
      }
    }
    // "récupéré 4 motos et 1 véhicule et ont détruit 3 bases": a second verb of the sentence's subject.
    // Not English "and a": the article, not French "a" (has).
    const aux = tokens[j + 1]?.norm ?? '';
    if (
      j === from &&
      AND_WORDS.has(tokens[j].norm) &&
      ACTIVE_AUXILIARIES.has(aux) &&
      !(tokens[j].norm === 'and' && aux === 'a')
    )
      return null;
    // "12 motos et un important lot d'armes ont été saisis": step over a last list item without a number.
    const lastItem =
      AND_WORDS.has(tokens[j].norm) ||
      (ONE.has(tokens[j - 1]?.norm ?? '') && AND_WORDS.has(tokens[j - 2]?.norm ?? ''));
    if (j === from && lastItem) {
      const e = wordsWithoutNumber(tokens, j, limit, 11, (t) => t.type === 'word' || ONE.has(t.norm));
      if (e > j + 1 && !DETERMINERS.has(tokens[e - 1].norm)) {
        j = e - 1;
        continue;
      }
    }
    // "18 forains dont des femmes et des enfants ont été tués": step over a breakdown without a number.
    if (j === from && BREAKDOWN_OPENERS.has(tokens[j].norm)) {
      const e = wordsWithoutNumber(tokens, j, limit, 9, (t) => t.type === 'word');
      if (e > j + 1) {
        j = e - 1;
        continue;
      }
    }
    // "12 civils qui travaillaient aux champs ont été tués", "12 people who lived near the camp were
    // killed": the main predicate after the relative clause, past the relative's own verb.
    if (j === from && RELATIVE_SUBJECTS.has(tokens[j].norm)) return predicateAfterRelative(tokens, j, limit);
    // "12 éléments de la milice Dan Na Ambassagou ont été tués": an organisation's name after its noun.
    if (j === from && ORGANISATION_NOUNS.has(tokens[j - 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[j].text)) {
      let e = j;
      while (e < limit && e < j + NAME_REACH && tokens[e].type === 'word' && /^\p{Lu}/u.test(tokens[e].text))
        e++;
      if (e < limit && PREDICATE_FILLERS.has(tokens[e].norm)) {
        j = e - 1;
        continue;
      }
    }
    // "12 gardes nationaux ont été tués", "12 civils innocents ont été tués": one adjective after the noun.
    if (j === from && j > 0 && tokens[j].type === 'word' && /^\p{Ll}/u.test(tokens[j].text)) continue;
    if (!PREDICATE_FILLERS.has(tokens[j].norm) && !isAdverb(tokens[j])) {
      // "were rounded up and executed", "ont été regroupés puis exécutés": after the auxiliary,
      // another participle coordinated with the kind's.
      return j > from ? coordinatedKind(tokens, j, limit) : null;
    }
  }
  return null;
}

/** Marks that close a breakdown told as an aside. */
const ASIDE_CLOSERS = new Set([',', ')', '\u2014', '\u2013']);

/** Relative pronouns that are the subject of their clause: "qui", "who", "that", "which". */
const RELATIVE_SUBJECTS = new Set(['qui', 'who', 'that', 'which']);
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
/**
 * "5 blessés ont succombé", "two of the wounded later died": the wounded who died are dead. The
 * death's verb right after the wounded, over auxiliaries and adverbs.
 */
export function woundedDied(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 5); k++) {
    const w = tokens[k].norm;
    if (w === 'succombe' || w === 'succumbed' || w === 'died' || w === 'decede' || w === 'decedes')
      return true;
    if (
      !HAVE.has(w) &&
      !BE.has(w) &&
      !isAdverb(tokens[k]) &&
      !['later', 'since', 'depuis', 'finalement'].includes(w)
    )
      return false;
  }
  return false;
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
const BE = new Set(['sont', 'etaient', 'furent', 'est', 'etait', 'were', 'was', 'are', 'is']);
const HAVE = new Set(['ont', 'avaient', 'a', 'avait', 'have', 'had', 'has']);
const BEEN = new Set(['ete', 'been']);

/**
 * The end of a run of words after token j — no number, no word of what happened — that stops
 * before a verb ("dont des femmes et des enfants | ont été tués"); j + 1 if there is none.
 */
function wordsWithoutNumber(
  tokens: Token[],
  j: number,
  limit: number,
  reach: number,
  item: (t: Token) => boolean,
): number {
  let e = j + 1;
  while (e < limit && e < j + reach && item(tokens[e]) && !kindAt(tokens, e, limit)) {
    // "and a large stock of weapons": "of" joins the item's words, as "d'" does.
    const w = tokens[e].norm;
    if (PREDICATE_FILLERS.has(w) && !DETERMINERS.has(w) && !OF_WORDS.has(w)) break;
    e++;
  }
  return e < limit && tokens[e].type === 'word' ? e : j + 1;
}

/** An aside opened by "ainsi que", "along with" in the few words before token j. */
function alongWithBefore(tokens: Token[], j: number): boolean {
  for (let k = Math.max(0, j - 12); k < j; k++) if (ALONG_WITH.has(tokens[k].norm)) return true;
  return false;
}
export const AND_WORDS = new Set(['et', 'and']);
/** Words that open an aside adding another figure to the subject: "ainsi que", "along with". */
const ALONG_WITH = new Set(['ainsi', 'together', 'along', 'meme', 'well', 'cotes']);
/** An article before a last list item: "et un lot d'armes", "and a pick-up". */
const ONE = new Set(['un', 'une', 'a', 'an']);
/** Words that open a breakdown inside a noun phrase: "dont des femmes", "including children". */
export const BREAKDOWN_OPENERS = new Set(['dont', 'including', 'notamment', 'mostly', 'majoritairement']);

/**
 * A toll that names no kind, set to persons: "the toll rose to 43 soldiers", "le bilan est passé
 * à 43 soldats", "the army put the toll at 30 soldiers". A toll of persons is of the dead. The toll
 * noun stands a few words before, in the same clause, with no other kind between (a word of
 * the dead only when `overDead`: a bare number after "le bilan des Casques bleus tués" is
 * described-tolls' to read, with the side the words give).
 */
export function tollBefore(tokens: Token[], first: number, from: number, overDead = true): boolean {
  // The figure is what the toll comes to ("à", "at", "to", "de", "of"), not an agent of the
  // attack ("le bilan de l'attaque menée par 300 djihadistes").
  if (!TOLL_LINKS.has(tokens[first - 1]?.norm ?? '')) return false;
  for (let k = first - 1; k >= Math.max(from, first - TOLL_REACH); k--) {
    const t = tokens[k];
    if (t.type === 'punct' && t.text !== "'") return false;
    // "the toll of the dead rose to 40 civilians": a word of the dead belongs to the toll.
    const kind = KIND_WORDS.get(t.norm);
    if (kind && (kind !== 'killed' || !overDead)) return false;
    if (DEATH_TOLL_NOUNS.has(t.norm)) return true;
  }
  return false;
}
const TOLL_REACH = 16;
const TOLL_LINKS = new Set([
  'a',
  'at',
  'to',
  'de',
  'of',
  'was',
  'is',
  'were',
  'are',
  'stood',
  'est',
  'etait',
  'sont',
]);

/** Words that open a predicate of the figure's own: an auxiliary, a reflexive, a verb in the past. */
const PREDICATE_OPENERS = new Set([
  ...AUXILIARIES,
  ...ACTIVE_AUXILIARIES,
  ...['se', "s'", 'etaient', 'auraient', 'furent'],
  ...['managed', 'fled', 'ran', 'hid', 'went', 'got', 'escaped', 'survived'],
  // Displacement, no toll: "et 200 familles déplacées", "and dozens of families who fled".
  ...['deplaces', 'deplacees', 'displaced', 'ayant', 'who', 'qui', 'refugies', 'refugiees'],
]);
/** How many words of its noun phrase may stand between a bare figure and its own verb. */
const NOUN_REACH = 3;
const OTHERS = new Set(['others', 'other', 'autres', 'more']);

/** Is the figure ending at k the subject of a verb of its own ("et 5 se sont rendus", "and 5 surrendered")? */
export function ownPredicate(tokens: Token[], k: number): boolean {
  let j = k;
  if (OTHERS.has(tokens[j]?.norm ?? '')) j++;
  // "et 3 civils en ont réchappé": the pronoun before the verb.
  if (tokens[j]?.norm === 'en' && ACTIVE_AUXILIARIES.has(tokens[j + 1]?.norm ?? '')) j++;
  // "à" folds as the auxiliary "a": "12 soldats et 5 civils à Boni" has no verb of its own.
  const opens = (t: Token | undefined) =>
    !!t &&
    t.type === 'word' &&
    !isAccentedA(t) &&
    !KIND_WORDS.has(t.norm) &&
    (PREDICATE_OPENERS.has(t.norm) || (/^[a-z]{4,}ed$/.test(t.norm) && !/^(?:includ|involv)/.test(t.norm)));
  if (opens(tokens[j])) return true;
  // "et de dizaines de familles ayant fui", "and 200 families were displaced": over the figure's
  // own nouns, to a verb that names no kind.
  for (let n = 0; n < NOUN_REACH; n++, j++) {
    const t = tokens[j];
    if (!t || t.type !== 'word' || KIND_WORDS.has(t.norm) || PREDICATE_OPENERS.has(t.norm)) break;
  }
  return j > k && opens(tokens[j]) && !KIND_WORDS.has(tokens[j + 1]?.norm ?? '');
}
