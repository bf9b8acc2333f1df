/**
 * The dates that may be the attack's, in order: those in the sentences that tell the attack
 * first (bound to its words before the others), then any other date of the main story, the day
 * a statement was issued last; and a day bound to the attack a few days before the one chosen.
 */
import { attackSentence, boundToAttack } from './attack-dates';
import type { Found } from './date-mentions';
import type { DateSetting } from './date-setting';
import { overnightAttack } from './night-spans';
import { recalled } from './recalled-dates';
import { resolveAt, weekdayPair, type EventDate } from './resolve-date';
import { issuingDate } from './statement-dates';
import { beganBefore } from './verb-before-date';

export interface DateCandidates {
  /** The story's dates: not a caption's, an embedded post's or a name's. */
  story: Found[];
  /** Dates in the sentences that tell the attack, by sentence, those bound to the attack first. */
  first: Found[];
  /** Any other date of the main story, outside headlines. */
  rest: Found[];
  /** The days statements were issued. */
  issued: Found[];
  /** first, rest and issued, in that order. */
  candidates: Found[];
}

/** Bound to the attack, a pair of weekdays through its first day ("overnight Sunday into Monday, killing"). */
function pairBound(setting: DateSetting, story: Found[], f: Found): boolean {
  const { text, tokens } = setting;
  const i = story.indexOf(f);
  if (i > 0 && weekdayPair(text, story[i - 1], f)) return false;
  return (
    boundToAttack(tokens, f) || (weekdayPair(text, f, story[i + 1]) && boundToAttack(tokens, story[i + 1]))
  );
}

/** The dates of the main story, in the order they may be the attack's. */
export function dateCandidates(setting: DateSetting): DateCandidates {
  const { tokens, sentences, found, background } = setting;
  // Dates in the sentences that tell the attack first; then any other date of the main story;
  // the day a statement was issued last.
  const story = found.filter((f) => !f.furniture);
  const first = story.filter(
    (f) =>
      !background(f.sentence) &&
      attackSentence(tokens, sentences, f.sentence) &&
      !issuingDate(tokens, sentences, f),
  );
  // A date bound to the attack's own words comes before the other dates of the attack's sentences.
  first.sort(
    (a, b) =>
      a.sentence - b.sentence ||
      Number(pairBound(setting, story, b)) - Number(pairBound(setting, story, a)) ||
      a.index - b.index,
  );
  const rest = story.filter(
    (f) =>
      !background(f.sentence) &&
      !attackSentence(tokens, sentences, f.sentence) &&
      !sentences[f.sentence].headline &&
      !issuingDate(tokens, sentences, f),
  );
  const issued = story.filter(
    (f) => !background(f.sentence) && !sentences[f.sentence].headline && issuingDate(tokens, sentences, f),
  );
  // "attacked … overnight, the army said on Wednesday": the night before the statement's day.
  if (!first.length && !rest.length && overnightAttack(tokens, sentences, found, background))
    for (const f of issued) if (f.weekday !== null && !f.day && f.shift === undefined) f.shift = -1;
  return { story, first, rest, issued, candidates: [...first, ...rest, ...issued] };
}

/**
 * "Le 14 juin, le bilan s'est alourdi … L'attaque de mercredi": a date that no attack word
 * names is of later news when a day the attack's words name, or another day of the month the
 * attack's sentences give ("vendredi 12 juillet"), falls one to three days before it.
 */
export function boundBefore(
  setting: DateSetting,
  { story, first, rest, candidates }: DateCandidates,
  n: number,
  r: EventDate,
): EventDate | null {
  const { tokens, sentences } = setting;
  if (n >= first.length || pairBound(setting, story, first[n]) || !r.date) return null;
  for (let m = n + 1; m < first.length; m++) {
    const explicitDay = !!(first[m].day && first[m].month);
    if (
      (!pairBound(setting, story, first[m]) && !explicitDay) ||
      recalled(tokens, sentences, first[m].sentence)
    )
      continue;
    const o = resolveAt(setting, candidates, m);
    const gap = o?.date ? (Date.parse(r.date) - Date.parse(o.date)) / 86400000 : 0;
    if (o && gap >= 1 && gap <= 3) return o;
  }
  // "Mercredi 12 juin, des terroristes ont attaqué… Tout a commencé mardi vers 23 heures": the day it began.
  for (let m = first.length; m < first.length + rest.length; m++) {
    if (!beganBefore(tokens, candidates[m]) || recalled(tokens, sentences, candidates[m].sentence)) continue;
    const o = resolveAt(setting, candidates, m);
    if (o?.date && (Date.parse(r.date) - Date.parse(o.date)) / 86400000 === 1) return o;
  }
  return null;
}
