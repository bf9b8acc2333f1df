/**
 * Attacks at night, which span two days and are dated to the first (SCHEMA.md): "dans la nuit
 * du samedi 18 au dimanche 19 juin", "overnight into Wednesday", "attacked … overnight, the army
 * said on Wednesday".
 */
import type { ParsedComponents } from 'chrono-node';
import { attackSentence } from './attack-dates';
import { utc } from './calendar';
import type { Found } from './date-mentions';
import type { Sentence } from './sentences';
import { issuingDate } from './statement-dates';
import type { Token } from './tokens';

/** A day of the month, its year when the text gives it. */
export interface MonthDay {
  day: number | null;
  month: number | null;
  year: number | null;
}

/** Words of an attack at night: "overnight", "an overnight attack", "dans la nuit", "last night". */
const NIGHT_WORDS = new Set(['overnight', 'nuit', 'night']);
/** "overnight into", "in the night to", "dans la nuit de … à": a night that ends on the weekday after it. */
export const OVERNIGHT_INTO = /\b(overnight|night)\s+(into|to|until)\s*$/i;

/**
 * "dans la nuit du samedi 18 au dimanche 19 juin": the first day, counted back from the second
 * (`e`, the end chrono read), to the weekday named first or else one day.
 */
export function nightFromEnd(e: ParsedComponents, weekday: number | null, ref: Date): MonthDay {
  const y0 = e.isCertain('year') ? e.get('year')! : ref.getUTCFullYear();
  const second = utc(y0, e.get('month')!, e.get('day')!);
  const ew = e.isCertain('weekday') ? (e.get('weekday') ?? null) : null;
  const wd = e.isCertain('year') || ew === null ? second.getUTCDay() : ew;
  const back = weekday !== null ? (wd - weekday + 7) % 7 || 7 : 1;
  const d0 = new Date(second.getTime() - back * 86400000);
  return {
    day: d0.getUTCDate(),
    month: d0.getUTCMonth() + 1,
    year: e.isCertain('year') ? d0.getUTCFullYear() : null,
  };
}

/**
 * chrono may swap the two ends when the second is in the past of its reference ("du samedi 4 au
 * dimanche 5 mai 2024" read in 2026): the night still starts on the first day named, `ew2`.
 */
export function swappedNightStart(at: MonthDay, weekday: number, ew2: number, ref: Date): MonthDay {
  const { day, month, year } = at;
  const y0 = year ?? ref.getUTCFullYear();
  // Counted from the calendar's weekday of the date: the text's own weekday may be wrong.
  const named = utc(y0, month!, day!);
  const wd = year !== null ? named.getUTCDay() : weekday;
  const d0 = new Date(named.getTime() - ((wd - ew2 + 7) % 7) * 86400000);
  return {
    day: d0.getUTCDate(),
    month: d0.getUTCMonth() + 1,
    year: year === null ? null : d0.getUTCFullYear(),
  };
}

/** Does a sentence that tells the attack say it came at night, with no day of its own? */
export function overnightAttack(
  tokens: Token[],
  sentences: Sentence[],
  found: Found[],
  background: (i: number) => boolean,
): boolean {
  return sentences.some(
    (s) =>
      !background(s.index) &&
      attackSentence(tokens, sentences, s.index) &&
      !found.some((f) => f.sentence === s.index && !issuingDate(tokens, sentences, f)) &&
      tokens.slice(s.first, s.last).some((t) => NIGHT_WORDS.has(t.norm)),
  );
}
