/**
 * What a text's dates resolve against: its other dates, its publication day, its dateline, the
 * ` date` line some corpus texts start with, and the years it mentions.
 */
import type * as chrono from 'chrono-node';
import { weekdayYear } from './calendar';
import type { DateHint, Found } from './date-mentions';
import { isYearAt } from './numbers';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export interface DateSetting {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Every date the text mentions, in text order. */
  found: Found[];
  /** The dates that name a day of the month whose year is known. */
  explicit: Found[];
  /** The publication day, else the dateline's when the page gives none. */
  pubDate: Date | null;
  /** The dateline's day even beside a publication date: "hier" in its story is the day before it. */
  datelineAt: Date | null;
  hint: DateHint | null;
  /** The parser of the text's language, for relative days ("hier", "yesterday"). */
  parser: Pick<chrono.Chrono, 'parseDate'>;
  /** Is sentence i about another time? */
  background: (i: number) => boolean;
  /** Every year the text mentions. */
  mentionedYears: number[];
}

/** The setting of the dates `found`, with the years the text mentions and its explicit dates. */
export function dateSetting(base: Omit<DateSetting, 'explicit' | 'mentionedYears'>): DateSetting {
  const { tokens } = base;
  const mentionedYears: number[] = [];
  for (let k = 0; k < tokens.length; k++)
    if (isYearAt(tokens, k)) mentionedYears.push(Number(tokens[k].text));
  const setting: DateSetting = { ...base, explicit: [], mentionedYears };
  setting.explicit = setting.found.filter((f) => f.day && f.month && yearFor(setting, f));
  return setting;
}

/** The year of a date: its own, else the publication's, the ` date` line's or another date's of the text. */
export function yearFor(setting: DateSetting, f: Found): number | null {
  const { pubDate, hint, found, mentionedYears } = setting;
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
}
