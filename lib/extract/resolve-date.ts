/**
 * A date of the text as a day or a span of the calendar: an explicit day with its year, a
 * relative day ("hier", "yesterday") against the publication, a weekday against the nearest
 * explicit date of the main event, else the publication or the dateline.
 */
import type { DatePrecision } from '../types';
import { iso, isoOf, utc, weekdayOnOrBefore } from './calendar';
import type { Found } from './date-mentions';
import { yearFor, type DateSetting } from './date-setting';
import { recalled, recalledDate } from './recalled-dates';
import { speechBefore } from './verb-before-date';

export interface EventDate {
  /** Days named sentence by sentence (not part of the Incident). */
  days?: Array<{ sentence: number; date: string }>;
  date: string | null;
  dateEnd?: string | null;
  datePrecision?: DatePrecision | null;
  dateText?: string;
}

/** "Sunday and Monday", "mercredi et jeudi", "samedi au dimanche", "Sunday into Monday": two weekdays of one span. */
export const weekdayPair = (text: string, f: Found, next: Found | undefined) =>
  !!next &&
  f.weekday !== null &&
  !f.day &&
  next.weekday !== null &&
  !next.day &&
  // "late on Tuesday and early on Wednesday", "tard lundi et tôt mardi": times of day between.
  /^\s*(and|et|to|into|au|à|-)\s*((early|late|tôt|tard)\s+)?$/i.test(
    text.slice(f.index + f.text.length, next.index),
  );

/** The date's words with the word after it ("mercredi dernier") and the one before ("last Wednesday"). */
const lastWords = (text: string, f: Found) =>
  text.slice(Math.max(0, f.index - 6), f.index + f.text.length + 12);

/** The day or span of the n-th of `candidates`, or null when it cannot be placed (or is a statement's). */
export function resolveAt(setting: DateSetting, candidates: Found[], n: number): EventDate | null {
  const { text, tokens, pubDate, datelineAt, parser } = setting;
  const f = candidates[n];
  // "le soir entre mercredi et jeudi": the first day of a pair is the attack's, whatever precedes it.
  if (speechBefore(tokens, f.index) && candidates.length > n + 1 && !weekdayPair(text, f, candidates[n + 1]))
    return null;
  if (f.day && f.month) {
    const y = yearFor(setting, f);
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
  if (f.weekday !== null) return resolveWeekday(setting, candidates, n, f.weekday);
  return null;
}

/**
 * What the weekday `f` resolves against, and whether that is a date of the text (not the
 * publication's or the dateline's).
 */
function weekdayAnchor(setting: DateSetting, f: Found): { anchor: Date | null; fromText: boolean } {
  const { tokens, sentences, explicit, background, pubDate, datelineAt } = setting;
  // The nearest explicit date of the main event, else the publication date. With a publication
  // date, a date further down the text anchors the weekday only when it is that very weekday
  // ("vendredi … ce vendredi 3 décembre"): the lede's weekday is of the publication's week.
  let anchor: Date | null = null;
  let best = Infinity;
  for (const e of explicit) {
    // An embedded post's date ("— Army (@army) June 15, 2020") may anchor, and the page's time
    // stamp ("Publié le 10/05/2024") when the page gives no publication date; a caption's or a name's not.
    const stamp = e.furniture === 'stamp' && !pubDate;
    if ((e.furniture && e.furniture !== 'post' && !stamp) || background(e.sentence)) continue;
    // "vendredi … 40 soldats avaient été tués le 30 septembre": a recalled attack's day.
    if (recalledDate(tokens, sentences, e) && !recalled(tokens, sentences, f.sentence)) continue;
    const at = utc(yearFor(setting, e)!, e.month!, e.day!);
    // The later date names that weekday itself ("ce vendredi 3 décembre"): a bare "le 2 mai" further
    // down that falls on the same weekday may be another attack's ("jeudi … Le 2 mai, à Djenné…").
    if (pubDate && e.index > f.index && e.sentence !== f.sentence && e.weekday !== f.weekday) continue;
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
  return { anchor, fromText };
}

/** The weekday `weekday` of the n-th of `candidates` as a day, or a span with its end or the next weekday. */
function resolveWeekday(
  setting: DateSetting,
  candidates: Found[],
  n: number,
  weekday: number,
): EventDate | null {
  const { text } = setting;
  const f = candidates[n];
  const { anchor, fromText } = weekdayAnchor(setting, f);
  if (!anchor) return null;
  let day = weekdayOnOrBefore(anchor, weekday);
  // "last Wednesday", "mercredi dernier" on a Wednesday: the week before; a bare weekday is that day.
  // Against a date of the text, that date is the day: "vendredi dernier … ce vendredi 3 décembre".
  if (
    !fromText &&
    day.getTime() === anchor.getTime() &&
    /\b(last|dernier|derni\u00e8re|pass\u00e9)\b/i.test(lastWords(text, f))
  )
    day = new Date(day.getTime() - 7 * 86400000);
  if (f.endWeekday !== null && f.endWeekday !== weekday) {
    const end = new Date(day.getTime() + ((f.endWeekday - weekday + 7) % 7) * 86400000);
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
  if (next && weekdayPair(text, f, next)) {
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
