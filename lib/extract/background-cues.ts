/**
 * Cue phrases of another time or of a period ("earlier this month", "the previous attack",
 * "since May", "depuis décembre"), but for the uses that tell the main event; and counted spans
 * of time ending now ("over the last six months").
 */
import { BACKGROUND_CUES, isAttackNoun, SPEECH_WORDS, TOLL_SETTERS } from './lexicon';
import { LAST_PERIODS } from './lexicon-dates';
import { MONTH_NUM } from './month-numbers';
import { EN_UNITS, FR_UNITS, WEEKDAYS } from './number-words';
import { SINCE_AUXILIARIES, sinceTellsNews, theAttackAlone } from './since-cues';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Cues that name another time only with a month after them: "earlier in October". */
const IN_MONTH = new Set(['earlier in', 'plus tot en']);
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
    // "earlier in October", "plus tôt en octobre" — not "earlier in the day", "plus tôt en journée".
    if (IN_MONTH.has(m.value) && !MONTH_NUM.has(tokens[m.end]?.norm ?? '')) continue;
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
    if (SINCE_WORDS.has(m.value) && sinceTellsNews(tokens, s, m.start, m.end)) continue;
    cues.push(m.start);
  }
  return cues;
}

const DAYS_AFTER = new Set(['a day after', 'days after']);
const SINCE_WORDS = new Set(['since', 'depuis']);

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
/** "the Aguelhok attack", "the Boni ambush": a place's name, then the attack's noun, at k. */
function namedAttack(tokens: Token[], k: number): boolean {
  return /^\p{Lu}/u.test(tokens[k]?.text ?? '') && !!tokens[k + 1] && isAttackNoun(tokens[k + 1]);
}
/** "plus d'un an après", "moins de deux mois après": an amount of the span, not its length. */
const MORE_LESS = new Set(['plus', 'moins']);
/** What a period is counted from: "dix ans après son déploiement", "years after the start of". */
export const BEGINNINGS = new Set([
  ...['deploiement', 'debut', 'arrivee', 'creation', 'installation', 'lancement'],
  ...['deployment', 'start', 'beginning', 'arrival', 'creation', 'launch', 'outbreak'],
]);
/** Does sentence s name a day ("lundi", "le 12 mars", "on Monday")? Its news is of that day. */
export function namesADay(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (WEEKDAYS.has(w) || (MONTH_NUM.has(w) && tokens[k - 1]?.type === 'num')) return true;
  }
  return false;
}
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
  if (OF.has(tokens[c - 1]?.norm ?? '') && !MORE_LESS.has(tokens[c - 2]?.norm ?? '')) return -1;
  // "deux jours après l'attaque", "days after the raid on Boni", "après la mort de 12 soldats": the
  // main attack's aftermath.
  const d = tokens[k + 2];
  const e = tokens[k + 3];
  // "un an après l'attaque d'Aguelhok, où 76 Casques bleus avaient péri": months or years after
  // an attack are after another one, not this one's aftermath.
  if (d && THE.has(d.norm) && e && long && (isAttackNoun(e) || namedAttack(tokens, k + 3))) return k + 1;
  if (d && THE.has(d.norm) && e && (isAttackNoun(e) || DEATH_NOUNS.has(e.norm))) return -1;
  // "Dix ans après son déploiement, la mission a perdu 76 Casques bleus": a total since it began.
  if (d && THE.has(d.norm) && e && long && BEGINNINGS.has(e.norm) && !namesADay(tokens, s)) return c;
  // "un mois après l'enlèvement de deux…", "a week after an ambush killed 20": another event with a toll.
  for (let j = k + 2; j < Math.min(s.last, k + 8); j++)
    if (tokens[j].type === 'num' || EN_UNITS.has(tokens[j].norm) || FR_UNITS.has(tokens[j].norm))
      return k + 1;
  return -1;
}

/** The death a time is counted from: "deux jours après la mort de 12 soldats", "days after the deaths of". */
const DEATH_NOUNS = new Set(['mort', 'deces', 'death', 'deaths', 'killing', 'killings']);
