/**
 * Quantities as ../shared/corpus/SCHEMA.md reads them: digits with any thousands
 * separator, number words (EN/FR), ranges, qualifiers ("at least", "plus de") and
 * vague amounts ("dozens", "une vingtaine"). Years, times, dates, ages and durations
 * are not figures.
 */
import type { Quantity } from '../types';
import { isAccentedA, type Token } from './tokens';
import {
  SINGULAR,
  FR_PARTICIPLE_NOUNS,
  PERSON_NOUNS,
  HUNDREDS,
  THOUSANDS,
  NOT_ALONE,
  EN_UNITS,
  FR_UNITS,
  APPROX_NOUNS,
  PLURAL_AMOUNTS,
  INDEFINITE,
  UNIT_AFTER,
  UNIT_BEFORE,
  REVISION,
  MONTHS,
  NUMBER_IDIOMS,
  EXCEED,
} from './number-words';
import { inModelName } from './item-names';
import { PhraseSet } from './phrases';
import { THING_SUBJECTS } from './noun-phrase';
import { OF_WORDS, SEVERE } from './lexicon-np';
import { FOREIGN_WORDS, KIND_PHRASES, KIND_WORDS, PERSON_KINDS, SUBJECT_WORDS, isAdverb } from './lexicon';

export { MONTHS };

/** A noun after which "un"/"a" counts one: a person noun, or any noun the lexicon gives a side or a thing. */
function countable(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (PERSON_NOUNS.has(t.norm) || SUBJECT_WORDS.has(t.norm));
}

/** A lowercase qualifier, then a person noun: "senior commander", "jeune soldat" (not "a few soldiers"). */
const personAfterWord = (tokens: Token[], j: number) =>
  tokens[j]?.type === 'word' &&
  /^\p{Ll}/u.test(tokens[j].text) &&
  !NOT_QUALIFIERS.has(tokens[j].norm) &&
  PERSON_NOUNS.has(tokens[j + 1]?.norm ?? '');
/** Words after "a"/"un" that open an amount or a verb, not a qualifier of one person. */
const NOT_QUALIFIERS = new Set([
  ...['few', 'couple', 'handful', 'number', 'lot', 'total', 'further', 'dozen', 'score', 'group'],
  ...['certain', 'grand', 'nombre', 'groupe', 'total', 'tue', 'blesse', 'perdu', 'fait', 'ete'],
]);

/** A word, then a thing the lexicon knows: "machine gun", "armoured vehicle". */
const thingAfterWord = (tokens: Token[], j: number) =>
  tokens[j]?.type === 'word' && countedThing(tokens[j + 1]);

/**
 * A word of revision ending at token k, or a few words before it in its clause: "passé de",
 * "rose from", "an increase in the number of peacekeepers injured from".
 */
function revisionBefore(tokens: Token[], k: number): boolean {
  if (REVISION.has(tokens[k]?.norm ?? '')) return true;
  for (let j = k - 1; j >= Math.max(0, k - REVISION_REACH); j--) {
    if (tokens[j].type !== 'word') return false;
    if (REVISION_NOUNS.has(tokens[j].norm)) return true;
  }
  return false;
}
const REVISION_REACH = 8;
/** Nouns of a revised toll, which may stand a few words before its "from": "an increase in the number of". */
const REVISION_NOUNS = new Set(['increase', 'rise', 'hausse', 'augmentation', 'alourdissement', 'revision']);

export interface QuantityMention extends Quantity {
  /** Token range [first, last) of the quantity, qualifier included. */
  first: number;
  last: number;
  /** "several", "plusieurs", "many": a vague amount without a number. */
  indefinite?: boolean;
  /** The second number of "passer de 17 à 42": the first one is the superseded figure. */
  revisedFrom?: boolean;
  /** "un soldat", "a soldier": an article read as one. */
  singular?: boolean;
}

function wordValue(parts: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p === 'et' || p === 'and') continue;
    if ((p === 'vingt' || p === 'vingts') && k > 0 && parts[k - 1] === 'quatre') {
      current = current - 4 + 80;
      seen = true;
      continue;
    }
    const v = EN_UNITS.get(p) ?? FR_UNITS.get(p);
    if (v !== undefined) {
      current += v;
      seen = true;
    } else if (HUNDREDS.has(p)) {
      current = Math.max(current, 1) * 100;
      seen = true;
    } else if (THOUSANDS.has(p)) {
      total += Math.max(current, 1) * 1000;
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

const isNumWord = (norm: string) =>
  EN_UNITS.has(norm) || FR_UNITS.has(norm) || HUNDREDS.has(norm) || THOUSANDS.has(norm);

/** A number-word token like "vingt-et-un" or "twenty-one", or a run of them ("vingt et un"). Returns [value, lastExclusive]. */
function readWords(tokens: Token[], i: number): [number, number] | null {
  const n0 = tokens[i].norm;
  const dash = n0.indexOf('-');
  if (!isNumWord(dash < 0 ? n0 : n0.slice(0, dash))) return null;
  const parts: string[] = [];
  let j = i;
  while (j < tokens.length && tokens[j].type === 'word') {
    // "two UN peacekeepers": "un" joins a number only after "et" ("vingt et un").
    if (j > i && (tokens[j].norm === 'un' || tokens[j].norm === 'une') && parts[parts.length - 1] !== 'et')
      break;
    const split = tokens[j].norm.split('-');
    if (!split.every((p) => isNumWord(p) || p === 'et')) {
      // "et"/"and" joins number words only between two of them: "vingt et un", "one hundred and five".
      if (
        (tokens[j].norm === 'et' || tokens[j].norm === 'and') &&
        parts.length &&
        j + 1 < tokens.length &&
        tokens[j + 1].type === 'word' &&
        tokens[j + 1].norm.split('-').every(isNumWord)
      ) {
        if (tokens[j].norm === 'et' && !['un', 'une', 'onze'].includes(tokens[j + 1].norm.split('-')[0]))
          break;
        parts.push(tokens[j].norm);
        j++;
        continue;
      }
      break;
    }
    parts.push(...split);
    j++;
  }
  if (!parts.length) return null;
  if (parts.length === 1 && NOT_ALONE.has(parts[0])) return null;
  const v = wordValue(parts);
  return v === null ? null : [v, j];
}

/** A thing the lexicon knows, right after a number: "2000 munitions". */
function countedThing(t: Token | undefined): boolean {
  const s = t?.type === 'word' ? SUBJECT_WORDS.get(t.norm) : undefined;
  return !!s && THING_SUBJECTS.has(s);
}

function isYear(t: Token): boolean {
  return t.type === 'num' && /^(19|20)\d\d$/.test(t.text);
}

/** A year, not a count: "en 2019", not "2000 munitions" (a thing counted after it). */
export function isYearAt(tokens: Token[], i: number): boolean {
  return isYear(tokens[i]) && !countedThing(tokens[i + 1]);
}

/** Is the digit token at i a figure (not a year, time, date, duration, ordinal)? */
function isFigureDigits(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (/[.,]\d/.test(t.text) && !/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(t.text)) return false;
  if (isYearAt(tokens, i)) return false;
  if (next && next.start === t.end && next.type === 'word') return false; // 15h00, 1er, 3e, 25km
  if (next && UNIT_AFTER.has(next.norm) && !(next.norm === 'an' && false)) return false;
  if (next && MONTHS.has(next.norm)) return false;
  if (
    next &&
    (next.norm === 'a' || next.norm === 'p') &&
    tokens[i + 2]?.text === '.' &&
    tokens[i + 3]?.norm === 'm'
  )
    return false; // 5 a.m.
  if (prev && MONTHS.has(prev.norm)) return false;
  // "Jan. 3", "Sept. 14": a month's abbreviation and its dot.
  if (prev?.text === '.' && MONTHS.has(tokens[i - 2]?.norm ?? '') && tokens[i - 2].end === prev.start)
    return false;
  // "12:30", "12 h 30"; not a list line's label and count, "AK-47 : 08".
  const clock = (a: Token, colon: Token, b: Token) => colon.start === a.end && b.start === colon.end;
  if (next?.text === 'h' && tokens[i + 2]?.type === 'num') return false;
  if (next?.text === ':' && tokens[i + 2]?.type === 'num' && clock(t, next, tokens[i + 2])) return false;
  if (prev?.text === ':' && tokens[i - 2]?.type === 'num' && clock(tokens[i - 2], prev, t)) return false;
  if (prev && prev.norm === 'h' && tokens[i - 2]?.type === 'num') return false; // 05 h 30
  if (next && (next.text === '-' || next.text === '‑') && tokens[i + 2] && UNIT_AFTER.has(tokens[i + 2].norm))
    return false;
  if (
    next &&
    (next.text === '/' || next.text === '.') &&
    tokens[i + 2]?.type === 'num' &&
    tokens[i + 2].start === next.end
  )
    return false; // 17/09, 17.09
  if (
    prev &&
    (prev.text === '/' || prev.text === '#' || prev.text === '°' || prev.text === '$' || prev.text === '€')
  )
    return false;
  if (prev && UNIT_BEFORE.has(prev.norm)) return false;
  if (next && next.text === ',' && tokens[i + 2] && isYear(tokens[i + 2])) return false; // "September 17, 2024" handled by month; "17, 2024"
  // Decimals ("1.5", "2,5") are not head counts: neither the integer part nor the fraction.
  if ((text[t.end] === '.' || text[t.end] === ',') && /\d/.test(text[t.end + 1] ?? '')) return false;
  if ((text[t.start - 1] === '.' || text[t.start - 1] === ',') && /\d/.test(text[t.start - 2] ?? ''))
    return false;
  // Phone numbers, identifiers: no casualty count has eight digits.
  if (t.text.replace(/\D/g, '').length > 7) return false;
  return true;
}

/** The qualifier ending right before token i, as [kind, firstTokenIndex]. */
/** A verb of exceeding before the number at i, past "les"/"the" and an adverb ("dépasse désormais les 30"). */
function exceedBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (['les', 'the'].includes(tokens[k]?.norm ?? '')) k--;
  if (tokens[k] && isAdverb(tokens[k])) k--;
  return EXCEED.has(tokens[k]?.norm ?? '');
}

function qualifierBefore(
  tokens: Token[],
  i: number,
): ['least' | 'more' | 'approx' | 'upto' | 'less', number] | null {
  const a = i >= 1 ? tokens[i - 1].norm : '';
  const b = i >= 2 ? tokens[i - 2].norm : '';
  const c = i >= 3 ? tokens[i - 3].norm : '';
  if (
    (b === 'at' && a === 'least') ||
    (b === 'au' && a === 'moins') ||
    (b === 'at' && a === 'minimum') ||
    (b === 'au' && a === 'minimum')
  )
    return ['least', i - 2];
  if (
    (c === 'pas' && b === 'moins' && a === 'de') ||
    (c === 'no' && (b === 'fewer' || b === 'less') && a === 'than') ||
    // "a minimum of 20"
    (c === 'a' && b === 'minimum' && a === 'of') ||
    // "au bas mot 30": at the very least.
    (c === 'au' && b === 'bas' && a === 'mot')
  )
    return ['least', i - 3];
  // "as many as 30": up to 30 (SCHEMA.md: "up to 40" is 1–40).
  if (c === 'as' && b === 'many' && a === 'as') return ['upto', i - 3];
  if (
    (b === 'more' && a === 'than') ||
    (b === 'plus' && (a === 'de' || a === "d'")) ||
    (b === 'upwards' && a === 'of') ||
    (b === 'in' && a === 'excess')
  )
    return ['more', i - 2];
  if (c === 'in' && b === 'excess' && a === 'of') return ['more', i - 3];
  if (a === 'over' || a === 'above') return ['more', i - 1];
  // "the toll could exceed 50", "le bilan dépasse les 50 morts": the verb of exceeding, the number kept as it is written.
  if (exceedBefore(tokens, i)) return ['more', i];
  if ((b === 'up' && a === 'to') || a === "jusqu'a" || (b === "jusqu'" && a === 'a'))
    return ['upto', b === 'up' || b === "jusqu'" ? i - 2 : i - 1];
  if (
    (b === 'less' && a === 'than') ||
    (b === 'fewer' && a === 'than') ||
    (b === 'moins' && (a === 'de' || a === "d'"))
  )
    return ['less', i - 2];
  if (b === 'pres' && (a === 'de' || a === "d'")) return ['approx', i - 2];
  if (b === 'an' && a === 'estimated') return ['approx', i - 2];
  if (
    [
      'about',
      'around',
      'some',
      'nearly',
      'almost',
      'approximately',
      'roughly',
      'presque',
      'environ',
      'quelque',
      'approximativement',
      'estimated',
      'circa',
    ].includes(a)
  )
    return ['approx', i - 1];
  return null;
}

function qualify(q: QuantityMention, tokens: Token[]): QuantityMention {
  const qual = qualifierBefore(tokens, q.first);
  if (!qual) return q;
  const [kind, first] = qual;
  const n = q.min;
  if (q.max === null && kind !== 'upto') return { ...q, first }; // "plus de plusieurs dizaines": keep the open range
  switch (kind) {
    case 'least':
      return { ...q, first, min: n, max: null, approx: undefined };
    case 'more':
      return { ...q, first, min: n + 1, max: null, approx: undefined };
    case 'approx':
      return { ...q, first, approx: true };
    case 'upto':
      // "as many as 18 to 20": a range given already stays as it is.
      if (q.max !== null && q.max !== q.min) return { ...q, first };
      return { ...q, first, min: 1, max: q.max ?? n, approx: undefined };
    case 'less':
      return { ...q, first, min: 1, max: Math.max(1, n - 1), approx: undefined };
  }
}

/** One number (digits or words) at i: [value, lastExclusive]. */
function readNumber(tokens: Token[], text: string, i: number): [number, number] | null {
  const t = tokens[i];
  if (t.type === 'num') {
    if (!isFigureDigits(tokens, text, i)) return null;
    const v = Number(t.text.replace(/[^\d]/g, ''));
    return Number.isFinite(v) ? [v, i + 1] : null;
  }
  if (t.type === 'word') {
    const w = readWords(tokens, i);
    // "three days of mourning", "deux ans": durations and ages.
    if (w && UNIT_AFTER.has(tokens[w[1]]?.norm ?? '') && tokens[w[1]].norm.length > 2) return null;
    return w;
  }
  return null;
}

const QUANTITY_START = new Set<string>([
  ...EN_UNITS.keys(),
  ...FR_UNITS.keys(),
  ...HUNDREDS,
  ...THOUSANDS,
  ...APPROX_NOUNS.keys(),
  ...PLURAL_AMOUNTS.keys(),
  ...INDEFINITE,
  ...SINGULAR,
  'few',
  'number',
  'nombre',
  // "and another wounded".
  'another',
]);
const firstPart = (norm: string) => {
  const d = norm.indexOf('-');
  return d < 0 ? norm : norm.slice(0, d);
};

/** Every quantity in tokens [from, to). */
/**
 * "quatre (04) terroristes", "vingt-six (26) morts", "cinq (5) blessés": a number
 * restated in digits in brackets is one figure; the index after the brackets, else `end`.
 */
function restated(tokens: Token[], text: string, end: number, value: number): number {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return end;
  const n = readNumber(tokens, text, end + 1);
  return n && n[0] === value && n[1] === end + 2 ? end + 3 : end;
}

/** A line's ordinal: a short number opening its line, a "." or ")" right after it, an item after that. */
function listOrdinal(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i + 1];
  if (t.text.length > 2 || !mark || !['.', ')'].includes(mark.text) || mark.start !== t.end) return false;
  const before = i === 0 ? '\n' : text.slice(tokens[i - 1].end, t.start);
  if (!before.includes('\n')) return false;
  const item = tokens[i + 2];
  return (
    !!item && text.slice(mark.end, item.start).length > 0 && !text.slice(mark.end, item.start).includes('\n')
  );
}

const IDIOMS = new PhraseSet<true>(NUMBER_IDIOMS.map((p) => [p, true]));

export function findQuantities(
  tokens: Token[],
  text: string,
  from = 0,
  to = tokens.length,
): QuantityMention[] {
  const out: QuantityMention[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    // Most tokens cannot start a quantity: skip them at the cost of one lookup.
    if (t.type === 'punct' || (t.type === 'word' && !QUANTITY_START.has(firstPart(t.norm)))) {
      i++;
      continue;
    }
    // "1. 06 AK-47", "2) 04 motos": a numbered list's ordinal at a line's start counts nothing.
    if (t.type === 'num' && listOrdinal(tokens, text, i)) {
      i += 2;
      continue;
    }
    // "tués un à un", "pertes des deux côtés": a manner or the sides of a fight, not a count.
    const idiom = IDIOMS.matchAt(tokens, i, to);
    if (idiom) {
      i = idiom.end;
      continue;
    }
    const nx = tokens[i + 1]?.norm ?? '';
    const pv = tokens[i - 1]?.norm ?? '';
    // Vague amounts first: "une vingtaine", "a dozen", "des dizaines", "dozens", "tens of".
    if (t.type === 'word') {
      if (APPROX_NOUNS.has(t.norm) && (pv === 'une' || pv === 'a' || pv === "d'une")) {
        const v = APPROX_NOUNS.get(t.norm)!;
        const first = pv === "d'une" ? i - 1 : i - 1;
        let q: QuantityMention = { min: v, max: v, approx: true, first, last: i + 1 };
        // "plus d'une vingtaine" → [21, null]; "au moins une dizaine" → [10, null].
        const b = tokens[i - 2]?.norm;
        const c = tokens[i - 3]?.norm;
        if (b === "d'" && c === 'plus') q = { min: v + 1, max: null, first: i - 3, last: i + 1 };
        else if (pv === "d'une" && b === 'plus') q = { min: v + 1, max: null, first: i - 2, last: i + 1 };
        else q = qualify(q, tokens);
        // "une vingtaine, voire une trentaine", "une vingtaine ou une trentaine": one range.
        let k = i + 1;
        if (tokens[k]?.text === ',') k++;
        // "une dizaine à une quinzaine", "entre une dizaine et une vingtaine": the same.
        const between = BETWEEN.has(tokens[q.first - 1]?.norm ?? '');
        const joins = (w: string) =>
          OR_EVEN.has(w) || RANGE_TO.has(w) || (between && ['et', 'and'].includes(w));
        const v2 =
          joins(tokens[k]?.norm ?? '') && ['une', 'a'].includes(tokens[k + 1]?.norm ?? '')
            ? APPROX_NOUNS.get(tokens[k + 2]?.norm ?? '')
            : undefined;
        if (v2 !== undefined && v2 > v && q.max !== null) {
          q = { ...q, max: v2, approx: undefined, last: k + 3, first: between ? q.first - 1 : q.first };
          out.push(q);
          i = k + 3;
          continue;
        }
        out.push(q);
        i++;
        continue;
      }
      if (
        PLURAL_AMOUNTS.has(t.norm) &&
        (t.norm !== 'tens' || nx === 'of') &&
        (t.norm !== 'scores' || nx === 'of')
      ) {
        const v = PLURAL_AMOUNTS.get(t.norm)!;
        let first = i;
        if (['des', 'plusieurs', 'quelques', 'de'].includes(pv)) first = i - 1;
        let last = i + 1;
        // "dozens and dozens"
        if ((nx === 'and' || nx === 'et') && tokens[i + 2]?.norm === t.norm) last = i + 3;
        out.push(qualify({ min: v, max: null, first, last }, tokens));
        i = last;
        continue;
      }
      // "as many as 30": the qualifier of the number after it, not an amount.
      if (t.norm === 'many' && pv === 'as' && nx === 'as') {
        i++;
        continue;
      }
      if (
        INDEFINITE.has(t.norm) ||
        (t.norm === 'few' && pv === 'a') ||
        (t.norm === 'number' && (pv === 'a' || pv === 'large')) ||
        (t.norm === 'nombre' && (pv === 'certain' || pv === 'grand'))
      ) {
        // "de nombreux", "a few", "a large number of", "un certain nombre de"
        let first = i;
        if (pv === 'de' || pv === 'a' || pv === 'tres') first = i - 1;
        if (
          (t.norm === 'number' && pv === 'large') ||
          (t.norm === 'nombre' && (pv === 'certain' || pv === 'grand'))
        )
          first = Math.max(0, i - 2);
        if (t.norm === 'nombre' && tokens[i + 1]?.norm === 'inconnu') {
          i++;
          continue;
        }
        // "plusieurs dizaines" is read by the plural amount rule.
        if (t.norm === 'plusieurs' && (nx === 'dizaines' || nx === 'centaines')) {
          i++;
          continue;
        }
        out.push({ min: 2, max: null, first, last: i + 1, indefinite: true });
        i++;
        continue;
      }
    }
    // "un soldat a été tué", "a soldier was killed": one person, when a person noun follows at once.
    // "a French soldier", "an Egyptian peacekeeper": a nationality may come between.
    // "une (01) moto", "un (1) soldat": the one restated in brackets.
    const one = t.type === 'word' && SINGULAR.has(t.norm) ? restated(tokens, text, i + 1, 1) : i + 1;
    // "a machine gun", "an assault rifle", "un fusil-mitrailleur": a word may qualify a thing.
    // "a senior commander", "un jeune soldat": one qualifier before a person noun.
    // "Un Russe a été tué", "a Russian was killed": a nationality with a capital, then the verb,
    // is the person itself.
    const national =
      FOREIGN_WORDS.has(tokens[one]?.norm ?? '') &&
      /^\p{Lu}/u.test(tokens[one].text) &&
      countable(tokens[one]) &&
      !countable(tokens[one + 1]);
    const between =
      national ||
      FOREIGN_WORDS.has(tokens[one]?.norm ?? '') ||
      thingAfterWord(tokens, one) ||
      personAfterWord(tokens, one)
        ? 1
        : 0;
    // "a dozen weapons", "une dizaine d'armes": the article of an amount, read with it below.
    const amount = APPROX_NOUNS.has(tokens[one]?.norm ?? '');
    // "12 members of a militia", "les 20 passagers d'un car": the article of a counted noun's
    // complement counts nothing.
    const complement = OF_WORDS.has(tokens[i - 1]?.norm ?? '') && out[out.length - 1]?.last === i - 2;
    // "l'armée a interpellé 12 suspects": the French verb "a", not the English article.
    const verb = t.norm === 'a' && FR_PARTICIPLE_NOUNS.has(tokens[one]?.norm ?? '');
    // "12 terroristes à moto": the preposition "à" is no article either.
    if (
      !isAccentedA(t) &&
      t.type === 'word' &&
      SINGULAR.has(t.norm) &&
      t.text !== 'UN' &&
      !amount &&
      !complement &&
      !verb &&
      (national || countable(tokens[one + between]))
    ) {
      out.push({ min: 1, max: 1, first: i, last: one, singular: true });
      i = one;
      continue;
    }
    // "trois blessés, dont un grièvement", "including one seriously": one of the breakdown.
    if (
      t.type === 'word' &&
      ONE_WORDS.has(t.norm) &&
      BREAKDOWN_WORDS.has(tokens[i - 1]?.norm ?? '') &&
      SEVERE.has(tokens[i + 1]?.norm ?? '')
    ) {
      out.push({ min: 1, max: 1, first: i, last: i + 1, singular: true });
      i++;
      continue;
    }
    // "un autre a été blessé", "one other was wounded", "another died": one more of the side before.
    if (t.type === 'word' && oneOther(tokens, i)) {
      out.push({ min: 1, max: 1, first: i, last: i + 1, singular: true });
      i++;
      continue;
    }
    // "AK-47", "AK 47", "Mi-24", "BM-21": a model name, not a count.
    if (t.type === 'num' && (inModelName(tokens, i) || hyphenated(tokens, i))) {
      i++;
      continue;
    }
    const n1 = readNumber(tokens, text, i);
    if (!n1) {
      i++;
      continue;
    }
    const [v1, n1end] = n1;
    // "two dozen", "deux douzaines": a count of dozens.
    if (DOZEN.has(tokens[n1end]?.norm ?? '') && v1 < 20) {
      out.push(qualify({ min: v1 * 12, max: v1 * 12, approx: true, first: i, last: n1end + 1 }, tokens));
      i = n1end + 1;
      continue;
    }
    const e1 = restated(tokens, text, n1end, v1);
    let q: QuantityMention = { min: v1, max: v1, first: i, last: e1 };
    // Ranges: "entre 10 et 15", "between 10 and 15", "10 to 15", "10 à 15", "77-100", "10 ou 15".
    const sep = tokens[e1];
    if (sep && e1 + 1 < to) {
      const s = sep.norm;
      const before = tokens[i - 1]?.norm ?? '';
      const isBetween = before === 'entre' || before === 'between';
      const rangeSep =
        ['to', 'a', 'ou', 'or', '-', '–', 'au'].includes(s) || (isBetween && (s === 'et' || s === 'and'));
      if (rangeSep) {
        const n2 = readNumber(tokens, text, e1 + 1);
        if (n2 && n2[0] > v1) {
          const revision = (before === 'de' || before === 'from') && revisionBefore(tokens, i - 2);
          if (revision) {
            out.push({ min: v1, max: v1, first: i, last: e1 });
            out.push({ min: n2[0], max: n2[0], first: e1 + 1, last: n2[1], revisedFrom: true });
            i = n2[1];
            continue;
          }
          if (s !== '-' || (sep.start === tokens[i].end && tokens[e1 + 1].start === sep.end) || true) {
            q = { min: v1, max: n2[0], first: isBetween ? i - 1 : i, last: n2[1] };
          }
        }
      }
    }
    out.push(qualify(q, tokens));
    i = q.last;
  }
  return out.map((q) => atLeastAfter(q, tokens, to));
}

/** "at least" / "au moins" / "au minimum" written at token i, as its length (0: none). */
export function atLeastAt(tokens: Token[], i: number, to = tokens.length): number {
  if (i + 1 >= to) return 0;
  const a = tokens[i].norm;
  const b = tokens[i + 1].norm;
  return (a === 'au' && (b === 'moins' || b === 'minimum')) || (a === 'at' && b === 'least') ? 2 : 0;
}

/** "une vingtaine au moins de soldats", "20 at least": the qualifier after the number opens the range. */
function atLeastAfter(q: QuantityMention, tokens: Token[], to: number): QuantityMention {
  const n = atLeastAt(tokens, q.last, to);
  if (!n || q.indefinite) return q;
  return { ...q, min: q.min, max: null, approx: undefined, last: q.last + n };
}

const DOZEN = new Set(['dozen', 'douzaine', 'douzaines']);
/** "voire" (or even), "ou" (or) between two amounts of one range. */
const OR_EVEN = new Set(['voire', 'ou', 'or']);
const RANGE_TO = new Set(['a', 'to']);
const BETWEEN = new Set(['entre', 'between']);
const ONE_WORDS = new Set(['un', 'une', 'one']);
const BREAKDOWN_WORDS = new Set(['dont', 'including']);

/** "Mi-24", "BM-21", "T-55": digits hyphenated to the word before them. */
function hyphenated(tokens: Token[], i: number): boolean {
  return (
    i >= 2 &&
    tokens[i - 1].text === '-' &&
    tokens[i - 1].end === tokens[i].start &&
    tokens[i - 2].type === 'word' &&
    tokens[i - 2].end === tokens[i - 1].start
  );
}

/** Verbs and auxiliaries that may follow "un autre" as its predicate: "un autre a été blessé", "another died". */
const OTHER_PREDICATES = new Set([
  'a',
  'est',
  'was',
  'has',
  'had',
  'avait',
  'died',
  'succombe',
  'meurt',
  'mourut',
]);

/** Ranks that count one more person after those told: "un troisième", "a third". */
const FR_ORDINALS = new Set([
  'deuxieme',
  'second',
  'seconde',
  'troisieme',
  'quatrieme',
  'cinquieme',
  'sixieme',
]);
const EN_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth']);

/** "un autre" / "une autre" / "one other" standing alone as a subject, before its verb. */
function oneOther(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1]?.norm ?? '';
  // "un troisième est porté disparu", "and a third was wounded": one more, counted by its rank.
  const one =
    (SINGULAR.has(t.norm) && t.norm !== 'a' && (next === 'autre' || FR_ORDINALS.has(next))) ||
    (t.norm === 'one' && next === 'other') ||
    (t.norm === 'a' && EN_ORDINALS.has(next));
  // "and another wounded", "another was killed": one word for "one other".
  let at = t.norm === 'another' ? i + 1 : i + 2;
  if (!one && t.norm !== 'another') return false;
  // "and another seriously wounded", "et un autre grièvement blessé": an adverb before the verb.
  while (tokens[at] && isAdverb(tokens[at])) at++;
  if (OTHER_PREDICATES.has(tokens[at]?.norm ?? '')) return true;
  // "deux soldats ont été tués et un autre blessé", "et un autre porté disparu": after "et", the
  // verb's participle alone.
  if (!['et', 'and'].includes(tokens[i - 1]?.norm ?? '')) return false;
  const kind = KIND_WORDS.get(tokens[at]?.norm ?? '') ?? KIND_PHRASES.matchAt(tokens, at)?.value;
  return !!kind && PERSON_KINDS.has(kind);
}
