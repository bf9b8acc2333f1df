/**
 * The words around a number that change what it counts: a qualifier before it ("at least",
 * "plus de", "as many as", "près de", "dépasse les") or after it ("20 at least"), and a word of
 * revision before the first number of a range ("passé de 17 à 42"). Used by numbers.ts.
 */
import { isAdverb } from './lexicon';
import { EXCEED, REVISION } from './number-words';
import type { QuantityMention } from './numbers';
import type { Token } from './tokens';

/** A verb of exceeding before the number at i, past "les"/"the" and an adverb ("dépasse désormais les 30"). */
function exceedBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (['les', 'the'].includes(tokens[k]?.norm ?? '')) k--;
  if (tokens[k] && isAdverb(tokens[k])) k--;
  return EXCEED.has(tokens[k]?.norm ?? '');
}

/** The qualifier ending right before token i, as [kind, firstTokenIndex]. */
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

export function qualify(q: QuantityMention, tokens: Token[]): QuantityMention {
  const qual = qualifierBefore(tokens, q.first);
  if (!qual) return q;
  const kind = qual[0];
  const first = kind === 'more' || kind === 'less' ? pastDegree(tokens, qual[1]) : qual[1];
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

/** Words of degree before "plus de"/"more than": "un peu plus de 20", "well over 20", "just under 20". */
const DEGREE_WORDS = new Set([
  'slightly',
  'legerement',
  'bien',
  'well',
  'just',
  'juste',
  'nettement',
  'largement',
]);
const DEGREE_PAIRS = [
  ['un', 'peu'],
  ['a', 'little'],
  ['a', 'bit'],
];

/** The start of a qualifier at `first`, past a word of degree before it. */
function pastDegree(tokens: Token[], first: number): number {
  const a = tokens[first - 1]?.norm ?? '';
  const b = tokens[first - 2]?.norm ?? '';
  if (DEGREE_PAIRS.some(([x, y]) => b === x && a === y)) return first - 2;
  return DEGREE_WORDS.has(a) ? first - 1 : first;
}

/** "at least" / "au moins" / "au minimum" written at token i, as its length (0: none). */
export function atLeastAt(tokens: Token[], i: number, to = tokens.length): number {
  if (i + 1 >= to) return 0;
  const a = tokens[i].norm;
  const b = tokens[i + 1].norm;
  return (a === 'au' && (b === 'moins' || b === 'minimum')) || (a === 'at' && b === 'least') ? 2 : 0;
}

/**
 * "une vingtaine au moins de soldats", "20 at least", "thirty or more soldiers", "30-plus": the
 * qualifier after the number opens the range (after its noun: claims.ts).
 */
export function atLeastAfter(q: QuantityMention, tokens: Token[], to: number): QuantityMention {
  if (q.indefinite) return q;
  const n = atLeastAt(tokens, q.last, to) || orMoreAt(tokens, q.last, to);
  return n ? { ...q, min: q.min, max: null, approx: undefined, last: q.last + n } : q;
}

/**
 * "or more", "ou plus", "voire plus", "sinon plus", "et plus", "-plus" at token k, as its length
 * (0: none) — not "ou plus de 20", "or more than", a qualifier of a number after it.
 */
export function orMoreAt(tokens: Token[], k: number, to: number): number {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b || k + 1 >= to || !MORE.has(b.norm)) return 0;
  const attached = a.text === '-' && a.start === tokens[k - 1]?.end && b.start === a.end;
  if (!attached && !OR_WORDS.has(a.norm)) return 0;
  const next = tokens[k + 2];
  if (next && (THAN.has(next.norm) || next.type === 'num')) return 0;
  return 2;
}
const OR_WORDS = new Set(['or', 'ou', 'voire', 'sinon', 'et']);
const MORE = new Set(['more', 'plus']);
const THAN = new Set(['than', 'de', "d'", 'que', "qu'"]);

/** "au moins", "or more", ", voire plus," at token k after a noun: the words' length (0: none). */
export function openAfterNoun(tokens: Token[], k: number, limit: number): number {
  const atLeast = atLeastAt(tokens, k, limit);
  if (atLeast) return atLeast;
  const comma = tokens[k]?.text === ',' ? 1 : 0;
  const more = orMoreAt(tokens, k + comma, limit);
  if (!more || tokens[k + comma].text === '-') return 0;
  return comma + more + (comma && tokens[k + comma + more]?.text === ',' ? 1 : 0);
}

/**
 * A word of revision ending at token k, or a few words before it in its clause: "passé de",
 * "rose from", "an increase in the number of peacekeepers injured from".
 */
export function revisionBefore(tokens: Token[], k: number): boolean {
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

/** Words of a comparison after a number: "quatre de plus que", "four more than", "two fewer than". */
const COMPARATIVES = new Set(['plus', 'moins', 'more', 'fewer', 'less']);

/**
 * "soit quatre de plus que le bilan initial", "four more than the day before": the number right
 * before k is a difference between two tolls, not a count of its own.
 */
export function differenceAt(tokens: Token[], k: number): boolean {
  const de = ['de', "d'"].includes(tokens[k]?.norm ?? '') ? 1 : 0;
  return (
    COMPARATIVES.has(tokens[k + de]?.norm ?? '') &&
    ['que', "qu'", 'than'].includes(tokens[k + de + 1]?.norm ?? '') &&
    tokens[k + de + 2]?.type !== 'num'
  );
}
