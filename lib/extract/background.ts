/**
 * Main event or background: figures about earlier attacks ("earlier this month",
 * "en mars dernier", "le 19 février 2022" when the attack was in March), totals over
 * a period ("since May", "depuis décembre") go to `background`.
 */
import { ACTIVE_AUXILIARIES, AUXILIARIES, BACKGROUND_CUES, isAttackNoun, KIND_WORDS } from './lexicon';
import { CAPTION_WORDS } from './lexicon-dates';
import { LOCALITY_NOUNS } from './lexicon-places';
import { inModelName } from './item-names';
import { isYearAt } from './numbers';
import { EN_UNITS, EN_WEEKDAYS, FR_UNITS, FR_WEEKDAYS, WEEKDAYS } from './number-words';
import { PhraseSet } from './phrases';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const SUPERLATIVE = new Set([
  'deadliest',
  'worst',
  'meurtriere',
  'meurtrier',
  'lourd',
  'sanglante',
  'first',
  'premiere',
  'premier',
  'largest',
  'biggest',
  'most',
  'plus',
  'bloodiest',
  'deadly',
]);
const MONTH_NUM_TABLE: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

const MONTH_NUM = new Map(Object.entries(MONTH_NUM_TABLE));
const isYearText = (s: string) => s.length === 4 && (s.startsWith('19') || s.startsWith('20'));

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
}

const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '\u2014',
  '\u2013',
  'while',
  'whereas',
  'tandis',
  'but',
  'mais',
  'bringing',
  'portant',
]);
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
]);
const DATELINE_AFTER = new Set(['(', '-', '\u2013', '\u2014', '/']);
const DAY_MS = 86400000;
/** Auxiliaries before "depuis"/"since" used as an adverb: "est depuis passé", "has since risen". */
const SINCE_AUXILIARIES = new Set([...AUXILIARIES, ...ACTIVE_AUXILIARIES, 'etait', 'etaient', 's', 'se']);
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
 * The clause of sentence s around token p: [start, end). A cue in brackets dates the noun before
 * them ("les deux massacres (mars 2019 et février 2020) survenus ici, où 200 civils ont péri"):
 * its clause is the one around the brackets.
 */
function clauseOf(tokens: Token[], s: Sentence, p: number): [number, number] {
  const open = openBracketBefore(tokens, s, p);
  const breaks = (k: number) =>
    CLAUSE_BREAK.has(tokens[k].norm) && !(open >= 0 && (tokens[k].text === '(' || tokens[k].text === ')'));
  const at = open >= 0 ? open : p;
  let a = at;
  while (a > s.first && !breaks(a - 1)) a--;
  let b = at + 1;
  while (b < s.last && !breaks(b)) b++;
  // "une semaine après celle de Diafarabé, qui avait coûté la vie à 20 soldats": a relative
  // clause after the comma says more of the recalled event; so do the rest of its places and its
  // day ("après celles perpétrées à Dioura, Nampala et Kona, le jeudi 23 janvier, causant la
  // mort de 11 militaires").
  while (tokens[b]?.text === ',') {
    const next = b + 1;
    const more = RELATIVES.has(tokens[next]?.norm ?? '') || RECALL_PARTICIPLES.has(tokens[next]?.norm ?? '');
    if (!more && !placeListRest(tokens, next, s.last) && !dayApposition(tokens, next)) break;
    b = next + 1;
    while (b < s.last && !breaks(b)) b++;
  }
  return [a, b];
}
const RELATIVES = new Set(['qui', 'dont', 'ou', 'which', 'where', 'that', 'when', 'lorsque', 'quand']);
/** Participles that tell what a recalled attack did: ", causant la mort de 11 militaires", ", killing 11". */
const RECALL_PARTICIPLES = new Set(['causant', 'faisant', 'tuant', 'coutant', 'killing', 'leaving']);

/** Does the clause at k only go on naming places ("Nampala et Kona,", "Nampala and Kona.")? */
function placeListRest(tokens: Token[], k: number, last: number): boolean {
  let names = 0;
  for (; k < last && ![',', '.', ';'].includes(tokens[k].text); k++) {
    const t = tokens[k];
    if (['et', 'and'].includes(t.norm)) continue;
    if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text) || MONTH_NUM.has(t.norm) || WEEKDAYS.has(t.norm))
      return false;
    names++;
  }
  return names > 0 && names <= 6;
}

/** Is the clause at k a day told alone ("le jeudi 23 janvier,", "jeudi dernier,", "on Thursday,")? */
function dayApposition(tokens: Token[], k: number): boolean {
  if (['le', 'on'].includes(tokens[k]?.norm ?? '')) k++;
  if (!WEEKDAYS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < k + 5; j++) if (tokens[j]?.text === ',') return true;
  return false;
}

/** The "(" that opens the brackets around token p within its sentence, or -1. */
function openBracketBefore(tokens: Token[], s: Sentence, p: number): number {
  for (let k = p - 1; k >= Math.max(s.first, p - 8); k--) {
    if (tokens[k].text === ')') return -1;
    if (tokens[k].text === '(') return k;
  }
  return -1;
}

/** Page furniture labels: a sentence opening with one is another article's headline. */
const FURNITURE = new PhraseSet<true>(
  [
    'lire aussi',
    'a lire aussi',
    'a lire',
    'read also',
    'read more',
    'also read',
    'related',
    'see also',
    'voir aussi',
    'sur le meme sujet',
    'related articles',
    'more on this',
    'recommended',
    'lire la suite',
    'a voir aussi',
    'trending',
  ].map((p) => [p, true] as [string, true]),
);

/** Times of one day after "the previous": "the previous day", "the previous night". */
const DAY_WORDS = new Set(['day', 'night', 'evening', 'morning', 'afternoon']);

/** A photo's credit or label inside a line: "Photo : Reuters", "(photo AFP)", "© AFP". */
function captionLine(tokens: Token[], s: Sentence): boolean {
  if (s.last - s.first > 40) return false;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === '\u00a9') return true;
    if (!CAPTION_WORDS.has(t.norm)) continue;
    // "Photo : Reuters", "(photo AFP)" — not "(photo ci-dessous)".
    const credit = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    if (tokens[k + 1]?.text === ':' || (tokens[k - 1]?.text === '(' && credit)) return true;
  }
  return false;
}

/** Token ranges of sentence s about another time than the main event, or about a total over a period. */
export function backgroundRanges(tokens: Token[], s: Sentence, main: MainTime): Array<[number, number]> {
  const cues: number[] = [];
  let f0 = s.first;
  while (f0 < s.last && tokens[f0].type === 'punct') f0++;
  if (f0 < s.last && FURNITURE.matchAt(tokens, f0, s.last)) return [[s.first, s.last]];
  // A caption: its figures are another moment's ("… des funérailles de 30 soldats. Photo : Reuters").
  if (captionLine(tokens, s)) return [[s.first, s.last]];
  for (const m of BACKGROUND_CUES.findAll(tokens, s.first, s.last)) {
    // "killed in an attack the previous day": the main event told from its statement's day.
    if (m.value === 'the previous' && DAY_WORDS.has(tokens[m.end]?.norm ?? '')) continue;
    // "hours after the attack, the army said…": the main attack's aftermath; "72 hours after
    // assaults on Dioura", "hours after an ambush": another attack.
    if (m.value === 'hours after' && ['the', 'this', 'its'].includes(tokens[m.end]?.norm ?? '')) continue;
    if (m.value === 'since' || m.value === 'depuis') {
      // "the deadliest attack since 2019" describes the main event; "the deadliest since an
      // ambush killed 20 troops in March" recalls that ambush, and its toll is background.
      let sup = false;
      for (let k = Math.max(s.first, m.start - 8); k < m.start; k++)
        if (SUPERLATIVE.has(tokens[k].norm)) sup = true;
      if (sup && !attackAfter(tokens, m.end, s.last)) continue;
      // "le bilan est depuis passé à 43", "the toll has since risen to 43": an adverb after an
      // auxiliary, the news since, not a period's total.
      if (SINCE_AUXILIARIES.has(tokens[m.start - 1]?.norm ?? '')) continue;
      // "depuis l'aube", "since dawn": a time of day, not a period.
      const nx = tokens[m.end]?.norm ?? '';
      if (["l'aube", 'dawn', 'hier', 'yesterday', 'ce', 'this', 'morning', 'matin'].includes(nx)) continue;
      // "Depuis, 12 soldats…", "depuis lors", "since then": since the news just told, no period.
      if ([',', 'lors', 'then', '.'].includes(nx) || m.end >= s.last) continue;
      // "Depuis dimanche, des combats opposent…": the fighting began that day; not a period's total.
      if (WEEKDAYS.has(nx) || (nx === 'le' && WEEKDAYS.has(tokens[m.end + 1]?.norm ?? ''))) continue;
      // "joint par téléphone depuis Boni", "depuis le village de Boni": from a place, not since a time.
      if (fromPlace(tokens, m.end)) continue;
    }
    cues.push(m.start);
  }
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    const span = countedPeriod(tokens, s, k);
    if (span >= 0) cues.push(span);
    const month = t.type === 'word' ? MONTH_NUM.get(t.norm) : undefined;
    if (
      month !== undefined &&
      (t.norm !== 'may' || t.text === 'May') &&
      (t.norm !== 'mar' || t.text === 'Mar')
    ) {
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
      if (k - s.first < 6 && DATELINE_AFTER.has(after)) continue;
      // "Update November 22", "Mise à jour du 22 novembre": a later word on the same news.
      if (k - s.first < 6 && updateBefore(tokens, s.first, k)) continue;
      const lastWord =
        ['dernier', 'derniere', 'passe'].includes(tokens[k + 1]?.norm ?? '') ||
        tokens[k - 1]?.norm === 'last';
      if (main.month === null) {
        // "en mars dernier" is another time; "le 14 juin dernier" names a day, maybe the attack's.
        if (lastWord && day === null) cues.push(k);
        continue;
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
        const d0 =
          spanStart !== null && spanStart < day ? Date.UTC(year ?? mainYear, month - 1, spanStart) : d;
        const inSpan = m0 >= d0 - 3 * DAY_MS && m0 <= d + 3 * DAY_MS;
        if (!inSpan) cues.push(k);
      } else if (
        month !== main.month &&
        (year === null || year <= mainYear) &&
        // "Des jihadistes ont tué 12 civils à Boni en mars", opening a story published in May that
        // dates nothing else: the news is of March, not another time.
        !(s.index <= (main.guessedUpTo ?? -1) && !lastWord)
      ) {
        if (lastWord || day !== null || PERIOD_BEFORE.has(tokens[k - 1]?.norm ?? '')) cues.push(k);
      }
    }
    if (earlierWeekday(tokens, k, main) && recalled(tokens, s, k)) cues.push(k);
    if (isYearAt(tokens, k) && main.year !== null && Number(t.text) < main.year && !inModelName(tokens, k)) {
      let sup = false;
      for (let j = Math.max(s.first, k - 8); j < k; j++) if (SUPERLATIVE.has(tokens[j].norm)) sup = true;
      if (!sup) cues.push(k);
    }
  }
  const out: Array<[number, number]> = [];
  for (const p of cues) {
    // A cue opening the sentence ("Since May, …", "En octobre 2020, …") covers all of it; else its clause.
    if (p - s.first <= 3) out.push([s.first, s.last]);
    else out.push(clauseOf(tokens, s, p));
  }
  return out;
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
function earlierWeekday(tokens: Token[], k: number, main: MainTime): boolean {
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
function recalled(tokens: Token[], s: Sentence, k: number): boolean {
  if (tokens[k - 1]?.norm === 'last' || ['dernier', 'derniere'].includes(tokens[k + 1]?.norm ?? ''))
    return true;
  for (let j = s.first; j < s.last; j++) if (ALREADY.has(tokens[j].norm)) return true;
  return false;
}
const ALREADY = new Set(['deja', 'already']);

/** Long spans of time: a count of them before "last" or "past" is a period, not the attack's day. */
const PERIOD_UNITS = new Set(['mois', 'semaines', 'annees', 'ans', 'months', 'weeks', 'years']);
const PAST_WORDS = new Set(['derniers', 'dernieres', 'passes', 'passees', 'last', 'past']);

/**
 * "au cours des trois derniers mois", "ces deux dernières semaines", "over the last six months",
 * "the past two years": a counted span of time ending now. Its first word's index, or -1.
 */
function countedPeriod(tokens: Token[], s: Sentence, k: number): number {
  if (!PERIOD_UNITS.has(tokens[k].norm)) return -1;
  let past = false;
  let count = -1;
  for (let j = k - 1; j >= Math.max(s.first, k - 3); j--) {
    const w = tokens[j];
    if (PAST_WORDS.has(w.norm)) past = true;
    else if (w.type === 'num' || EN_UNITS.has(w.norm) || FR_UNITS.has(w.norm)) count = j;
  }
  return past && count >= 0 ? count : -1;
}

/** An attack named just after "since": "since an ambush", "depuis l'attaque de", "since the 2019 raid". */
function attackAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 3); k++) if (isAttackNoun(tokens[k])) return true;
  // "the deadliest since August, when 42 soldiers were killed in Tessit": a time, then what happened then.
  for (let k = from; k < Math.min(last, from + 5); k++) {
    if (!WHEN_WORDS.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(last, k + 8); j++) if (KIND_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}
const WHEN_WORDS = new Set(['when', 'lorsque', 'quand', 'ou']);

/** Words of a place after "depuis": "depuis le village de Boni", "depuis la localité", "depuis le camp". */
const PLACE_NOUNS = new Set([...LOCALITY_NOUNS, 'camp', 'hopital', 'lieu', 'lieux']);

/** Does "depuis" at the token before k name a place ("depuis Boni"), not a time? */
function fromPlace(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (/^\p{Lu}/u.test(t.text) && !MONTH_NUM.has(t.norm) && !WEEKDAYS.has(t.norm)) return true;
  return ['le', 'la', "l'"].includes(t.norm) && PLACE_NOUNS.has(tokens[k + 1]?.norm ?? '');
}

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
  return !ownToll(tokens, s, covered);
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
