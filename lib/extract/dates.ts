/**
 * The day of the main attack, read with chrono-node against the publication date.
 * SCHEMA.md: the date needs a year from the text, a ` date YYYY-MM` line or
 * `published`; a weekday resolves against the nearest explicit date in the text,
 * else against `published`. Never invented.
 */
import * as chrono from 'chrono-node';
import { frenchDates } from './chrono-fr';
import { CURRENT_MONTH_WORDS } from './lexicon-dates';
import type { DatePrecision } from '../types';
import { ATTACK_NOUNS, KIND_WORDS } from './lexicon';
import { stemMatcher } from './lexicon-actors';
import {
  CAPTION_OPENERS,
  ISSUING_STEMS,
  ISSUING_WORDS as ISSUING_EXTRA,
  LATER_NEWS_STEMS,
  PLUPERFECT_AUX,
} from './lexicon-dates';
import { EN_MONTHS, EN_UNITS, EN_WEEKDAYS, FR_MONTHS, FR_UNITS, FR_WEEKDAYS } from './number-words';
import { isYearAt, MONTHS } from './numbers';
import { fold } from './tokens';
import { indexAt, type Sentence } from './sentences';
import type { Token } from './tokens';

export interface EventDate {
  /** Days named sentence by sentence (not part of the Incident). */
  days?: Array<{ sentence: number; date: string }>;
  date: string | null;
  dateEnd?: string | null;
  datePrecision?: DatePrecision | null;
  dateText?: string;
}

/** A ` date 2022-03` line some corpus texts start with (the page's year-month). */
export function dateHint(
  text: string,
): { year: number; month: number; day: number | null; end: number } | null {
  const m = /^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text.slice(0, 40));
  return m
    ? { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null, end: m[0].length }
    : null;
}

const ATTACK_WORDS = new Set<string>([
  ...ATTACK_NOUNS,
  'killed',
  'tues',
  'morts',
  'cible',
  'cibles',
  'targeted',
  'vise',
  'visee',
  'hit',
  'struck',
  'perpetree',
  'perpetre',
  'survenue',
  'occurred',
  'lieu',
  'mort',
  'neutralises',
  'dead',
  'wounded',
  'blesses',
  'incursions',
  'shelling',
]);
const SPEECH_BEFORE = new Set([
  'confirmed',
  'said',
  'announced',
  'reported',
  'stated',
  'released',
  'confirme',
  'annonce',
  'declare',
  'diffuse',
  'indique',
  'statement',
  'communique',
  'acknowledged',
  'published',
  'publie',
  'told',
  'added',
]);
/** Times of day a statement's verb may carry before its weekday: "said late Sunday", "annoncé ce soir lundi". */
const TIME_OF_DAY_BEFORE = new Set(['soir', 'evening', 'late']);
/** Words of a statement's issuing: a date right after them ("a statement read on Wednesday") is the statement's day. */
const ISSUING_WORDS = new Set([
  ...SPEECH_BEFORE,
  ...TIME_OF_DAY_BEFORE,
  'read',
  'broadcast',
  'aired',
  'posted',
  'issued',
  'message',
  'interview',
  'press',
  'conference',
  'communiques',
  'declaration',
  'lu',
  'lue',
  'diffusee',
  'publiee',
  'parvenu',
  'parvenue',
  'rendu',
  'rendue',
  'conference',
  'entretien',
]);
/** A word of issuing a statement or claim, by stem: "rapportent", "revendiqué", "announced". */
const issuingStem = stemMatcher(ISSUING_STEMS);
const laterNews = stemMatcher(LATER_NEWS_STEMS);
/** "overnight into", "in the night to", "dans la nuit de … à": a night that ends on the weekday after it. */
/** Words of an attack at night: "overnight", "an overnight attack", "dans la nuit", "last night". */
const NIGHT_WORDS = new Set(['overnight', 'nuit', 'night']);
const OVERNIGHT_INTO = /\b(overnight|night)\s+(into|to|until)\s*$/i;
const issuingWord = (w: string) => ISSUING_EXTRA.has(w) || issuingStem(w);
/** Kinds of claim whose words tell the attack itself ("killing 21 soldiers", "tuant 9 soldats"). */
const ATTACK_KINDS = new Set(['killed', 'wounded', 'captured']);
const ATTACK_VERBS = new Set([
  'stormed',
  'storming',
  'overran',
  'overrun',
  'ambushed',
  'raided',
  'attacking',
  'attaquant',
  'pris',
  'investi',
]);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '(', ')', '\u2014', '\u2013']);
const RELATIVE =
  /\b(veille|hier|yesterday|today|aujourd|demain|tomorrow|tonight|last night|ce matin|this morning|avant-hier|lendemain)\b/i;

const MAX_DATE_OFFSET = 20000;
const MAX_DATED_SENTENCES = 60;
const EN_DATE_WORDS = new Set<string>([
  'morning',
  'evening',
  'tonight',
  ...EN_WEEKDAYS,
  'yesterday',
  'today',
  'tonight',
  // 'may' is left out (mostly the verb): a capitalised May comes through CAPITAL_MONTHS.
  ...EN_MONTHS.filter((w) => w !== 'may'),
]);
const FR_DATE_WORDS = new Set<string>([
  'matin',
  'soir',
  ...FR_WEEKDAYS,
  'hier',
  "aujourd'hui",
  'aujourd',
  'veille',
  'avant-hier',
  'lendemain',
  'courant',
  ...FR_MONTHS,
]);
const CAPITAL_MONTHS = new Map([
  ['may', 'May'],
  ['sept', 'Sept'],
  ['mar', 'Mar'],
]);
/** Which languages' date words sentence s holds: 1 English, 2 French. */
const NUMERIC_SEP = new Set(['/', '.', '-']);
/** Verbs of an attack's start: the date after them is its first day. */
const BEGAN = new Set([
  'began',
  'begun',
  'started',
  'commence',
  'commencee',
  'debute',
  'debutee',
  'declenche',
  'declenchee',
]);

function dateWords(tokens: Token[], s: Sentence): number {
  let m = 0;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    // "May", "Sept. 3", "Mar. 5": capitalised, as these words also mean other things ("sept" is seven).
    if (EN_DATE_WORDS.has(w) || (CAPITAL_MONTHS.has(w) && tokens[k].text === CAPITAL_MONTHS.get(w))) m |= 1;
    if (FR_DATE_WORDS.has(w)) m |= 2;
    // "10/05/2024", "10.05.2024": a numeric date, day first as the region writes it (the French parser).
    if (
      tokens[k].type === 'num' &&
      NUMERIC_SEP.has(tokens[k + 1]?.text ?? '') &&
      tokens[k + 2]?.type === 'num'
    )
      m |= 2;
  }
  return m;
}
const tokenizeWords = (s: string) =>
  fold(s)
    .split(/[^a-z]+/)
    .filter(Boolean);
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const isoOf = (dt: Date) => iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());

/** The weekday `wd` (0 = Sunday) on or before `anchor`, at most six days earlier. */
function weekdayOnOrBefore(anchor: Date, wd: number): Date {
  const diff = (anchor.getUTCDay() - wd + 7) % 7;
  return new Date(anchor.getTime() - diff * 86400000);
}

/**
 * "Tuesday, September 17" with no year: the first year, from the latest one the text mentions,
 * where that day is a Tuesday. A report recalls earlier years ("depuis 2015", "the 2012
 * rebellion"), so the attack is on or after them; before them only if no year after fits.
 */
export function weekdayYear(month: number, day: number, weekday: number, years: number[]): number | null {
  if (!years.length) return null;
  const latest = Math.max(...years);
  for (let y = latest; y <= latest + 6; y++) if (utc(y, month, day).getUTCDay() === weekday) return y;
  for (let y = latest - 1; y >= latest - 6; y--) if (utc(y, month, day).getUTCDay() === weekday) return y;
  return null;
}

interface Found {
  index: number;
  text: string;
  day: number | null;
  month: number | null;
  year: number | null;
  weekday: number | null;
  endDay: number | null;
  /** "the night of Sunday to Monday": the weekday the span ends on. */
  endWeekday: number | null;
  relative: boolean;
  sentence: number;
  /** In a caption or an embedded post's sign-off, or part of a name ("la Plateforme du 3 mai"). */
  furniture?: 'caption' | 'post' | 'name' | null;
  /** Bound to an attack word: "l'attaque de dimanche", "Monday's attack", "attaqué lundi". */
  bound?: boolean;
  /** Days from the weekday named to the event: "said on Tuesday, two days after the attack" is -2. */
  shift?: number;
}

/** A weekday's own name in a date phrase ("weekend" names none). */
const WEEKDAY_NAME =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

const WEEKDAY_NUMBER = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['dimanche', 0],
  ['lundi', 1],
  ['mardi', 2],
  ['mercredi', 3],
  ['jeudi', 4],
  ['vendredi', 5],
  ['samedi', 6],
] as Array<[string, number]>);
/** The number of the first weekday named in a phrase (0 = Sunday), or null. */
function firstWeekday(phrase: string): number | null {
  for (const w of tokenizeWords(phrase)) {
    const n = WEEKDAY_NUMBER.get(w);
    if (n !== undefined) return n;
  }
  return null;
}

/**
 * A date that is not the story's: in a caption line ("File photo taken Feb. 28"), an embedded
 * post's sign-off ("(@army_news) June 15, 2020") or a name ("la Plateforme du 3 mai").
 */
const ATTACK_NAME_STEMS = [
  'attaqu',
  'attack',
  'embusc',
  'ambush',
  'assaut',
  'assault',
  'massacr',
  "l'attaqu",
];

function furnitureDate(text: string, s: Sentence, index: number): Found['furniture'] {
  const line = fold(text.slice(s.start, Math.min(s.end, s.start + 40))).replace(/^[^a-z]+/, '');
  if (CAPTION_OPENERS.some((w) => line.startsWith(w + ' ') || line.startsWith(w + ':'))) return 'caption';
  if (text.slice(s.start, s.end).includes('\u00a9')) return 'caption';
  const before = text.slice(Math.max(s.start, index - 60), index);
  if (/\(@\w+\)\s*$/.test(before)) return 'post';
  const name = /(\p{Lu}[\p{L}-]+)\s+(du|of the|of)\s+$/u.exec(before);
  if (!name || index - name[0].length <= s.start + 1 || MONTHS.has(fold(name[1]))) return null;
  // "l'attaque de Boni du 10 mai": a place after an attack word is the attack's, and so is its date.
  const words = fold(before.slice(0, name.index))
    .split(/[^a-z']+/)
    .filter(Boolean)
    .slice(-2);
  return words.some((w) => ATTACK_NAME_STEMS.some((st) => w.startsWith(st))) ? null : 'name';
}

/** Words of the day before or after an explicit date of the same sentence: "l'attaque la veille". */
const DAY_SHIFT = new Map([
  ['veille', -1],
  ['lendemain', 1],
]);
const DAY_SHIFT_EN: Array<[string, string, number]> = [
  ['day', 'before', -1],
  ['previous', 'day', -1],
  ['day', 'after', 1],
  ['next', 'day', 1],
  ['following', 'day', 1],
];

const DAYS = new Set(['jours', 'days']);
/** After "N days": the dated day comes N days after the event ("two days after", "deux jours plus tôt"). */
const EARLIER = new Set(['after', 'apres', 'earlier']);
/** A count of days written in figures or as a word up to nine. */
function smallNumber(t: Token): number {
  const n = t.type === 'num' ? Number(t.norm) : (FR_UNITS.get(t.norm) ?? EN_UNITS.get(t.norm) ?? 0);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

/** "le calme est revenu ce 18 septembre, après l'attaque la veille": the 17th, at the word "veille". */
/** Is an attack noun at j, over "de", "l'", "the"? */
function attackNext(tokens: Token[], j: number, last: number): boolean {
  while (
    j < last &&
    ['de', "d'", "l'", 'la', 'le', 'du', 'the', 'of', 'cette', 'this'].includes(tokens[j].norm)
  )
    j++;
  return j < last && ATTACK_WORDS.has(tokens[j].norm);
}

/** Is the date at char offset `at` set beside the shift word at k, only a comma between ("le lendemain, lundi")? */
function appositeDay(tokens: Token[], k: number, at: number): boolean {
  const end = tokens[k + 1]?.norm === 'lendemain' || tokens[k + 1]?.norm === 'day' ? k + 2 : k + 1;
  return tokens[end]?.text === ',' && tokens[end + 1]?.start === at;
}

function dayBeforeOrAfter(tokens: Token[], sentences: Sentence[], found: Found[]): Found[] {
  const out: Found[] = [];
  const used = new Set<number>();
  for (const f of found) {
    const weekdayOnly = !f.day && f.weekday !== null && !f.relative;
    if ((!weekdayOnly && (!f.day || !f.month || f.relative)) || f.furniture) continue;
    const s = sentences[f.sentence];
    for (let k = s.first; k < s.last; k++) {
      const w = tokens[k].norm;
      let shift = DAY_SHIFT.get(w) ?? 0;
      for (const [a, b, n] of DAY_SHIFT_EN) if (w === a && tokens[k + 1]?.norm === b) shift = n;
      // "the army said on Tuesday, two days after the attack", "deux jours plus tôt": N days before.
      const days = DAYS.has(tokens[k + 1]?.norm ?? '') ? smallNumber(tokens[k]) : 0;
      const after = tokens[k + 2]?.norm ?? '';
      if (days && (EARLIER.has(after) || (after === 'plus' && tokens[k + 3]?.norm === 'tot'))) shift = -days;
      // "said on Tuesday, a day after the attack", "au lendemain de l'attaque": the dated day follows
      // the attack, so the attack is a day before it.
      if (shift && attackNext(tokens, k + (DAY_SHIFT.has(w) ? 1 : 2), s.last)) shift = -shift;
      if (!shift || used.has(k)) continue;
      // "Le lendemain, lundi, …", "the next day, Monday,": the weekday names that very day.
      if (weekdayOnly && appositeDay(tokens, k, f.index)) continue;
      used.add(k);
      // A weekday is placed in time only later, against the publication: carry the shift.
      if (weekdayOnly) {
        out.push({ ...f, index: tokens[k].start, text: f.text, endWeekday: null, bound: true, shift });
        continue;
      }
      const d = new Date(utc(f.year ?? 2001, f.month!, f.day!).getTime() + shift * 86400000);
      out.push({
        ...f,
        index: tokens[k].start,
        text: tokens[k].text,
        day: d.getUTCDate(),
        month: d.getUTCMonth() + 1,
        year: f.year === null ? null : d.getUTCFullYear(),
        weekday: null,
        endDay: null,
        endWeekday: null,
        bound: true,
      });
    }
  }
  return out;
}

/**
 * The main event's date. `background(i)` says whether sentence i is about another time;
 * `published` is an ISO date or date-time.
 */
export function findEventDate(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lang: 'en' | 'fr',
  published: string | null | undefined,
  background: (i: number) => boolean,
): EventDate {
  const hint = dateHint(text);
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  let pubDate = pub ? utc(Number(pub.slice(0, 4)), Number(pub.slice(5, 7)), Number(pub.slice(8, 10))) : null;
  /** The day of a dateline ("Bamako, 15 juin 2020 -"): the publication's, when the page gives none. */
  let datelineDay: Date | null = null;
  /** The dateline's day even beside a publication date: "hier" in its story is the day before it. */
  let datelineAt: Date | null = null;
  const ref = pubDate ?? (hint ? utc(hint.year, hint.month, hint.day ?? 15) : new Date());
  const parser = lang === 'fr' ? frenchDates() : chrono.en;
  // chrono reads only the sentences that name a month, a weekday or a relative day, and only
  // in the first part of a long page: its regexes are the slow part of extraction.
  const dated = sentences
    .filter((s) => s.start < MAX_DATE_OFFSET)
    .map((s) => [s, dateWords(tokens, s)] as const)
    .filter(([, m]) => m !== 0)
    .slice(0, MAX_DATED_SENTENCES);
  const parse = (p: { parse: typeof chrono.parse }, t: string, offset: number) =>
    p.parse(t, ref).flatMap((r) => {
      // chrono reads "matin de ce vendredi 4 mars 2022" as a vague time of day: read the date after the time word again.
      const m =
        /^(.*?\b(?:morning|evening|night|afternoon|matin|matinée|soir|soirée|nuit|après-midi)\b\s*(?:of|de ce|de la|du|de)?\s*)/i.exec(
          r.text,
        );
      if (m && !(r.start.isCertain('day') && r.start.isCertain('month')) && m[1].length < r.text.length) {
        return p.parse(r.text.slice(m[1].length), ref).map((x) => ({
          ...x,
          index: x.index + r.index + m[1].length + offset,
          text: x.text,
          start: x.start,
          end: x.end,
        }));
      }
      return [{ index: r.index + offset, text: r.text, start: r.start, end: r.end }];
    });
  const results = dated
    .flatMap(([s, m]) => {
      const t = text.slice(s.start, s.end);
      return [
        ...(m & 1 ? parse(chrono.en, t, s.start) : []),
        ...(m & 2 ? parse(frenchDates(), t, s.start) : []),
      ];
    })
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const sentenceAt = (offset: number) => indexAt(sentences, offset);
  const sentenceStartGap = (offset: number) => offset - sentences[sentenceAt(offset)].start;
  const found: Found[] = [];
  let lastEnd = -1;
  for (const r of results) {
    if (hint && r.index < hint.end) continue;
    if (r.index < lastEnd || r.text.includes('\n')) continue;
    // A dateline ("BAMAKO, July 2 (Reuters) -") is the publication, not the attack.
    if (
      /^\s*(\(|[-\u2013\u2014]|\/)/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3)) &&
      sentenceStartGap(r.index) < 40
    ) {
      const d = r.start;
      if (!datelineAt && d.isCertain('day') && d.isCertain('month') && r.index < 400) {
        const y = d.isCertain('year') ? d.get('year')! : (hint?.year ?? pubDate?.getUTCFullYear() ?? null);
        if (y) datelineAt = utc(y, d.get('month')!, d.get('day')!);
      }
      if (!pubDate && !datelineDay) datelineDay = datelineAt;
      continue;
    }
    lastEnd = r.index + r.text.length;
    const s = r.start;
    // A day needs a month name or a numeric date in the words ("dimanche, 9 autres" is not the 9th).
    const monthy =
      tokenizeWords(r.text).some((w) => MONTHS.has(w) || w === 'sept' || w === 'mar') ||
      /\d{1,2}[/.-]\d{1,2}/.test(r.text) ||
      CURRENT_MONTH_WORDS.some((w) => fold(r.text).includes(w));
    let certainDay = s.isCertain('day') && s.isCertain('month') && monthy;
    // "weekend", "fin de semaine" name no day.
    const weekday = s.isCertain('weekday') && WEEKDAY_NAME.test(r.text) ? (s.get('weekday') ?? null) : null;
    const relative = RELATIVE.test(r.text);
    let day = certainDay ? s.get('day') : null;
    let month = certainDay ? s.get('month') : null;
    let year = s.isCertain('year') ? s.get('year') : null;
    // "dans la nuit du samedi 18 au dimanche 19 juin": the first day, counted back from the second.
    const e = r.end;
    if (!certainDay && e && e.isCertain('day') && e.isCertain('month') && monthy) {
      const y0 = e.isCertain('year') ? e.get('year')! : ref.getUTCFullYear();
      const second = utc(y0, e.get('month')!, e.get('day')!);
      const ew = e.isCertain('weekday') ? (e.get('weekday') ?? null) : null;
      const wd = e.isCertain('year') || ew === null ? second.getUTCDay() : ew;
      const back = weekday !== null ? (wd - weekday + 7) % 7 || 7 : 1;
      const d0 = new Date(second.getTime() - back * 86400000);
      certainDay = true;
      day = d0.getUTCDate();
      month = d0.getUTCMonth() + 1;
      year = e.isCertain('year') ? d0.getUTCFullYear() : null;
    }
    // chrono may swap the two ends when the second is in the past of its reference ("du samedi 4 au
    // dimanche 5 mai 2024" read in 2026): the night still starts on the first day named.
    const ew2 = e && !e.isCertain('day') && e.isCertain('weekday') ? (e.get('weekday') ?? null) : null;
    if (certainDay && ew2 !== null && weekday !== null && ew2 !== weekday && firstWeekday(r.text) === ew2) {
      const y0 = year ?? ref.getUTCFullYear();
      // Counted from the calendar's weekday of the date: the text's own weekday may be wrong.
      const named = utc(y0, month!, day!);
      const wd = year !== null ? named.getUTCDay() : weekday;
      const d0 = new Date(named.getTime() - ((wd - ew2 + 7) % 7) * 86400000);
      day = d0.getUTCDate();
      month = d0.getUTCMonth() + 1;
      year = year === null ? null : d0.getUTCFullYear();
    }
    if (!certainDay && weekday === null && !relative) continue;
    found.push({
      index: r.index,
      text: r.text,
      day,
      month,
      year,
      weekday,
      endDay: e && e.isCertain('day') ? e.get('day') : null,
      endWeekday: e && e.isCertain('weekday') ? (e.get('weekday') ?? null) : null,
      relative,
      sentence: sentenceAt(r.index),
      furniture: furnitureDate(text, sentences[sentenceAt(r.index)], r.index),
      // "overnight into Wednesday": the night began the day before (SCHEMA.md: the first day).
      ...(weekday !== null &&
      !certainDay &&
      OVERNIGHT_INTO.test(text.slice(Math.max(0, r.index - 30), r.index))
        ? { shift: -1, bound: true }
        : {}),
    });
  }
  pubDate ??= datelineDay;
  found.push(...dayBeforeOrAfter(tokens, sentences, found));
  found.sort((a, b) => a.index - b.index);
  const mentionedYears: number[] = [];
  for (let k = 0; k < tokens.length; k++)
    if (isYearAt(tokens, k)) mentionedYears.push(Number(tokens[k].text));
  const yearFor = (f: Found): number | null => {
    if (f.year) return f.year;
    if (pubDate && f.month)
      return f.month > pubDate.getUTCMonth() + 2 ? pubDate.getUTCFullYear() - 1 : pubDate.getUTCFullYear();
    if (hint && f.month && Math.abs(hint.month - f.month) <= 1) return hint.year;
    // "le 17 septembre" on a page whose only year is an embedded post's "September 17, 2024".
    if (!pubDate && !hint && f.month) {
      for (const o of found)
        if (o.year && o.month && o.furniture !== 'caption' && Math.abs(o.month - f.month) <= 1) return o.year;
    }
    if (f.weekday !== null && f.month && f.day) return weekdayYear(f.month, f.day, f.weekday, mentionedYears);
    return null;
  };
  const explicit = found.filter((f) => f.day && f.month && yearFor(f));
  const recalled = (i: number) => {
    for (let k = sentences[i].first; k < sentences[i].last; k++)
      if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
    return false;
  };
  /**
   * A date of a clause in the pluperfect: after its auxiliary ("had been killed on September 30")
   * or opening its sentence ("Le 30 septembre, 40 soldats avaient été tués"); not "said on
   * Saturday that reinforcements had arrived".
   */
  const recalledDate = (e: Found) => {
    const s = sentences[e.sentence];
    const at = indexAt(tokens, e.index);
    // "On Friday, the army said it had withdrawn": the pluperfect of a reported clause is not the date's.
    if (at <= s.first + 1) {
      for (let k = at; k < s.last; k++) {
        if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
        if (ISSUING_WORDS.has(tokens[k].norm) || issuingWord(tokens[k].norm)) return false;
      }
      return false;
    }
    for (let k = s.first; k < at; k++) if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
    return false;
  };
  /** "said Sunday", "said late Sunday": a statement's verb just before a date, over a time of day ("attacked late Sunday" is not). */
  const speechBefore = (offset: number) => {
    const words = tokenBefore(offset);
    const from = TIME_OF_DAY_BEFORE.has(words[0] ?? '') ? 1 : 0;
    return words.slice(from, from + 2).some((w) => SPEECH_BEFORE.has(w));
  };
  /** The words of the three tokens ending before `offset`, nearest first (binary search). */
  const tokenBefore = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let k = lo - 1; k >= 0 && out.length < 3; k--) out.push(tokens[k].norm);
    return out;
  };
  const attackWord = (w: string) =>
    ATTACK_WORDS.has(w) || ATTACK_VERBS.has(w) || ATTACK_KINDS.has(KIND_WORDS.get(w) ?? '');
  const attackSentence = (i: number) => {
    const s = sentences[i];
    for (let k = s.first; k < s.last; k++) if (attackWord(tokens[k].norm)) return true;
    return false;
  };
  /**
   * "In a statement read on state television on Wednesday", "dans un communiqué publié mardi":
   * the nearest governing word before the date, within its clause, is a statement's, not the attack's.
   */
  const issuingDate = (f: Found) => {
    // "JNIM on Tuesday claimed Sunday's attack": a date that names the attack is the attack's.
    if (namesAttack(f)) return false;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= f.index) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      const w = tokens[k].norm;
      // "a revendiqué, dimanche 21 mars, une attaque": the comma right before the date is not a break.
      if (CLAUSE_BREAK.has(tokens[k].text) && !(k === lo - 1 && tokens[k].text === ',')) return false;
      if (attackWord(w)) return false;
      if (ISSUING_WORDS.has(w) && !['late', 'soir', 'evening'].includes(w)) return true;
      if (issuingWord(w) || laterNews(w)) return true;
    }
    return issuedAfter(f, lo);
  };
  /**
   * "On Friday, June 6, the army said…", "JNIM on Tuesday claimed Sunday's attack": a date that no
   * attack word precedes in its sentence, followed by a statement's verb, is the statement's day.
   */
  const issuedAfter = (f: Found, at: number) => {
    const s = sentences[f.sentence];
    for (let k = s.first; k < at; k++) if (attackWord(tokens[k].norm)) return false;
    let k = at;
    while (k < s.last && tokens[k].start < f.index + f.text.length) k++;
    if (tokens[k]?.text === ',') k++;
    for (let n = 0; k < s.last && n < 5; k++, n++) {
      const w = tokens[k].norm;
      if (CLAUSE_BREAK.has(tokens[k].text) || attackWord(w)) return false;
      if ((ISSUING_WORDS.has(w) && !['late', 'soir', 'evening'].includes(w)) || issuingWord(w)) return true;
    }
    return false;
  };
  /** "Sunday's attack", "Monday's ambush": the date's possessive or its next word is an attack noun. */
  const namesAttack = (f: Found) => {
    const end = f.index + f.text.length;
    let k = indexAt(tokens, f.index);
    while (k < tokens.length && tokens[k].end <= end) k++;
    if (tokens[k]?.text === "'" || tokens[k]?.text === '\u2019') k++;
    if (tokens[k]?.norm === 's') k++;
    return k > indexAt(tokens, f.index) && !!tokens[k] && ATTACK_WORDS.has(tokens[k].norm);
  };
  /** "l'attaque de dimanche", "Monday's attack", "attacked on Sunday", "tués lundi 15 mars". */
  const boundToAttack = (f: Found) => {
    if (f.bound) return true;
    const k0 = indexAt(tokens, f.index);
    for (let k = k0 - 1; k >= Math.max(0, k0 - 3); k--) {
      if (CLAUSE_BREAK.has(tokens[k].text)) break;
      // "which began late Saturday": the day the attack started.
      if (attackWord(tokens[k].norm) || BEGAN.has(tokens[k].norm)) return true;
    }
    const end = f.index + f.text.length;
    let k = k0;
    while (k < tokens.length && tokens[k].end <= end) k++;
    for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
      if (CLAUSE_BREAK.has(tokens[j].text)) break;
      if (attackWord(tokens[j].norm)) return true;
    }
    return false;
  };
  // Dates in the sentences that tell the attack first; then any other date of the main story;
  // the day a statement was issued last.
  const story = found.filter((f) => !f.furniture);
  /** "Sunday and Monday", "mercredi et jeudi", "samedi au dimanche", "Sunday into Monday": two weekdays of one span. */
  const weekdayPair = (f: Found, next: Found | undefined) =>
    !!next &&
    f.weekday !== null &&
    !f.day &&
    next.weekday !== null &&
    !next.day &&
    // "late on Tuesday and early on Wednesday", "tard lundi et tôt mardi": times of day between.
    /^\s*(and|et|to|into|au|à|-)\s*((early|late|tôt|tard)\s+)?$/i.test(
      text.slice(f.index + f.text.length, next.index),
    );
  /** Bound to the attack, a pair of weekdays through its first day ("overnight Sunday into Monday, killing"). */
  const pairBound = (f: Found) => {
    const i = story.indexOf(f);
    if (i > 0 && weekdayPair(story[i - 1], f)) return false;
    return boundToAttack(f) || (weekdayPair(f, story[i + 1]) && boundToAttack(story[i + 1]));
  };
  const first = story.filter((f) => !background(f.sentence) && attackSentence(f.sentence) && !issuingDate(f));
  // A date bound to the attack's own words comes before the other dates of the attack's sentences.
  first.sort(
    (a, b) => a.sentence - b.sentence || Number(pairBound(b)) - Number(pairBound(a)) || a.index - b.index,
  );
  const rest = story.filter(
    (f) =>
      !background(f.sentence) &&
      !attackSentence(f.sentence) &&
      !sentences[f.sentence].headline &&
      !issuingDate(f),
  );
  const issued = story.filter(
    (f) => !background(f.sentence) && !sentences[f.sentence].headline && issuingDate(f),
  );
  // "attacked … overnight, the army said on Wednesday": the night before the statement's day.
  if (!first.length && !rest.length && overnightAttack())
    for (const f of issued) if (f.weekday !== null && !f.day && f.shift === undefined) f.shift = -1;
  const candidates = [...first, ...rest, ...issued];
  /** Does a sentence that tells the attack say it came at night, with no day of its own? */
  function overnightAttack(): boolean {
    return sentences.some(
      (s) =>
        !background(s.index) &&
        attackSentence(s.index) &&
        !found.some((f) => f.sentence === s.index && !issuingDate(f)) &&
        tokens.slice(s.first, s.last).some((t) => NIGHT_WORDS.has(t.norm)),
    );
  }
  /** The day each news sentence names, for telling two attacks of one article apart. */
  const sentenceDays = () => {
    const out: Array<{ sentence: number; date: string }> = [];
    const news = story.filter((f) => !background(f.sentence));
    for (let n = 0; n < news.length; n++) {
      const r = resolveAt(news, n);
      if (r?.date && r.datePrecision === 'day') out.push({ sentence: news[n].sentence, date: r.date });
    }
    return out;
  };
  /** The date's words with the word after it ("mercredi dernier") and the one before ("last Wednesday"). */
  const lastWords = (f: Found) => text.slice(Math.max(0, f.index - 6), f.index + f.text.length + 12);
  const resolveAt = (candidates: Found[], n: number): EventDate | null => {
    const f = candidates[n];
    // "le soir entre mercredi et jeudi": the first day of a pair is the attack's, whatever precedes it.
    if (speechBefore(f.index) && candidates.length > n + 1 && !weekdayPair(f, candidates[n + 1])) return null;
    if (f.day && f.month) {
      const y = yearFor(f);
      if (!y) return null;
      const date = iso(y, f.month, f.day);
      if (f.endDay && f.endDay !== f.day) {
        const endMonth = f.endDay < f.day ? (f.month % 12) + 1 : f.month;
        return {
          date,
          dateEnd: iso(endMonth < f.month ? y + 1 : y, endMonth, f.endDay),
          datePrecision: 'span',
          dateText: f.text,
        };
      }
      return { date, datePrecision: 'day', dateText: f.text };
    }
    if (f.relative) {
      if (!pubDate || /veille|lendemain/i.test(f.text)) return null;
      const r = parser.parseDate(f.text, datelineAt ?? pubDate);
      if (r) return { date: isoOf(r), datePrecision: 'day', dateText: f.text };
      return null;
    }
    if (f.weekday !== null) {
      // The nearest explicit date of the main event, else the publication date. With a publication
      // date, a date further down the text anchors the weekday only when it is that very weekday
      // ("vendredi … ce vendredi 3 décembre"): the lede's weekday is of the publication's week.
      let anchor: Date | null = null;
      let best = Infinity;
      for (const e of explicit) {
        // An embedded post's date ("— Army (@army) June 15, 2020") may anchor; a caption's or a name's not.
        if ((e.furniture && e.furniture !== 'post') || background(e.sentence)) continue;
        // "vendredi … 40 soldats avaient été tués le 30 septembre": a recalled attack's day.
        if (recalledDate(e) && !recalled(f.sentence)) continue;
        const at = utc(yearFor(e)!, e.month!, e.day!);
        if (pubDate && e.index > f.index && e.sentence !== f.sentence && at.getUTCDay() !== f.weekday)
          continue;
        const d = Math.abs(e.index - f.index);
        if (d < best) {
          best = d;
          anchor = at;
        }
      }
      // A news story's weekday is of the publication's week when the explicit date lies in it:
      // "on Tuesday, October 13 … on Wednesday" published Wednesday 14 is the 14th, not the 7th.
      if (
        anchor &&
        pubDate &&
        pubDate.getTime() >= anchor.getTime() &&
        pubDate.getTime() - anchor.getTime() < 7 * 86400000
      )
        anchor = pubDate;
      const fromText = anchor !== null && anchor !== pubDate;
      // A dispatch's dateline ("BAMAKO, Feb 12 (Reuters) -") is an explicit date of the text too:
      // its weekdays are of its week, when the page was published (or updated) later.
      anchor ??= datelineAt ?? pubDate;
      if (!anchor) return null;
      let day = weekdayOnOrBefore(anchor, f.weekday);
      // "last Wednesday", "mercredi dernier" on a Wednesday: the week before; a bare weekday is that day.
      // Against a date of the text, that date is the day: "vendredi dernier … ce vendredi 3 décembre".
      if (
        !fromText &&
        day.getTime() === anchor.getTime() &&
        /\b(last|dernier|derni\u00e8re|pass\u00e9)\b/i.test(lastWords(f))
      )
        day = new Date(day.getTime() - 7 * 86400000);
      if (f.endWeekday !== null && f.endWeekday !== f.weekday) {
        const end = new Date(day.getTime() + ((f.endWeekday - f.weekday + 7) % 7) * 86400000);
        // Both days must lie on or before the anchor; else the span is the week before.
        const shift = end.getTime() > anchor.getTime() ? 7 * 86400000 : 0;
        return {
          date: isoOf(new Date(day.getTime() - shift)),
          dateEnd: isoOf(new Date(end.getTime() - shift)),
          datePrecision: 'span',
          dateText: f.text,
        };
      }
      // "on Sunday and Monday": a span.
      const next = candidates[n + 1];
      if (next && weekdayPair(f, next)) {
        const end = weekdayOnOrBefore(anchor, next.weekday!);
        const start = end.getTime() < day.getTime() ? new Date(day.getTime() - 7 * 86400000) : day;
        return {
          date: isoOf(start),
          dateEnd: isoOf(end),
          datePrecision: 'span',
          dateText: text.slice(f.index, next.index + next.text.length),
        };
      }
      if (f.shift) day = new Date(day.getTime() + f.shift * 86400000);
      return { date: isoOf(day), datePrecision: 'day', dateText: f.text };
    }
    return null;
  };
  /**
   * "Le 14 juin, le bilan s'est alourdi … L'attaque de mercredi": a date that no attack word
   * names is of later news when a day the attack's words name, or another day of the month the
   * attack's sentences give ("vendredi 12 juillet"), falls one to three days before it.
   */
  const boundBefore = (n: number, r: EventDate): EventDate | null => {
    if (n >= first.length || pairBound(first[n]) || !r.date) return null;
    for (let m = n + 1; m < first.length; m++) {
      const explicitDay = !!(first[m].day && first[m].month);
      if ((!pairBound(first[m]) && !explicitDay) || recalled(first[m].sentence)) continue;
      const o = resolveAt(candidates, m);
      const gap = o?.date ? (Date.parse(r.date) - Date.parse(o.date)) / 86400000 : 0;
      if (o && gap >= 1 && gap <= 3) return o;
    }
    // "Mercredi 12 juin, des terroristes ont attaqué… Tout a commencé mardi vers 23 heures": the day it began.
    for (let m = first.length; m < first.length + rest.length; m++) {
      if (!beganBefore(candidates[m]) || recalled(candidates[m].sentence)) continue;
      const o = resolveAt(candidates, m);
      if (o?.date && (Date.parse(r.date) - Date.parse(o.date)) / 86400000 === 1) return o;
    }
    return null;
  };
  /** A verb of starting just before the date: "a commencé mardi", "started late on Tuesday". */
  const beganBefore = (f: Found) => {
    const words = tokenBefore(f.index);
    const from = TIME_OF_DAY_BEFORE.has(words[0] ?? '') ? 1 : 0;
    return words.slice(from, from + 2).some((w) => BEGAN.has(w));
  };
  for (let n = 0; n < candidates.length; n++) {
    const r = resolveAt(candidates, n);
    if (!r) continue;
    return { ...(boundBefore(n, r) ?? r), days: sentenceDays() };
  }
  return { date: null, datePrecision: null, days: sentenceDays() };
}
