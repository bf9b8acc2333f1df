/**
 * The dates a text mentions, as the date rules read them: each with its day, month, year or
 * weekday, the sentence it is in and whether it is page furniture. A dateline ("BAMAKO, July 2
 * (Reuters) -") is kept apart: it is the publication's day, not the attack's.
 */
import { utc } from './calendar';
import { chronoDates, type ChronoDate } from './chrono-dates';
import { furnitureDate } from './date-furniture';
import { CURRENT_MONTH_WORDS } from './lexicon-dates';
import { nightFromEnd, OVERNIGHT_INTO, swappedNightStart } from './night-spans';
import { MONTHS } from './numbers';
import { indexAt, type Sentence } from './sentences';
import { fold, type Token } from './tokens';

/** A date the text mentions, as chrono read it and the date rules take it. */
export interface Found {
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
  furniture?: 'caption' | 'stamp' | 'post' | 'name' | null;
  /** Bound to an attack word: "l'attaque de dimanche", "Monday's attack", "attaqué lundi". */
  bound?: boolean;
  /** Days from the weekday named to the event: "said on Tuesday, two days after the attack" is -2. */
  shift?: number;
}

/** A ` date 2022-03` line: the page's year-month, and where the line ends. */
export interface DateHint {
  year: number;
  month: number;
  day: number | null;
  end: number;
}

/** A ` date 2022-03` line some corpus texts start with (the page's year-month). */
export function dateHint(text: string): DateHint | null {
  const m = /^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text.slice(0, 40));
  return m
    ? { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null, end: m[0].length }
    : null;
}

const RELATIVE =
  /\b(veille|hier|yesterday|today|aujourd|demain|tomorrow|tonight|last night|ce matin|this morning|avant-hier|lendemain)\b/i;

const tokenizeWords = (s: string) =>
  fold(s)
    .split(/[^a-z]+/)
    .filter(Boolean);

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

/** The dates of the text after its ` date` line, with the day of its dateline. */
export function readDateMentions(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  hint: DateHint | null,
  pubDate: Date | null,
  ref: Date,
): { found: Found[]; datelineAt: Date | null; datelineDay: Date | null } {
  /** The day of a dateline ("Bamako, 15 juin 2020 -"): the publication's, when the page gives none. */
  let datelineDay: Date | null = null;
  /** The dateline's day even beside a publication date: "hier" in its story is the day before it. */
  let datelineAt: Date | null = null;
  const sentenceStartGap = (offset: number) => offset - sentences[indexAt(sentences, offset)].start;
  const found: Found[] = [];
  let lastEnd = -1;
  for (const r of chronoDates(text, tokens, sentences, ref)) {
    if (hint && r.index < hint.end) continue;
    if (r.index < lastEnd || r.text.includes('\n')) continue;
    // A dateline ("BAMAKO, July 2 (Reuters) -") is the publication, not the attack.
    if (
      /^\s*(\(|[-\u2013\u2014]|\/)/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3)) &&
      sentenceStartGap(r.index) < 40
    ) {
      datelineAt ??= datelineDate(r, hint, pubDate);
      if (!pubDate && !datelineDay) datelineDay = datelineAt;
      continue;
    }
    lastEnd = r.index + r.text.length;
    const f = mentionOf(text, sentences, r, ref);
    if (f) found.push(f);
  }
  return { found, datelineAt, datelineDay };
}

/** The day a dateline names, with the year of the page when it gives none; null for no day. */
function datelineDate(r: ChronoDate, hint: DateHint | null, pubDate: Date | null): Date | null {
  const d = r.start;
  if (d.isCertain('day') && d.isCertain('month') && r.index < 400) {
    const y = d.isCertain('year') ? d.get('year')! : (hint?.year ?? pubDate?.getUTCFullYear() ?? null);
    if (y) return utc(y, d.get('month')!, d.get('day')!);
  }
  return null;
}

/** The date chrono read at `r` as the date rules take it, or null when it names no day. */
function mentionOf(text: string, sentences: Sentence[], r: ChronoDate, ref: Date): Found | null {
  const sentenceAt = (offset: number) => indexAt(sentences, offset);
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
    certainDay = true;
    ({ day, month, year } = nightFromEnd(e, weekday, ref));
  }
  // chrono may swap the two ends when the second is in the past of its reference ("du samedi 4 au
  // dimanche 5 mai 2024" read in 2026): the night still starts on the first day named.
  const ew2 = e && !e.isCertain('day') && e.isCertain('weekday') ? (e.get('weekday') ?? null) : null;
  if (certainDay && ew2 !== null && weekday !== null && ew2 !== weekday && firstWeekday(r.text) === ew2)
    ({ day, month, year } = swappedNightStart({ day, month, year }, weekday, ew2, ref));
  if (!certainDay && weekday === null && !relative) return null;
  return {
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
    ...(weekday !== null && !certainDay && OVERNIGHT_INTO.test(text.slice(Math.max(0, r.index - 30), r.index))
      ? { shift: -1, bound: true }
      : {}),
  };
}
