/**
 * Quantities as ../shared/corpus/SCHEMA.md reads them: digits with any thousands
 * separator, number words (EN/FR), ranges, qualifiers ("at least", "plus de") and
 * vague amounts ("dozens", "une vingtaine"). Years, times, dates, ages and durations
 * are not figures.
 *
 * The scan of a sentence's quantities is here; one number's digits or words in read-number.ts
 * (which digits are a figure in figure-digits.ts), its qualifiers in number-qualifiers.ts, vague
 * amounts in vague-amounts.ts, and "un"/"a" read as one in singular-counts.ts.
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
import { driveLength, inModelName, thingNumberLength } from './item-names';
import { PhraseSet } from './phrases';
import { OF_WORDS, SEVERE } from './lexicon-np';
import { FOREIGN_WORDS } from './lexicon';
import { hyphenated, listOrdinal } from './figure-digits';
import { atLeastAfter, qualify, revisionBefore } from './number-qualifiers';
import { readNumber, restated } from './read-number';
import { countable, memberOfGroup, oneOther, personQualifiers, thingAfterWord } from './singular-counts';
import { readVagueAmount } from './vague-amounts';

export { MONTHS };
export { isYearAt } from './figure-digits';
export { atLeastAt, openAfterNoun, orMoreAt } from './number-qualifiers';

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
  // "12 tués et autant de blessés": the amount before, again.
  'autant',
]);
const firstPart = (norm: string) => {
  const d = norm.indexOf('-');
  // "demi-douzaine" is an amount of its own: whole.
  return d < 0 || APPROX_NOUNS.has(norm) ? norm : norm.slice(0, d);
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
    // Each reader pushes what it reads at i and returns the index after it, or -1 when the
    // construction is not its own.
    let next = t.type === 'word' ? readVagueAmount(tokens, i, out) : -1;
    if (next < 0) next = readSingular(tokens, text, i, out);
    if (next < 0 && oneMore(tokens, i)) {
      out.push({ min: 1, max: 1, first: i, last: i + 1, singular: true });
      next = i + 1;
    }
    if (next < 0) next = readFigure(tokens, text, i, to, out);
    i = next;
  }
  return out.map((q) => atLeastAfter(q, tokens, to));
}

/**
 * "un"/"a" read as one, "un soldat a été tué", "a soldier was killed": pushes one and returns the
 * index after the article (and its bracketed restatement); -1 when the article counts nothing.
 */
function readSingular(tokens: Token[], text: string, i: number, out: QuantityMention[]): number {
  const t = tokens[i];
  // "another soldier was killed": one more, as "a soldier" is one.
  if (t.type !== 'word' || !(SINGULAR.has(t.norm) || t.norm === 'another')) return -1;
  // "un soldat a été tué", "a soldier was killed": one person, when a person noun follows at once.
  // "a French soldier", "an Egyptian peacekeeper": a nationality may come between.
  // "une (01) moto", "un (1) soldat": the one restated in brackets.
  const one = restated(tokens, text, i + 1, 1);
  // "a machine gun", "an assault rifle", "un fusil-mitrailleur": a word may qualify a thing.
  // "a senior commander", "un jeune soldat": one qualifier before a person noun.
  const national = nationalPerson(tokens, one);
  // "a 4x4 vehicle": a vehicle's drive before its noun.
  const drive = driveLength(tokens, one);
  const between = drive
    ? drive
    : national || FOREIGN_WORDS.has(tokens[one]?.norm ?? '') || thingAfterWord(tokens, one)
      ? 1
      : personQualifiers(tokens, one);
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
    t.text !== 'UN' &&
    !amount &&
    !complement &&
    !verb &&
    (national || countable(tokens[one + between]) || memberOfGroup(tokens, one + between))
  ) {
    out.push({ min: 1, max: 1, first: i, last: one, singular: true });
    return one;
  }
  return -1;
}

/**
 * "Un Russe a été tué", "a Russian was killed": a nationality with a capital at j, then the
 * verb, is the person itself.
 */
function nationalPerson(tokens: Token[], j: number): boolean {
  return (
    FOREIGN_WORDS.has(tokens[j]?.norm ?? '') &&
    /^\p{Lu}/u.test(tokens[j].text) &&
    countable(tokens[j]) &&
    !countable(tokens[j + 1])
  );
}

/** One more person at word i: one of a breakdown ("dont un grièvement") or "un autre", "another". */
function oneMore(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.type !== 'word') return false;
  // "trois blessés, dont un grièvement", "including one seriously": one of the breakdown.
  if (
    ONE_WORDS.has(t.norm) &&
    BREAKDOWN_WORDS.has(tokens[i - 1]?.norm ?? '') &&
    SEVERE.has(tokens[i + 1]?.norm ?? '')
  )
    return true;
  // "un autre a été blessé", "one other was wounded", "another died": one more of the side before.
  return oneOther(tokens, i);
}

/**
 * A number in digits or words at i, "12", "douze", "two dozen", with the range it opens. Pushes
 * it and returns the index after it; a model name ("AK-47") or no number moves one token on.
 */
function readFigure(tokens: Token[], text: string, i: number, to: number, out: QuantityMention[]): number {
  // "AK-47", "AK 47", "Mi-24", "BM-21": a model name, not a count.
  if (tokens[i].type === 'num' && (inModelName(tokens, i) || hyphenated(tokens, i))) return i + 1;
  // "1 mortier de 60", "1 véhicule 4 x 4": a calibre or a size after its thing's noun.
  const named = tokens[i].type === 'num' ? thingNumberLength(tokens, i) : 0;
  if (named) return i + named;
  const n1 = readNumber(tokens, text, i);
  if (!n1) return i + 1;
  const [v1, n1end] = n1;
  // "two dozen", "deux douzaines": a count of dozens.
  if (DOZEN.has(tokens[n1end]?.norm ?? '') && v1 < 20) {
    out.push(qualify({ min: v1 * 12, max: v1 * 12, approx: true, first: i, last: n1end + 1 }, tokens));
    return n1end + 1;
  }
  const e1 = restated(tokens, text, n1end, v1);
  return readRange(tokens, text, i, to, v1, e1, out);
}

/**
 * The number v1 read over [i, e1), alone or opening a range: "entre 10 et 15", "10 to 15",
 * "77-100"; "passer de 17 à 42" is a revision, two figures. Returns the index after them.
 */
function readRange(
  tokens: Token[],
  text: string,
  i: number,
  to: number,
  v1: number,
  e1: number,
  out: QuantityMention[],
): number {
  let q: QuantityMention = { min: v1, max: v1, first: i, last: e1 };
  // "20 voire 30", "20, peut-être 30,", "20 or even 30": a higher guess closes the range.
  const higher = higherGuess(tokens, text, e1, to, v1);
  if (higher) {
    out.push(qualify({ min: v1, max: higher[0], first: i, last: higher[1] }, tokens));
    return higher[1];
  }
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
          return n2[1];
        }
        if (s !== '-' || (sep.start === tokens[i].end && tokens[e1 + 1].start === sep.end) || true) {
          q = { min: v1, max: n2[0], first: isBetween ? i - 1 : i, last: n2[1] };
        }
      }
    }
  }
  out.push(qualify(q, tokens));
  return q.last;
}

/** Words before a higher guess of the same count: "voire", "sinon", "or even", "perhaps", "peut-être". */
const HIGHER_GUESS = [
  ['voire'],
  ['sinon'],
  ['or', 'even'],
  ['perhaps'],
  ['possibly'],
  ['peut-etre'],
  ['maybe'],
];

/**
 * A higher guess after the number ending at e ("20 voire 30", "20, perhaps 30,", "20 or even 30"):
 * its value and the index after it; null when there is none.
 */
function higherGuess(
  tokens: Token[],
  text: string,
  e: number,
  to: number,
  v1: number,
): [number, number] | null {
  let k = tokens[e]?.text === ',' || tokens[e]?.text === '\u2014' ? e + 1 : e;
  const words = HIGHER_GUESS.find((w) => w.every((x, n) => tokens[k + n]?.norm === x));
  if (!words) return null;
  k += words.length;
  if (k >= to) return null;
  const n2 = readNumber(tokens, text, k);
  if (!n2 || n2[0] <= v1) return null;
  // "20, voire 30, civils": the guess set apart, its closing mark before the noun.
  const close = tokens[n2[1]];
  if (k > e + words.length && close?.text === tokens[e].text && tokens[n2[1] + 1]?.type === 'word')
    return [n2[0], n2[1] + 1];
  return n2;
}

const DOZEN = new Set(['dozen', 'douzaine', 'douzaines']);
const ONE_WORDS = new Set(['un', 'une', 'one']);
const BREAKDOWN_WORDS = new Set(['dont', 'including']);
