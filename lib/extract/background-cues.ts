/**
 * Cue phrases of another time or of a period ("earlier this month", "the previous attack",
 * "since May", "depuis décembre"), but for the uses that tell the main event; and counted spans
 * of time ending now ("over the last six months").
 */
import {
  ACTIVE_AUXILIARIES,
  AUXILIARIES,
  BACKGROUND_CUES,
  isAttackNoun,
  KIND_WORDS,
  SPEECH_WORDS,
  TOLL_SETTERS,
} from './lexicon';
import { CLASH_STEMS, CLASH_WORDS, hasStem } from './lexicon-actors';
import { LAST_PERIODS } from './lexicon-dates';
import { LOCALITY_NOUNS } from './lexicon-places';
import { MONTH_NUM } from './month-numbers';
import { EN_UNITS, FR_UNITS, INDEFINITE, WEEKDAYS } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Superlatives: "the deadliest attack since 2019" describes the main event, its year or "since" no other time. */
export const SUPERLATIVE = new Set([
  'deadliest',
  'worst',
  'meurtriere',
  'meurtrier',
  'lourd',
  'sanglante',
  'first',
  'premiere',
  'premier',
  'largest',
  'biggest',
  'most',
  'plus',
  'bloodiest',
  'deadly',
]);
/**
 * A superlative at k ("the deadliest attack since 2019", "la plus meurtrière depuis 2019"); not
 * "plus de 300", "plus d'une centaine", an amount.
 */
export function superlativeAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  if (!SUPERLATIVE.has(w)) return false;
  return !(w === 'plus' && ['de', "d'"].includes(tokens[k + 1]?.norm ?? ''));
}
/** Auxiliaries before "depuis"/"since" used as an adverb: "est depuis passé", "has since risen". */
const SINCE_AUXILIARIES = new Set([
  ...AUXILIARIES,
  ...ACTIVE_AUXILIARIES,
  'etait',
  'etaient',
  's',
  'se',
  'had',
]);
/** Times of one day after "the previous": "the previous day", "the previous night". */
const DAY_WORDS = new Set(['day', 'night', 'evening', 'morning', 'afternoon']);

/**
 * Where the cue phrases of sentence s that tell another time or a period start; those naming the
 * last week or month (LAST_PERIODS) are also added to `periods`.
 */
export function cuePhrases(tokens: Token[], s: Sentence, periods: number[] = []): number[] {
  const cues: number[] = [];
  for (const m of BACKGROUND_CUES.findAll(tokens, s.first, s.last)) {
    if (LAST_PERIODS.has(m.value)) periods.push(m.start);
    // "killed in an attack the previous day": the main event told from its statement's day.
    if (m.value === 'the previous' && DAY_WORDS.has(tokens[m.end]?.norm ?? '')) continue;
    // "hours after the attack, the army said…": the main attack's aftermath; "72 hours after
    // assaults on Dioura", "hours after an ambush": another attack.
    if (m.value === 'hours after' && ['the', 'this', 'its'].includes(tokens[m.end]?.norm ?? '')) continue;
    // "found dead a day after the attack.": the main attack, named by its noun alone.
    if (DAYS_AFTER.has(m.value) && theAttackAlone(tokens, m.end, s.last)) continue;
    // "L'armée avait auparavant fait état de deux morts", "had previously reported": an adverb
    // after an auxiliary dates the statement, an earlier toll of the news, not another time.
    if (BEFORE_ADVERBS.has(m.value) && datesStatement(tokens, m.start, s.last)) continue;
    // "passé à 25 morts, contre 18 auparavant", "compared with 18 previously": the toll revised.
    if (BEFORE_ADVERBS.has(m.value) && comparedBefore(tokens, m.start)) continue;
    if (m.value === 'since' || m.value === 'depuis') {
      // "the deadliest attack since 2019" describes the main event; "the deadliest since an
      // ambush killed 20 troops in March" recalls that ambush, and its toll is background.
      let sup = false;
      for (let k = Math.max(s.first, m.start - 8); k < m.start; k++) if (superlativeAt(tokens, k)) sup = true;
      if (sup && !attackAfter(tokens, m.end, s.last)) continue;
      // "le bilan est depuis passé à 43", "the toll has since risen to 43": an adverb after an
      // auxiliary, the news since, not a period's total.
      if (SINCE_AUXILIARIES.has(tokens[m.start - 1]?.norm ?? '')) continue;
      // "depuis l'aube", "since dawn": a time of day, not a period.
      const nx = tokens[m.end]?.norm ?? '';
      if (["l'aube", 'dawn', 'hier', 'yesterday', 'ce', 'this', 'morning', 'matin'].includes(nx)) continue;
      // "portées disparues depuis l'attaque", "missing since the attack": since the story's own attack.
      if (theAttackAlone(tokens, m.end, s.last)) continue;
      // "Depuis, 12 soldats…", "depuis lors", "since then": since the news just told, no period.
      if ([',', 'lors', 'then', '.'].includes(nx) || m.end >= s.last) continue;
      // "Depuis dimanche, des combats opposent…": the fighting began that day; not a period's total.
      if (WEEKDAYS.has(nx) || (nx === 'le' && WEEKDAYS.has(tokens[m.end + 1]?.norm ?? ''))) continue;
      // "joint par téléphone depuis Boni", "depuis le village de Boni": from a place, not since a time.
      if (fromPlace(tokens, m.end)) continue;
      // "affrontent le JNIM depuis trois jours", "les combats durent depuis 48 heures": the main
      // fight's own length — not "30 civils tués depuis trois jours dans des attaques", a total.
      if (shortSpanAfter(tokens, m.end) && fightIn(tokens, s)) continue;
    }
    cues.push(m.start);
  }
  return cues;
}

const DAYS_AFTER = new Set(['a day after', 'days after']);

/** Units of a fight's own length: "depuis trois jours", "depuis 48 heures", "depuis deux nuits". */
const SHORT_UNITS = new Set(['jours', 'heures', 'nuits', 'days', 'hours', 'nights']);
/** A count of days or hours at k: "trois jours", "48 heures", "quelques jours". */
function shortSpanAfter(tokens: Token[], k: number): boolean {
  const count = tokens[k];
  if (
    !count ||
    !(
      count.type === 'num' ||
      FR_UNITS.has(count.norm) ||
      EN_UNITS.has(count.norm) ||
      INDEFINITE.has(count.norm)
    )
  )
    return false;
  return SHORT_UNITS.has(tokens[k + 1]?.norm ?? '');
}
/** Does sentence s tell a fight: "affrontent", "les combats", "fighting"? */
function fightIn(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (CLASH_WORDS.has(tokens[k].norm) || hasStem(tokens[k].norm, CLASH_STEMS)) return true;
  return false;
}
/** Adverbs of an earlier time that may also date a statement: "avait auparavant annoncé". */
const BEFORE_ADVERBS = new Set(['auparavant', 'previously']);
/** The adverb at k stands between an auxiliary and a verb of saying ("avait auparavant fait état", "had previously said"). */
function datesStatement(tokens: Token[], k: number, last: number): boolean {
  if (!SINCE_AUXILIARIES.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(last, k + 3); j++) {
    const w = tokens[j].norm;
    if (SPEECH_WORDS.has(w) || TOLL_SETTERS.has(w) || w === 'fait') return true;
  }
  return false;
}

/** Words that set an earlier toll against the news: "contre 18 auparavant", "compared with 18", "au lieu de 18". */
const COMPARED = new Set(['contre', 'with', 'against', 'lieu', 'instead']);
const COMPARED_REACH = 4;
/** The adverb at k closes "contre 18 (morts)", "compared with 18": a number after a word of comparing. */
function comparedBefore(tokens: Token[], k: number): boolean {
  let num = false;
  for (let j = k - 1; j >= Math.max(0, k - COMPARED_REACH); j--) {
    if (tokens[j].type === 'punct') return false;
    if (tokens[j].type === 'num') num = true;
    else if (COMPARED.has(tokens[j].norm)) return num;
  }
  return false;
}

/** The determiners of the story's own attack: "the attack", "cette attaque", "l'embuscade". */
const THE_ATTACK = new Set(['the', 'this', "l'", 'la', 'le', 'cette', 'cet', 'ce']);
/** "the attack" and nothing more of it: no place, relative or date after ("the attack on Boni", "the attack that…"). */
function theAttackAlone(tokens: Token[], k: number, last: number): boolean {
  const noun = tokens[k + 1];
  if (!THE_ATTACK.has(tokens[k]?.norm ?? '') || !noun || !isAttackNoun(noun)) return false;
  return k + 2 >= last || tokens[k + 2].type === 'punct';
}

/** Long spans of time: a count of them before "last" or "past" is a period, not the attack's day. */
const PERIOD_UNITS = new Set(['mois', 'semaines', 'annees', 'ans', 'months', 'weeks', 'years']);
const PAST_WORDS = new Set(['derniers', 'dernieres', 'passes', 'passees', 'last', 'past']);

/**
 * "au cours des trois derniers mois", "ces deux dernières semaines", "over the last six months",
 * "the past two years": a counted span of time ending now. Its first word's index, or -1.
 */
export function countedPeriod(tokens: Token[], s: Sentence, k: number): number {
  const within = spanWithin(tokens, s, k);
  if (within >= 0) return within;
  if (!PERIOD_UNITS.has(tokens[k].norm)) return -1;
  let past = false;
  let count = -1;
  for (let j = k - 1; j >= Math.max(s.first, k - 3); j--) {
    const w = tokens[j];
    if (PAST_WORDS.has(w.norm)) past = true;
    else if (w.type === 'num' || EN_UNITS.has(w.norm) || FR_UNITS.has(w.norm)) count = j;
  }
  return past && count >= 0 ? count : -1;
}

/** Units of a span a total is counted over: "en un mois", "in two weeks", "en l'espace d'un an". */
const WITHIN_UNITS = new Set([...PERIOD_UNITS, 'semaine', 'an', 'annee', 'week', 'month', 'year']);
const WITHIN = new Set(['en', 'in', 'within']);
const SPACE = new Set(['espace', 'space']);

/**
 * "en un mois", "in two weeks", "within a year", "en l'espace d'une semaine", "in the space of a
 * month": a counted span, what is told over it a total of several events. Its first word's index, or -1.
 */
function spanWithin(tokens: Token[], s: Sentence, k: number): number {
  if (!WITHIN_UNITS.has(tokens[k].norm) || !spanCount(tokens, k - 1)) return -1;
  // "In a week of violence, jihadists killed…": the span names a time, not what is counted over it.
  if (OF.has(tokens[k + 1]?.norm ?? '')) return -1;
  let w = k - 2;
  // "a few weeks": the article before "few".
  if (tokens[k - 1].norm === 'few' && tokens[w]?.norm === 'a') w--;
  // "en l'espace d'un mois", "in the space of a week".
  if (OF.has(tokens[w]?.norm ?? '') && SPACE.has(tokens[w - 1]?.norm ?? '')) {
    w -= 2;
    if (THE.has(tokens[w]?.norm ?? '')) w--;
  }
  return w >= s.first && WITHIN.has(tokens[w].norm) ? w : -1;
}
const OF = new Set(['de', "d'", 'of']);

/** Units of elapsed time: "un mois après", "two weeks after", "il y a dix jours". */
const ELAPSED_UNITS = new Set([
  ...PERIOD_UNITS,
  ...['jour', 'jours', 'semaine', 'an', 'annee', 'heures', 'day', 'days', 'week', 'month', 'year', 'hours'],
]);
/** Spans long enough that "ago" or "il y a" tells another attack than the news. */
const LONG_UNITS = new Set(['mois', 'an', 'ans', 'annee', 'annees', 'month', 'months', 'year', 'years']);
/** Counts of a span without a number: "il y a quelques jours", "a few weeks ago". */
const SPAN_COUNTS = new Set(['un', 'une', 'a', 'quelques', 'plusieurs', 'few', 'several']);
/** Verbs of the news placed after another event: "Ce rapt intervient un mois après…", "The attack comes a week after…". */
const COMES_AFTER = new Set(['intervient', 'survient', 'comes', 'came', 'follows', 'followed']);
/** What opens a reference to the main attack after "après"/"after": "deux jours après l'attaque", "days after the raid". */
const THE = new Set(['the', 'this', 'its', "l'", 'la', 'le', 'cette', 'cet', 'ce', 'son', 'sa']);

/** A count of a span of time ending at k-1: "un mois", "two weeks", "10 jours", "quelques jours". */
function spanCount(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.type === 'num' || EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm) || SPAN_COUNTS.has(t.norm));
}

/**
 * A time elapsed since another event, at token k (a unit of time): "il y a un mois", "two weeks
 * ago", "dix jours plus tôt", "un mois après l'enlèvement de deux ressortissants", "comes a week
 * after an ambush killed 20" — not "deux jours après l'attaque", the main attack's aftermath.
 * Returns where the cue starts ("après"/"after" for a time after: its clause only), or -1.
 */
export function elapsedSpan(tokens: Token[], s: Sentence, k: number): number {
  if (!ELAPSED_UNITS.has(tokens[k].norm) || k - 1 < s.first) return -1;
  let c = k - 1;
  // "a few weeks ago": the article before "few".
  if (tokens[c].norm === 'few' && tokens[c - 1]?.norm === 'a') c--;
  if (!spanCount(tokens, k - 1)) return -1;
  // "il y a un mois", "two years ago": long enough to be another attack (a few days ago may be this one).
  const long = LONG_UNITS.has(tokens[k].norm);
  if (long && tokens[c - 1]?.norm === 'a' && tokens[c - 2]?.norm === 'y' && tokens[c - 3]?.norm === 'il')
    return c - 3;
  const nx = tokens[k + 1]?.norm ?? '';
  if (
    long &&
    (['ago', 'earlier', 'auparavant'].includes(nx) || (nx === 'plus' && tokens[k + 2]?.norm === 'tot'))
  )
    return c;
  if (nx !== 'apres' && nx !== 'after') return -1;
  // "Ce rapt intervient un mois après…": the news set after another event, whatever it is.
  if (COMES_AFTER.has(tokens[c - 1]?.norm ?? '')) return k + 1;
  // "un deuil national de trois jours après la mort de…": the length of what follows, no time elapsed.
  if (OF.has(tokens[c - 1]?.norm ?? '')) return -1;
  // "deux jours après l'attaque", "days after the raid on Boni", "après la mort de 12 soldats": the
  // main attack's aftermath.
  const d = tokens[k + 2];
  const e = tokens[k + 3];
  if (d && THE.has(d.norm) && e && (isAttackNoun(e) || DEATH_NOUNS.has(e.norm))) return -1;
  // "un mois après l'enlèvement de deux…", "a week after an ambush killed 20": another event with a toll.
  for (let j = k + 2; j < Math.min(s.last, k + 8); j++)
    if (tokens[j].type === 'num' || EN_UNITS.has(tokens[j].norm) || FR_UNITS.has(tokens[j].norm))
      return k + 1;
  return -1;
}

/** The death a time is counted from: "deux jours après la mort de 12 soldats", "days after the deaths of". */
const DEATH_NOUNS = new Set(['mort', 'deces', 'death', 'deaths', 'killing', 'killings']);

/** An attack named just after "since": "since an ambush", "depuis l'attaque de", "since the 2019 raid". */
function attackAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 3); k++) if (isAttackNoun(tokens[k])) return true;
  // "the deadliest since August, when 42 soldiers were killed in Tessit": a time, then what happened then.
  for (let k = from; k < Math.min(last, from + 5); k++) {
    if (!WHEN_WORDS.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(last, k + 8); j++) if (KIND_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}
const WHEN_WORDS = new Set(['when', 'lorsque', 'quand', 'ou']);

/** Words of a place after "depuis": "depuis le village de Boni", "depuis la localité", "depuis le camp". */
const PLACE_NOUNS = new Set([...LOCALITY_NOUNS, 'camp', 'hopital', 'lieu', 'lieux']);

/** Does "depuis" at the token before k name a place ("depuis Boni"), not a time? */
function fromPlace(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (/^\p{Lu}/u.test(t.text) && !MONTH_NUM.has(t.norm) && !WEEKDAYS.has(t.norm)) return true;
  return ['le', 'la', "l'"].includes(t.norm) && PLACE_NOUNS.has(tokens[k + 1]?.norm ?? '');
}
