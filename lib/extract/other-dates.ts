/**
 * Dates of another time than the main event: a month or a day of the month ("en mars dernier",
 * "le 19 février 2022" when the attack was in March), a weekday before the main event's day
 * told as past ("jeudi dernier", "Samedi déjà"), an earlier year ("en 2019").
 */
import type { MainTime } from './background';
import { superlativeAt } from './superlatives';
import { inModelName } from './item-names';
import { isYearText } from './month-numbers';
import { EN_WEEKDAYS, FR_WEEKDAYS } from './number-words';
import { isYearAt } from './numbers';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Words before a month naming another time or a period: "in March", "between January and August". */
const PERIOD_BEFORE = new Set([
  'en',
  'in',
  'of',
  'since',
  'depuis',
  'de',
  "d'",
  'le',
  'between',
  'entre',
  'from',
  // A part of the month: "fin avril", "début mars", "courant avril", "in late April", "early March".
  ...['fin', 'debut', 'courant', 'late', 'early', 'mid'],
]);
/** "mi-avril", "mid-April": a month's middle in one word. */
export const MID_MONTH = /^(?:mi|mid)-(\p{L}+)$/u;
const DATELINE_AFTER = new Set(['(', '-', '\u2013', '\u2014', '/']);
const DAY_MS = 86400000;
/** Words that open an update of the article: "Update", "Updated on", "Mise à jour du". */
const UPDATE_WORDS = new Set(['update', 'updated', 'jour', 'maj', 'actualisation', 'actualise']);

/** Does an update word stand among the few words before the month at k ("Update: Nov. 22")? */
function updateBefore(tokens: Token[], from: number, k: number): boolean {
  for (let j = Math.max(from, k - 4); j < k; j++) {
    const w = tokens[j].norm;
    if (UPDATE_WORDS.has(w) && (w !== 'jour' || tokens[j - 1]?.norm === 'a')) return true;
  }
  return false;
}

/**
 * Is `month` at k another time than the main event: a day more than three days from the main
 * event's ("le 19 février 2022"), another month told as past or as a period ("en mars dernier",
 * "in March", "since May")? Not a dateline's month, nor an update's.
 */
export function otherMonth(tokens: Token[], s: Sentence, k: number, month: number, main: MainTime): boolean {
  const dayBefore = tokens[k - 1]?.type === 'num' ? Number(tokens[k - 1].text) : null;
  const dayAfter =
    tokens[k + 1]?.type === 'num' && !isYearText(tokens[k + 1].text) ? Number(tokens[k + 1].text) : null;
  const day = dayBefore ?? dayAfter;
  let y = k + 1;
  while (y < s.last && y < k + 4 && !isYearText(tokens[y].text)) y++;
  const year = y < s.last && isYearText(tokens[y].text) ? Number(tokens[y].text) : null;
  // A dateline ("BAMAKO, July 2 (Reuters) -") is the publication, not another event.
  const after =
    tokens[(dayAfter !== null ? k + 2 : k + 1) + (year !== null && y === k + 2 ? 1 : 0)]?.text ?? '';
  if (k - s.first < 6 && DATELINE_AFTER.has(after)) return false;
  // "Update November 22", "Mise à jour du 22 novembre": a later word on the same news.
  if (k - s.first < 6 && updateBefore(tokens, s.first, k)) return false;
  const lastWord =
    ['dernier', 'derniere', 'passe'].includes(tokens[k + 1]?.norm ?? '') || tokens[k - 1]?.norm === 'last';
  if (main.month === null) {
    // "en mars dernier" is another time; "le 14 juin dernier" names a day, maybe the attack's.
    return lastWord && day === null;
  }
  const mainYear = main.year ?? year ?? 2000;
  // "du 12 au 19 mai", "from 12 to 19 May": one span; its first day counts too.
  const spanStart =
    dayBefore !== null &&
    ['au', 'to', 'and', 'et', '-', '\u2013'].includes(tokens[k - 2]?.norm ?? '') &&
    tokens[k - 3]?.type === 'num'
      ? Number(tokens[k - 3].text)
      : null;
  if (day !== null && main.day !== null && main.day !== undefined) {
    const d = Date.UTC(year ?? mainYear, month - 1, day);
    const m0 = Date.UTC(mainYear, main.month - 1, main.day);
    const d0 = spanStart !== null && spanStart < day ? Date.UTC(year ?? mainYear, month - 1, spanStart) : d;
    const inSpan = m0 >= d0 - 3 * DAY_MS && m0 <= d + 3 * DAY_MS;
    return !inSpan;
  } else if (
    month !== main.month &&
    (year === null || year <= mainYear) &&
    // "Des jihadistes ont tué 12 civils à Boni en mars", opening a story published in May that
    // dates nothing else: the news is of March, not another time.
    !(s.index <= (main.guessedUpTo ?? -1) && !lastWord)
  ) {
    return (
      lastWord ||
      day !== null ||
      PERIOD_BEFORE.has(tokens[k - 1]?.norm ?? '') ||
      MID_MONTH.test(tokens[k].norm)
    );
  }
  return false;
}

/** A weekday's number as Date.getUTCDay() gives it (Sunday 0), from number-words.ts's lists (Monday first). */
const WEEKDAY_INDEX = new Map<string, number>(
  [EN_WEEKDAYS, FR_WEEKDAYS].flatMap((days) => days.map((d, i) => [d, (i + 1) % 7] as [string, number])),
);

/**
 * A weekday that falls before the main event's day ("On Saturday, 7 soldiers had been killed"
 * when the attack was on Monday): the weekday resolves to the last such day up to publication
 * ("last Thursday" to the one before that when published on a Thursday). A period that starts on
 * it ("depuis dimanche", "since Sunday") is not another day's event.
 */
export function earlierWeekday(tokens: Token[], k: number, main: MainTime): boolean {
  const w = WEEKDAY_INDEX.get(tokens[k].norm);
  if (w === undefined || !main.published || !main.day || !main.month || !main.year) return false;
  if (['depuis', 'since', 'from', 'du', 'de'].includes(tokens[k - 1]?.norm ?? '')) return false;
  const pub = Date.parse(`${main.published.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(pub)) return false;
  let back = (new Date(pub).getUTCDay() - w + 7) % 7;
  if (back === 0 && tokens[k - 1]?.norm === 'last') back = 7;
  return pub - back * DAY_MS < Date.UTC(main.year, main.month - 1, main.day);
}

/**
 * A weekday told as past, not as the news's own day: "last Thursday", "jeudi dernier", "Samedi
 * déjà", "already on Saturday" (the pluperfect alone is English reported speech: "said 12 had
 * been killed on Sunday").
 */
export function recalled(tokens: Token[], s: Sentence, k: number): boolean {
  if (tokens[k - 1]?.norm === 'last' || ['dernier', 'derniere'].includes(tokens[k + 1]?.norm ?? ''))
    return true;
  for (let j = s.first; j < s.last; j++) if (ALREADY.has(tokens[j].norm)) return true;
  return false;
}
const ALREADY = new Set(['deja', 'already']);

/** A year before the main event's ("En octobre 2020, …"), not after a superlative ("the deadliest since 2019") nor in a model name. */
export function earlierYear(tokens: Token[], s: Sentence, k: number, main: MainTime): boolean {
  const t = tokens[k];
  if (isYearAt(tokens, k) && main.year !== null && Number(t.text) < main.year && !inModelName(tokens, k)) {
    let sup = false;
    for (let j = Math.max(s.first, k - 8); j < k; j++) if (superlativeAt(tokens, j)) sup = true;
    return !sup;
  }
  return false;
}
