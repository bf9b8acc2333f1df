/**
 * Quantities as ../shared/corpus/SCHEMA.md reads them: digits with any thousands
 * separator, number words (EN/FR), ranges, qualifiers ("at least", "plus de") and
 * vague amounts ("dozens", "une vingtaine"). Years, times, dates, ages and durations
 * are not figures.
 *
 * The scan of a sentence's quantities is here; one number's digits or words in read-number.ts
 * (which digits are a figure in figure-digits.ts), its qualifiers in number-qualifiers.ts, and
 * "un"/"a" read as one in singular-counts.ts.
 */
import type { Quantity } from '../types';
import { isAccentedA, type Token } from './tokens';
import {
  SINGULAR,
  FR_PARTICIPLE_NOUNS,
  HUNDREDS,
  THOUSANDS,
  EN_UNITS,
  FR_UNITS,
  APPROX_NOUNS,
  PLURAL_AMOUNTS,
  INDEFINITE,
  MONTHS,
  NUMBER_IDIOMS,
} from './number-words';
import { inModelName } from './item-names';
import { PhraseSet } from './phrases';
import { OF_WORDS, SEVERE } from './lexicon-np';
import { FOREIGN_WORDS } from './lexicon';
import { hyphenated, listOrdinal } from './figure-digits';
import { atLeastAfter, qualify, revisionBefore } from './number-qualifiers';
import { readNumber, restated } from './read-number';
import { countable, oneOther, personAfterWord, thingAfterWord } from './singular-counts';

export { MONTHS };
export { isYearAt } from './figure-digits';
export { atLeastAt } from './number-qualifiers';

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

const IDIOMS = new PhraseSet<true>(NUMBER_IDIOMS.map((p) => [p, true]));

/** Every quantity in tokens [from, to). */
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

const DOZEN = new Set(['dozen', 'douzaine', 'douzaines']);
/** "voire" (or even), "ou" (or) between two amounts of one range. */
const OR_EVEN = new Set(['voire', 'ou', 'or']);
const RANGE_TO = new Set(['a', 'to']);
const BETWEEN = new Set(['entre', 'between']);
const ONE_WORDS = new Set(['un', 'une', 'one']);
const BREAKDOWN_WORDS = new Set(['dont', 'including']);
