/**
 * Main event or background: figures about earlier attacks ("earlier this month",
 * "en mars dernier", "le 19 février 2022" when the attack was in March), totals over
 * a period ("since May", "depuis décembre") go to `background`.
 *
 * The rules, each in its module: page furniture (furniture-lines.ts), cue phrases and counted
 * periods (background-cues.ts), dates of another time (other-dates.ts), and the clause each cue
 * covers (background-clauses.ts).
 */
import { clauseOf } from './background-clauses';
import { missionRecord } from './mission-record';
import { BEGINNINGS, countedPeriod, cuePhrases, elapsedSpan } from './background-cues';
import { captionLine, furnitureLine } from './furniture-lines';
import { KIND_WORDS } from './lexicon';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import { livesAfter } from './agent-cues';
import { isYearText, MONTH_NUM } from './month-numbers';
import { EN_UNITS, FR_UNITS } from './number-words';
import { earlierWeekday, earlierYear, MID_MONTH, otherMonth, recalled } from './other-dates';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export interface MainTime {
  year: number | null;
  month: number | null;
  day?: number | null;
  /** The publication day (YYYY-MM-DD…), against which a weekday resolves. */
  published?: string | null;
  /**
   * When the month is the publication's (the text dates nothing), the last sentence of the
   * story's opening (its title and lede): a month told there is the news's, not another time.
   */
  guessedUpTo?: number;
  /**
   * When nothing dates the story, the last sentence of its opening: "last week", "le mois dernier"
   * told there is the news's time, not another one.
   */
  undatedUpTo?: number;
}

/**
 * What backgroundRanges reads of a sentence whatever the main event's time: whether it is page
 * furniture or a caption, its cue phrases, and the periods and spans counted at its tokens
 * (pairs: the token, then the cue's start). Read once: the ranges are asked for twice, before
 * and after the main date is known.
 */
export interface TimelessCues {
  whole: boolean;
  phrases: number[];
  /** The phrases naming the last week or month ("last week", "la semaine dernière"). */
  periods: number[];
  spans: number[];
}

/** Sentence s's cues of another time that do not depend on the main event's. */
export function timelessCues(tokens: Token[], s: Sentence): TimelessCues {
  const whole = { whole: true, phrases: [], periods: [], spans: [] };
  if (furnitureLine(tokens, s)) return whole;
  // A caption: its figures are another moment's ("… des funérailles de 30 soldats. Photo : Reuters").
  if (captionLine(tokens, s)) return whole;
  // "la Minusma, mission de l'ONU la plus meurtrière, a perdu 170 Casques bleus": a mission's record.
  if (missionRecord(tokens, s)) return whole;
  const spans: number[] = [];
  for (let k = s.first; k < s.last; k++) {
    const period = countedPeriod(tokens, s, k);
    if (period >= 0) spans.push(k, period);
    const elapsed = elapsedSpan(tokens, s, k);
    if (elapsed >= 0) spans.push(k, elapsed);
  }
  const periods: number[] = [];
  return { whole: false, phrases: cuePhrases(tokens, s, periods), periods, spans };
}

/** Token ranges of sentence s about another time than the main event, or about a total over a period. */
export function backgroundRanges(
  tokens: Token[],
  s: Sentence,
  main: MainTime,
  timeless = timelessCues(tokens, s),
): Array<[number, number]> {
  if (timeless.whole) return [[s.first, s.last]];
  // "Gunmen killed 50 villagers in Moura last week, HRW said": the undated story's own time.
  const undated = main.day == null && s.index <= (main.undatedUpTo ?? -1);
  const cues = undated
    ? timeless.phrases.filter((p) => !timeless.periods.includes(p))
    : [...timeless.phrases];
  const { spans } = timeless;
  let next = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    for (; next < spans.length && spans[next] === k; next += 2) cues.push(spans[next + 1]);
    const month =
      t.type === 'word'
        ? (MONTH_NUM.get(t.norm) ?? MONTH_NUM.get(MID_MONTH.exec(t.norm)?.[1] ?? ''))
        : undefined;
    if (
      month !== undefined &&
      (t.norm !== 'may' || t.text === 'May') &&
      (t.norm !== 'mar' || t.text === 'Mar') &&
      otherMonth(tokens, s, k, month, main)
    )
      cues.push(k);
    if (earlierWeekday(tokens, k, main) && recalled(tokens, s, k)) cues.push(k);
    if (earlierYear(tokens, s, k, main)) cues.push(k);
  }
  const out: Array<[number, number]> = [];
  for (const p of cues) {
    // "…were killed in Boni two days after an attack that killed 30 in Dioura", "Two days after an
    // ambush killed 20 soldiers, gunmen…": a time after another attack covers what it says of that
    // attack, from the cue on, not the clause told before it.
    if (afterCue(tokens, p)) out.push([p, clauseOf(tokens, s, p)[1]]);
    // A cue opening the sentence ("Since May, …", "En octobre 2020, …") covers all of it; else its clause.
    else if (p - s.first <= 3 || openingPhrase(tokens, s, p)) out.push([s.first, s.last]);
    else out.push(clauseOf(tokens, s, p));
  }
  return out;
}

/**
 * Is the cue at p inside the phrase that opens sentence s before its first comma, with no figure
 * or deed of its own ("In a similar incident in January, …", "Lors d'une attaque en mars 2022, …")?
 * Such a phrase sets the time of the whole sentence.
 */
function openingPhrase(tokens: Token[], s: Sentence, p: number): boolean {
  if (!OPENING_PREPOSITIONS.has(tokens[s.first].norm)) return false;
  for (let k = s.first; k < Math.min(s.last, s.first + OPENING_REACH); k++) {
    const t = tokens[k];
    if (t.text === ',') return k > p;
    if (KIND_WORDS.has(t.norm) || (t.type === 'num' && !isYearText(t.text) && !MONTH_NEXT(tokens, k)))
      return false;
  }
  return false;
}
const OPENING_REACH = 10;
const OPENING_PREPOSITIONS = new Set(['in', 'during', 'lors', 'en', 'dans', 'au', 'a', 'pendant', 'on']);
/** A day's number before or after its month ("le 3 janvier", "January 3"). */
const MONTH_NEXT = (tokens: Token[], k: number) =>
  MONTH_NUM.has(tokens[k + 1]?.norm ?? '') || MONTH_NUM.has(tokens[k - 1]?.norm ?? '');

/** Does the cue phrase at p tell a time after another event ("days after", "une semaine après celle")? */
function afterCue(tokens: Token[], p: number): boolean {
  // "Dix ans après son déploiement, la mission a perdu 76 hommes": a period since a beginning
  // covers its whole sentence.
  for (let k = p; k < p + 3; k++)
    if (AFTER.has(tokens[k]?.norm ?? '')) return !BEGINNINGS.has(tokens[k + 2]?.norm ?? '');
  return false;
}
const AFTER = new Set(['after', 'apres']);

/** Is sentence s mostly about another time than the main event? */
export function isBackgroundSentence(
  tokens: Token[],
  s: Sentence,
  main: MainTime,
  ranges = backgroundRanges(tokens, s, main),
): boolean {
  const covered = new Uint8Array(s.last - s.first);
  for (const [a, b] of ranges) for (let k = a; k < b; k++) covered[k - s.first] = 1;
  let n = 0;
  for (const c of covered) n += c;
  if (!(n * 2 >= covered.length && n > 0)) return false;
  // "Twelve people were killed on Sunday, a week after an attack that killed 30": the part
  // outside the recalled clause tells a toll of its own, the news.
  // "JNIM, formed in 2017 from a merger of Ansar Dine, claimed the attack": the rest claims the news.
  return !ownToll(tokens, s, covered) && !ownClaim(tokens, s, covered);
}

/** Does the part of sentence s outside `covered` claim the attack ("claimed the attack", "a revendiqué l'attaque")? */
function ownClaim(tokens: Token[], s: Sentence, covered: Uint8Array): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (covered[k - s.first] || !hasStem(tokens[k].norm, CLAIM_STEMS)) continue;
    if (!livesAfter(tokens, k, s.last)) return true;
  }
  return false;
}

/** Does the part of sentence s outside `covered` hold a number with a kind word right after it, or its verb right before? */
function ownToll(tokens: Token[], s: Sentence, covered: Uint8Array): boolean {
  const free = (k: number) => k < s.last && !covered[k - s.first];
  // Only a main clause before the recalled one: "Le 12 mars, 30 soldats avaient été tués" stays background.
  for (let k = s.first; k < s.last && free(k); k++) {
    const t = tokens[k];
    const number = t.type === 'num' ? !isYearText(t.text) : EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm);
    if (!number) continue;
    for (let j = k + 1; j < k + 5 && free(j); j++) if (KIND_WORDS.has(tokens[j].norm)) return true;
    // "Jihadists killed 12 civilians on Sunday, a week after…": the verb before the number.
    for (let j = k - 1; j >= Math.max(s.first, k - 3); j--) if (KIND_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}
const ANAPHORA = new Set([
  'cette',
  'ce',
  'cet',
  'ces',
  'celle-ci',
  'celui-ci',
  'this',
  'that',
  'these',
  'those',
  'it',
  'elle',
  'celle',
]);

/** Background flags for every sentence; a sentence opening on "Cette dernière…" continues a background one. */
export function backgroundSentences(
  tokens: Token[],
  sentences: Sentence[],
  main: MainTime,
  ranges?: Array<Array<[number, number]>>,
): boolean[] {
  const out = sentences.map((s, i) => isBackgroundSentence(tokens, s, main, ranges?.[i]));
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    if (
      !out[i] &&
      out[i - 1] &&
      sentences[i - 1].paragraph === s.paragraph &&
      ANAPHORA.has(tokens[s.first]?.norm ?? '')
    )
      out[i] = true;
  }
  return out;
}
