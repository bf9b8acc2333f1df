/**
 * A day counted from a date of the same sentence: "la veille", "le lendemain", "the day
 * before", "two days after the attack", "deux jours plus tôt".
 */
import { ATTACK_WORDS } from './attack-dates';
import { utc } from './calendar';
import type { Found } from './date-mentions';
import { EN_UNITS, FR_UNITS } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

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

/** "le calme est revenu ce 18 septembre, après l'attaque la veille": the 17th, at the word "veille". */
export function dayBeforeOrAfter(tokens: Token[], sentences: Sentence[], found: Found[]): Found[] {
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
