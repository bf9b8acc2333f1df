/**
 * The day of the main attack, read with chrono-node against the publication date.
 * SCHEMA.md: the date needs a year from the text, a ` date YYYY-MM` line or
 * `published`; a weekday resolves against the nearest explicit date in the text,
 * else against `published`. Never invented.
 *
 * The steps, each in its module: the dates the text mentions (date-mentions.ts, read by
 * chrono-dates.ts), days counted from them (date-shifts.ts), what they resolve against
 * (date-setting.ts), the order in which they may be the attack's (date-candidates.ts, with
 * attack-dates.ts, statement-dates.ts, recalled-dates.ts and night-spans.ts), and the day or
 * span each names (resolve-date.ts).
 */
import * as chrono from 'chrono-node';
import { utc } from './calendar';
import { frenchDates } from './chrono-fr';
import { attackSentence } from './attack-dates';
import { boundBefore, dateCandidates } from './date-candidates';
import { MONTH_NUM } from './month-numbers';
import { EN_MONTHS, FR_MONTHS } from './number-words';
import { dateHint, readDateMentions, type Found } from './date-mentions';
import { dateSetting, type DateSetting } from './date-setting';
import { dayBeforeOrAfter } from './date-shifts';
import { resolveAt, type EventDate } from './resolve-date';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export { weekdayYear } from './calendar';
export { dateHint } from './date-mentions';
export type { EventDate } from './resolve-date';

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
  const pubDate = pub
    ? utc(Number(pub.slice(0, 4)), Number(pub.slice(5, 7)), Number(pub.slice(8, 10)))
    : null;
  const ref = pubDate ?? (hint ? utc(hint.year, hint.month, hint.day ?? 15) : new Date());
  const parser = lang === 'fr' ? frenchDates() : chrono.en;
  const { found, datelineAt, datelineDay } = readDateMentions(text, tokens, sentences, hint, pubDate, ref);
  found.push(...dayBeforeOrAfter(tokens, sentences, found));
  found.sort((a, b) => a.index - b.index);
  const setting = dateSetting({
    text,
    tokens,
    sentences,
    found,
    // The day of a dateline ("Bamako, 15 juin 2020 -") is the publication's, when the page gives none.
    pubDate: pubDate ?? datelineDay,
    datelineAt,
    hint,
    parser,
    background,
  });
  const ranked = dateCandidates(setting);
  const { candidates } = ranked;
  // "executed dozens of civilians in March, HRW said on Wednesday": the attack's sentence names
  // only its month; the day of the statement is no day of the attack.
  const issuedFrom = candidates.length - ranked.issued.length;
  for (let n = 0; n < candidates.length; n++) {
    const r = resolveAt(setting, candidates, n);
    if (!r) continue;
    if (n >= issuedFrom && r.date && otherMonth(setting, Number(r.date.slice(5, 7)))) break;
    return { ...(boundBefore(setting, ranked, n, r) ?? r), days: sentenceDays(setting, ranked.story) };
  }
  return { date: null, datePrecision: null, days: sentenceDays(setting, ranked.story) };
}

/** Does the lede (the first sentence that tells an attack) name only a month, and another than `month`? */
function otherMonth({ tokens, sentences, background }: DateSetting, month: number): boolean {
  const lede = sentences.find(
    (s) => !s.headline && !background(s.index) && attackSentence(tokens, sentences, s.index),
  );
  const months = lede ? monthsAlone(tokens, lede) : [];
  return months.length > 0 && !months.includes(month);
}

/** The months named without their day in sentence s: "in March", "en mars 2022", not "3 March" or "March 3". */
function monthsAlone(tokens: Token[], s: Sentence): number[] {
  const out: number[] = [];
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    const month = FULL_MONTHS.has(t.norm) ? MONTH_NUM.get(t.norm) : undefined;
    // "May" is also the verb: an English month only capitalised.
    if (!month || (t.norm === 'may' && !/^\p{Lu}/u.test(t.text))) continue;
    const after = tokens[k + 1];
    if (after?.type === 'num' && after.text.length <= 2) continue;
    // "3 mars", "le 1er mars", "the 21st of March": a day before it.
    let b = k - 1;
    if (['of', 'de'].includes(tokens[b]?.norm ?? '')) b--;
    if (ORDINAL_ENDINGS.has(tokens[b]?.norm ?? '')) b--;
    if (tokens[b]?.type === 'num') continue;
    // "since March", "depuis mars": a period, not the attack's month.
    if (PERIOD_OPENERS.has(tokens[k - 1]?.norm ?? '')) continue;
    out.push(month);
  }
  return out;
}
const PERIOD_OPENERS = new Set(['since', 'depuis', 'until', 'jusqu', "jusqu'"]);
const ORDINAL_ENDINGS = new Set(['er', 're', 'st', 'nd', 'rd', 'th', 'e', 'eme']);
const FULL_MONTHS = new Set<string>([...EN_MONTHS.filter((m) => m.length > 3), ...FR_MONTHS]);

/** The day each news sentence names, for telling two attacks of one article apart. */
function sentenceDays(setting: DateSetting, story: Found[]): Array<{ sentence: number; date: string }> {
  const out: Array<{ sentence: number; date: string }> = [];
  const news = story.filter((f) => !setting.background(f.sentence));
  for (let n = 0; n < news.length; n++) {
    const r = resolveAt(setting, news, n);
    if (r?.date && r.datePrecision === 'day') out.push({ sentence: news[n].sentence, date: r.date });
  }
  return out;
}
