/**
 * A sentence set in a neighbouring country is about there: "Au Burkina Faso voisin,
 * 20 soldats ont été tués dimanche", "In neighbouring Niger, 20 soldiers were killed".
 * Its figures are background when the sentence names the country after a preposition
 * of place, and names neither Mali nor a Malian place, nor a border — or when the clause
 * of the figure, after "while" / "tandis que", does ("…, while in Niger 29 soldiers died
 * near the Malian border").
 */
import { NEIGHBOURS } from '../lexicon';
import type { ClaimContext, ClaimPass } from './context';

const PLACE_PREPOSITIONS = new Set([
  'au',
  'en',
  'in',
  'du',
  'dans',
  'of',
  'neighbouring',
  'neighboring',
  'voisin',
]);
/** Words that open a contrasted clause: "…, while in Niger 29 soldiers died", "tandis qu'au Niger". */
const CONTRAST = new Set(['while', 'whereas', 'tandis', 'alors', 'meanwhile', ';']);
const BORDER = new Set(['frontiere', 'frontieres', 'border', 'borders', 'frontalier', 'frontaliere']);
const MALI_OR_BORDER = new Set([
  ...['mali', 'malien', 'maliens', 'malienne', 'maliennes', 'malian', 'fama'],
  ...BORDER,
]);

/** Is tokens[from, to) set in a neighbouring country, with no word of Mali or of a border? */
function sentenceAbroad(ctx: ClaimContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  let abroad = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    // "la zone des trois frontières", "the three-border area": a region, not Mali's border.
    if (['trois', 'three'].includes(tokens[k - 1]?.norm ?? '')) continue;
    if (MALI_OR_BORDER.has(n)) return false;
    if (NEIGHBOURS.has(n) && PLACE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) abroad = true;
  }
  return abroad;
}

/**
 * Where the clause holding token q starts and ends in sentence i: the whole sentence, or the part
 * of it after (or before) a word of contrast.
 */
function clauseOf(ctx: ClaimContext, i: number, q: number): [number, number] {
  const { tokens, sentences } = ctx;
  const s = sentences[i];
  let from = s.first;
  let to = s.last;
  for (let k = s.first + 1; k < s.last; k++) {
    if (!CONTRAST.has(tokens[k].norm)) continue;
    if (k <= q) from = k;
    else if (k < to) to = k;
  }
  return [from, to];
}

/**
 * Is the clause of token q in sentence i set abroad (`whole`: the sentence is)? A contrasted clause
 * that names the neighbour as its place is abroad though the sentence speaks of the Malian border.
 */
function setAbroad(ctx: ClaimContext, i: number, q: number, whole: boolean): boolean {
  if (ctx.malianPlaces.has(i)) return false;
  const s = ctx.sentences[i];
  if (whole) return true;
  const [from, to] = clauseOf(ctx, i, q);
  if (from === s.first && to === s.last) return false;
  // "…, while in Niger 29 soldiers died in an attack near the Malian border": the border of Mali,
  // told of a clause set in Niger, is Niger's side of it.
  return clauseAbroadNamed(ctx, from, to);
}

/** A clause that names a neighbour as its place and Mali only as its border's adjective. */
function clauseAbroadNamed(ctx: ClaimContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  let abroad = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (n === 'mali' && !BORDER.has(tokens[k - 1]?.norm ?? '') && tokens[k - 1]?.norm !== 'with')
      return false;
    if (NEIGHBOURS.has(n) && PLACE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) abroad = true;
  }
  return abroad;
}

export const foreignClause: ClaimPass = {
  name: 'foreign-clause',
  run(ctx) {
    // Whether a whole sentence is set abroad, once per sentence.
    const memo = new Map<number, boolean>();
    for (const p of ctx.placed) {
      if (p.background) continue;
      const i = p.fig.sentence;
      const s = ctx.sentences[i];
      if (!memo.has(i)) memo.set(i, sentenceAbroad(ctx, s.first, s.last));
      if (setAbroad(ctx, i, p.fig.q.first, memo.get(i)!)) p.background = true;
    }
  },
};
