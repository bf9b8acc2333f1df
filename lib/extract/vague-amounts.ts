/**
 * Vague amounts, for numbers.ts: an approximate noun after its article ("une vingtaine", "a
 * dozen", "plus d'une dizaine", "une vingtaine, voire une trentaine"), a plural amount ("des
 * dizaines", "dozens and dozens", "tens of") and an amount without a number ("plusieurs", "a
 * few", "un certain nombre de").
 */
import type { QuantityMention } from './numbers';
import { APPROX_NOUNS, INDEFINITE, PLURAL_AMOUNTS, UNIT_AFTER } from './number-words';
import { qualify } from './number-qualifiers';
import type { Token } from './tokens';

/**
 * A vague amount at word i: "une vingtaine", "a dozen", "des dizaines", "dozens", "tens of",
 * "plusieurs", "a few". Pushes it and returns the index after it; -1 when there is none.
 */
export function readVagueAmount(tokens: Token[], i: number, out: QuantityMention[]): number {
  const t = tokens[i];
  const nx = tokens[i + 1]?.norm ?? '';
  const pv = tokens[i - 1]?.norm ?? '';
  // "à une cinquantaine de kilomètres", "des dizaines de kilomètres", "a dozen miles": a measure.
  if ((APPROX_NOUNS.has(t.norm) || PLURAL_AMOUNTS.has(t.norm)) && measureAfter(tokens, i + 1)) return i + 1;
  // Vague amounts first: "une vingtaine", "a dozen", "des dizaines", "dozens", "tens of".
  if (APPROX_NOUNS.has(t.norm) && (pv === 'une' || pv === 'a' || pv === "d'une")) {
    return readApproxNoun(tokens, i, out);
  }
  // "une bonne vingtaine", "a good dozen": a word of size between the article and the amount.
  if (APPROX_NOUNS.has(t.norm) && SIZE_WORDS.has(pv) && ['une', 'a'].includes(tokens[i - 2]?.norm ?? '')) {
    const v = APPROX_NOUNS.get(t.norm)!;
    out.push({ min: v, max: v, approx: true, first: i - 2, last: i + 1 });
    return i + 1;
  }
  if (
    PLURAL_AMOUNTS.has(t.norm) &&
    (t.norm !== 'tens' || nx === 'of') &&
    (t.norm !== 'scores' || nx === 'of')
  ) {
    return readPluralAmount(tokens, i, out);
  }
  // "as many as 30": the qualifier of the number after it, not an amount.
  if (t.norm === 'many' && pv === 'as' && nx === 'as') return i + 1;
  // "12 tués et autant de blessés", "12 killed and as many wounded": the amount before, again.
  const same = sameAmount(tokens, i, out);
  if (same >= 0) return same;
  if (
    INDEFINITE.has(t.norm) ||
    (t.norm === 'few' && pv === 'a') ||
    (t.norm === 'number' && (pv === 'a' || pv === 'large')) ||
    (t.norm === 'nombre' && (pv === 'certain' || pv === 'grand'))
  ) {
    return readIndefinite(tokens, i, out);
  }
  return -1;
}

/** Words of size between an article and its amount: "une bonne vingtaine", "a good dozen". */
const SIZE_WORDS = new Set(['bonne', 'good', 'petite']);

/** "de kilomètres", "d'heures", "of miles", or a unit right after the amount ("a dozen miles"). */
function measureAfter(tokens: Token[], k: number): boolean {
  if (['de', "d'", 'of'].includes(tokens[k]?.norm ?? '')) k++;
  const unit = tokens[k]?.norm ?? '';
  return UNIT_AFTER.has(unit) && unit.length > 2;
}

/**
 * An approximate amount after its article, "une vingtaine", "a dozen", "d'une dizaine", with
 * the qualifier before it ("plus d'une vingtaine") and a second amount closing a range.
 */
function readApproxNoun(tokens: Token[], i: number, out: QuantityMention[]): number {
  const pv = tokens[i - 1]?.norm ?? '';
  // "half a dozen": six.
  const half = tokens[i].norm === 'dozen' && pv === 'a' && tokens[i - 2]?.norm === 'half';
  const v = half ? 6 : APPROX_NOUNS.get(tokens[i].norm)!;
  const first = half ? i - 2 : i - 1;
  let q: QuantityMention = { min: v, max: v, approx: true, first, last: i + 1 };
  // "plus d'une vingtaine" → [21, null]; "au moins une dizaine" → [10, null].
  const b = tokens[i - 2]?.norm;
  const c = tokens[i - 3]?.norm;
  if (b === "d'" && c === 'plus') q = { min: v + 1, max: null, first: i - 3, last: i + 1 };
  else if (pv === "d'une" && b === 'plus') q = { min: v + 1, max: null, first: i - 2, last: i + 1 };
  else q = qualify(q, tokens);
  // "une trentaine (30) de morts": the amount restated in digits in brackets.
  if (
    tokens[i + 1]?.text === '(' &&
    tokens[i + 2]?.type === 'num' &&
    Number(tokens[i + 2].norm) === v &&
    tokens[i + 3]?.text === ')'
  ) {
    out.push({ ...q, last: i + 4 });
    return i + 4;
  }
  return pushApproxRange(tokens, i, v, q, out);
}

/**
 * The approximate amount q (of v, its noun at i), joined into one range with a larger one
 * after it: "une vingtaine, voire une trentaine", "entre une dizaine et une vingtaine".
 */
function pushApproxRange(
  tokens: Token[],
  i: number,
  v: number,
  q: QuantityMention,
  out: QuantityMention[],
): number {
  // "une vingtaine, voire une trentaine", "une vingtaine ou une trentaine": one range.
  let k = i + 1;
  if (tokens[k]?.text === ',') k++;
  // "une dizaine à une quinzaine", "entre une dizaine et une vingtaine": the same.
  const between = BETWEEN.has(tokens[q.first - 1]?.norm ?? '');
  const joins = (w: string) => OR_EVEN.has(w) || RANGE_TO.has(w) || (between && ['et', 'and'].includes(w));
  const v2 =
    joins(tokens[k]?.norm ?? '') && ['une', 'a'].includes(tokens[k + 1]?.norm ?? '')
      ? APPROX_NOUNS.get(tokens[k + 2]?.norm ?? '')
      : undefined;
  if (v2 !== undefined && v2 > v && q.max !== null) {
    q = { ...q, max: v2, approx: undefined, last: k + 3, first: between ? q.first - 1 : q.first };
    out.push(q);
    return k + 3;
  }
  out.push(q);
  return i + 1;
}

/** A plural amount, "des dizaines", "plusieurs centaines", "dozens and dozens", "tens of". */
function readPluralAmount(tokens: Token[], i: number, out: QuantityMention[]): number {
  const t = tokens[i];
  const nx = tokens[i + 1]?.norm ?? '';
  const pv = tokens[i - 1]?.norm ?? '';
  const v = PLURAL_AMOUNTS.get(t.norm)!;
  let first = i;
  if (['des', 'plusieurs', 'quelques', 'de'].includes(pv)) first = i - 1;
  let last = i + 1;
  // "dozens and dozens"
  if ((nx === 'and' || nx === 'et') && tokens[i + 2]?.norm === t.norm) last = i + 3;
  out.push(qualify({ min: v, max: null, first, last }, tokens));
  return last;
}

/** An amount without a number, "de nombreux", "a few", "a large number of", "un certain nombre de": two or more. */
function readIndefinite(tokens: Token[], i: number, out: QuantityMention[]): number {
  const t = tokens[i];
  const nx = tokens[i + 1]?.norm ?? '';
  const pv = tokens[i - 1]?.norm ?? '';
  // "de nombreux", "a few", "a large number of", "un certain nombre de"
  let first = i;
  if (pv === 'de' || pv === 'a' || pv === 'tres') first = i - 1;
  if (
    (t.norm === 'number' && pv === 'large') ||
    (t.norm === 'nombre' && (pv === 'certain' || pv === 'grand'))
  )
    first = Math.max(0, i - 2);
  if (t.norm === 'nombre' && tokens[i + 1]?.norm === 'inconnu') return i + 1;
  // "plusieurs dizaines" is read by the plural amount rule.
  if (t.norm === 'plusieurs' && (nx === 'dizaines' || nx === 'centaines')) return i + 1;
  // "several dozen", "a few hundred": as many as "dozens", "hundreds".
  const many = SEVERAL_OF.get(nx);
  if (many && (t.norm === 'several' || t.norm === 'few')) {
    out.push(qualify({ min: many, max: null, first, last: i + 2 }, tokens));
    return i + 2;
  }
  out.push({ min: 2, max: null, first, last: i + 1, indefinite: true });
  return i + 1;
}

/** "several dozen", "a few hundred", "several thousand": the open ranges of "dozens", "hundreds", "thousands". */
const SEVERAL_OF = new Map([
  ['dozen', PLURAL_AMOUNTS.get('dozens')!],
  ['hundred', PLURAL_AMOUNTS.get('hundreds')!],
  ['thousand', PLURAL_AMOUNTS.get('thousands')!],
]);

/** "voire" (or even), "ou" (or) between two amounts of one range. */
const OR_EVEN = new Set(['voire', 'ou', 'or']);
const RANGE_TO = new Set(['a', 'to']);
const BETWEEN = new Set(['entre', 'between']);

/** Words before "autant"/"as many" that join it to the amount it repeats. */
const SAME_JOINERS = new Set(['et', 'and', ',']);

/**
 * "12 tués et autant de blessés", "et autant blessés", "12 killed and as many wounded": the amount
 * told just before, repeated. Pushes it and returns the index after it; -1 when there is none.
 */
function sameAmount(tokens: Token[], i: number, out: QuantityMention[]): number {
  const prev = out[out.length - 1];
  if (!prev || prev.indefinite) return -1;
  const t = tokens[i];
  const w = (k: number) => tokens[k]?.norm ?? '';
  // "et au moins autant de blessés", "and at least as many wounded": that amount or more.
  const frAtLeast = w(i - 1) === 'moins' && w(i - 2) === 'au';
  const enAtLeast = w(i - 2) === 'least' && w(i - 3) === 'at';
  if (i - prev.last > SAME_REACH + (frAtLeast || enAtLeast ? 2 : 0)) return -1;
  const fr = t.norm === 'autant' && SAME_JOINERS.has(w(i - 1 - (frAtLeast ? 2 : 0)));
  const en =
    t.norm === 'many' &&
    w(i - 1) === 'as' &&
    SAME_JOINERS.has(w(i - 2 - (enAtLeast ? 2 : 0))) &&
    w(i + 1) !== 'as';
  if (!fr && !en) return -1;
  const atLeast = fr ? frAtLeast : enAtLeast;
  const first = (en ? i - 1 : i) - (atLeast ? 2 : 0);
  out.push({ min: prev.min, max: atLeast ? null : prev.max, approx: prev.approx, first, last: i + 1 });
  return i + 1;
}
const SAME_REACH = 6;
