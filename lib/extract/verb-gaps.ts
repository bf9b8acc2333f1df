/**
 * What may stand between a verb and the figure after it, for kindBefore (predicates.ts) to step
 * over: a short time phrase ("saisi lors de l'opération 05 motos"), an aside in commas, a phrase
 * of manner ("tué par balles 12 civils") and, in Arabic's verb-subject-object order read through
 * its gloss, the subject ("قتل المسلحون 12 مدنيا": "killed gunmen 12 civilians").
 */
import { THING_SUBJECTS, type Kind, type Subject } from '../types';
import {
  ARMED_SIDES,
  ARMY_WORDS,
  FOREIGN_WORDS,
  isAdverb,
  KIND_PHRASES,
  KIND_WORDS,
  SUBJECT_WORDS,
} from './lexicon';
import { innerAdverb, MANNER_PHRASES, PERSON_TITLES, TIME_ADJUNCT_OPENERS } from './lexicon-np';
import { MALI_WORDS } from './lexicon-places';
import { MONTHS, WEEKDAYS } from './number-words';
import { isAccentedA, type Token } from './tokens';
import { ownPredicate } from './own-predicate';

/** Sides whose noun may stand as the subject between a verb and its figure (Arabic word order). */
/** "killed gunmen 12 civilians", "seized gunmen on 4 vehicles" (the gloss of "استولى المسلحون على"). */
export function agentBetween(tokens: Token[], k: number, figure: number): boolean {
  const agent = (j: number) =>
    (ARMED_SIDES.has(SUBJECT_WORDS.get(tokens[j]?.norm ?? '') ?? 'people') ||
      GROUP_AGENTS.has(tokens[j]?.norm ?? '')) &&
    KIND_WORDS.has(tokens[j - 1]?.norm ?? '');
  if (k === figure - 1 && tokens[k].norm === 'on')
    return agent(k - 1) || KIND_WORDS.has(tokens[k - 1]?.norm ?? '');
  return (k === figure - 1 || (k === figure - 2 && tokens[k + 1].norm === 'on')) && agent(k);
}
const ARABIC = /[\u0600-\u06FF]/;
/** A group by the gloss of its noun or name: "وقتلت الجماعة 4 جنود" ("killed group 4 soldiers"). */
const GROUP_AGENTS = new Set(['group', 'jnim', 'fla', 'aqim', 'csp', 'islamic state', 'rebels', 'tuareg']);
/** Words an agent's phrase may hold besides its side's nouns: "malian armed forces", "soldiers mali and mercenaries wagner". */
const AGENT_LINKS = new Set(['and', 'armed', 'of', 'the', 'unidentified']);

/**
 * Arabic's verb-subject-object, read through its gloss, with an agent of several words
 * ("قتلت القوات المسلحة المالية 12 مدنيا": "killed malian armed forces 12 civilians"): the
 * index of the verb before the agent, or -1.
 */
export function arabicAgentStart(tokens: Token[], figure: number): number {
  let side = false;
  for (let j = figure - 1; j >= Math.max(0, figure - 7); j--) {
    const t = tokens[j];
    if (!ARABIC.test(t.text)) return -1;
    if (KIND_WORDS.has(t.norm)) return side && j < figure - 1 ? j : -1;
    const subject = SUBJECT_WORDS.get(t.norm);
    if (
      (subject && ARMED_SIDES.has(subject)) ||
      ARMY_WORDS.has(t.norm) ||
      FOREIGN_WORDS.has(t.norm) ||
      GROUP_AGENTS.has(t.norm)
    )
      side = true;
    else if (!AGENT_LINKS.has(t.norm) && !MALI_WORDS.has(t.norm)) return -1;
  }
  return -1;
}

/** The start of a short time phrase ("lors de l'opération", "during the raid") ending at token k. */
export function timeAdjunctStart(tokens: Token[], k: number, from: number): number | null {
  for (let j = k; j >= Math.max(from, k - TIME_ADJUNCT_WORDS); j--) {
    const t = tokens[j];
    if (t.type === 'num' || (t.type === 'punct' && t.text !== "'") || KIND_WORDS.has(t.norm)) return null;
    for (const words of TIME_ADJUNCT_OPENERS) {
      const end = j + words.length;
      if (end <= k + 1 && words.every((w, i) => tokens[j + i].norm === w)) return j;
    }
  }
  return null;
}
const TIME_ADJUNCT_WORDS = 6;

/** Prepositions of a place or a day between a verb and its object: "à Boni", "on Monday", "near Boni". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'vers']);

/**
 * "a récupéré à Boni 04 PK-M", "recovered on Monday 4 machine guns", "seized near Boni 9
 * motorcycles": a place's name or a day after its preposition, ending at k. Its start; else null.
 */
export function placeOrDayAdjunctStart(tokens: Token[], k: number, from: number): number | null {
  const t = tokens[k];
  // "on Monday": the day itself is a filler the scan stepped over; its preposition remains.
  if (ADJUNCT_PREPOSITIONS.has(t.norm) && WEEKDAYS.has(tokens[k + 1]?.norm ?? '')) return k;
  const day = WEEKDAYS.has(t.norm);
  if (t.type !== 'word' || (!day && !/^\p{Lu}/u.test(t.text))) return null;
  // A name of two words: "à Sobane Da", "near Nioro du Sahel" is left to the name's last word.
  let j = k - 1;
  if (j > from && !day && /^\p{Lu}/u.test(tokens[j].text) && tokens[j].type === 'word') j--;
  if (j < from) return null;
  const p = tokens[j];
  if (isAccentedA(p) || ADJUNCT_PREPOSITIONS.has(p.norm)) return j;
  // "près de Boni".
  if (p.norm === 'de' && tokens[j - 1]?.norm === 'pres' && j - 1 >= from) return j - 1;
  return null;
}

const ASIDE_WORDS = 9;

/** The opening comma of a short aside in commas that closes at token k (a comma), if any. */
export function asideStart(tokens: Token[], k: number, from: number): number | null {
  if (tokens[k].text !== ',') return null;
  // "a tué, dans la nuit de samedi à dimanche, 12 civils": up to nine words; "a neutralisé, le
  // samedi 6 avril 2024, un chef terroriste": the numbers of a date.
  let numbers = false;
  for (let j = k - 1; j >= Math.max(from, k - ASIDE_WORDS - 1); j--) {
    const t = tokens[j];
    if (KIND_WORDS.has(t.norm)) return null;
    if (t.type === 'num') numbers = true;
    if (t.text !== ',') continue;
    const words = tokens.slice(j + 1, k);
    return !numbers || words.some((w) => MONTHS.has(w.norm) || WEEKDAYS.has(w.norm)) ? j : null;
  }
  return null;
}

/** The length of a phrase of manner ("par balles", "à bout portant") ending at token k, or 0. */
export function mannerEndingAt(tokens: Token[], k: number, from: number): number {
  for (const words of MANNER_PHRASES) {
    const start = k - words.length + 1;
    if (start < from) continue;
    if (words.every((w, i) => tokens[start + i].norm === w)) return words.length;
  }
  return 0;
}

/** Hedges of several words, or inverted: "semble-t-il", "paraît-il", "it seems" (adverbs are read as such). */
const HEDGE_ASIDES = new Set(['semble-t-il', 'parait-il', 'dit-on', 'it seems', 'it appears']);

/** The length of a hedge and its closing comma at token k ("semble-t-il,", "reportedly,"), or 0. */
export function hedgeAside(tokens: Token[], k: number): number {
  if (tokens[k + 1]?.text === ',' && (HEDGE_ASIDES.has(tokens[k]?.norm ?? '') || isAdverb(tokens[k])))
    return 2;
  if (tokens[k + 2]?.text === ',' && HEDGE_ASIDES.has(`${tokens[k]?.norm} ${tokens[k + 1]?.norm}`)) return 3;
  return 0;
}

/** The kind of a phrase of several words ending at token k ("mis la main sur", "took possession of"). */
export function kindPhraseEndingAt(tokens: Token[], k: number, from: number): Kind | undefined {
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const m = KIND_PHRASES.matchAt(tokens, j, k + 1, innerAdverb);
    if (m?.end === k + 1) return m.value;
  }
  return undefined;
}

/**
 * Coordinators before a list's last item: "et", "and", "ainsi que", "as well as", a comma; and the
 * bracket that opens the count of things just named ("des armes (03 AK-47, 01 PKM)").
 */
const LIST_JOINS = new Set(['et', 'and', ',', 'ainsi', 'que', 'as', 'well', '(']);
/** Determiners of a thing named without a count: "des armes", "leurs motos", "some ammunition". */
const UNCOUNTED_DETERMINERS = new Set([
  'des',
  'de',
  "d'",
  'du',
  'les',
  'leurs',
  'their',
  'some',
  'other',
  'autres',
]);

/**
 * Things named without a count before a counted one, under one verb: "emporté des armes et des
 * munitions ainsi que 3 véhicules", "took weapons, ammunition and three vehicles". The index of the
 * first of those items when the words before the figure (ending at k) are such a list, else null.
 */
export function uncountedItemsStart(tokens: Token[], k: number, from: number): number | null {
  if (!LIST_JOINS.has(tokens[k]?.norm ?? '')) return null;
  // "des motos (04)": a count alone in its bracket is the label of the noun before it (tally-labels.ts).
  if (tokens[k].norm === '(' && tokens[k + 2]?.text === ')') return null;
  // "destroyed a bridge and two trucks", "incendié la mairie et deux véhicules": one thing the
  // lexicon does not know, with its article, right before "and".
  const noun = tokens[k - 1];
  if (
    ['et', 'and'].includes(tokens[k].norm) &&
    k - 2 >= from &&
    ONE_THING_ARTICLES.has(tokens[k - 2].norm) &&
    noun?.type === 'word' &&
    !SUBJECT_WORDS.has(noun.norm) &&
    !KIND_WORDS.has(noun.norm)
  )
    return k - 2;
  let start: number | null = null;
  for (let j = k; j >= Math.max(from, k - UNCOUNTED_REACH); j--) {
    const n = tokens[j].norm;
    const subject = SUBJECT_WORDS.get(n);
    if (subject && (THING_SUBJECTS as readonly Subject[]).includes(subject)) start = j;
    else if (LIST_JOINS.has(n) || UNCOUNTED_DETERMINERS.has(n)) continue;
    // "des boutiques", "du carburant": a noun the lexicon does not know, after its determiner.
    else if (
      !subject &&
      tokens[j].type === 'word' &&
      !KIND_WORDS.has(n) &&
      UNCOUNTED_DETERMINERS.has(tokens[j - 1]?.norm ?? '')
    )
      start = j;
    else break;
  }
  if (start === null) return null;
  // The item's own determiner belongs to the list too.
  while (start > from && UNCOUNTED_DETERMINERS.has(tokens[start - 1].norm)) start--;
  // "récupéré, lors du ratissage, 6 motos": the noun of a time phrase is no item.
  if (openerEndsAt(tokens, start) || openerEndsAt(tokens, start - 1)) return null;
  // Arabic's verb and its preposition, glossed: "استولت على أسلحة وذخائر و6 سيارات" ("seized on …").
  if (
    start > from &&
    tokens[start - 1].norm === 'on' &&
    KIND_WORDS.get(tokens[start - 2]?.norm ?? '') === 'seized'
  )
    start--;
  return start;
}
const UNCOUNTED_REACH = 10;
const ONE_THING_ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une']);

/** Does a time phrase's opener ("lors du", "au cours de", "during") end at token k? */
function openerEndsAt(tokens: Token[], k: number): boolean {
  return TIME_ADJUNCT_OPENERS.some((words) => {
    const j = k - words.length + 1;
    return j >= 0 && words.every((w, i) => tokens[j + i]?.norm === w);
  });
}

const PERSON_ARTICLES = new Set([...ONE_THING_ARTICLES, 'his', 'her', 'their', 'son', 'sa', 'leur']);
const PERSON_REACH = 5;

/**
 * "tué le chef du village et deux de ses fils", "killed the mayor and two of his aides": one person
 * named with an article right before "and", the verb's object before the figure's. Where the
 * person's article stands (the verb is before it); null when none.
 */
export function namedPersonStart(tokens: Token[], k: number, from: number): number | null {
  if (!['et', 'and'].includes(tokens[k]?.norm ?? '')) return null;
  // "tué le chef et deux bergers ont été blessés": the figure's own verb after it.
  if (ownPredicate(tokens, k + 2)) return null;
  let person = false;
  for (let j = k - 1; j >= Math.max(from + 1, k - PERSON_REACH); j--) {
    const t = tokens[j];
    if (t.type !== 'word' || KIND_WORDS.has(t.norm)) return null;
    const side = SUBJECT_WORDS.get(t.norm);
    if (PERSON_TITLES.has(t.norm) || (side && !(THING_SUBJECTS as readonly Subject[]).includes(side)))
      person = true;
    if (PERSON_ARTICLES.has(t.norm) && KIND_WORDS.has(tokens[j - 1]?.norm ?? '')) return person ? j : null;
  }
  return null;
}
