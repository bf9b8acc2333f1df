/**
 * A sentence set in a neighbouring country is about there: "Au Burkina Faso voisin,
 * 20 soldats ont été tués dimanche", "In neighbouring Niger, 20 soldiers were killed".
 * Its figures are background when the sentence names the country after a preposition
 * of place, and names neither Mali nor a Malian place, nor a border.
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
const MALI_OR_BORDER = new Set([
  'mali',
  'malien',
  'maliens',
  'malienne',
  'maliennes',
  'malian',
  'fama',
  'frontiere',
  'frontieres',
  'border',
  'borders',
  'frontalier',
  'frontaliere',
]);

function setAbroad(ctx: ClaimContext, i: number): boolean {
  if (ctx.malianPlaces.has(i)) return false;
  const { tokens, sentences } = ctx;
  const s = sentences[i];
  let abroad = false;
  for (let k = s.first; k < s.last; k++) {
    const n = tokens[k].norm;
    // "la zone des trois frontières", "the three-border area": a region, not Mali's border.
    const triBorder = ['trois', 'three'].includes(tokens[k - 1]?.norm ?? '');
    if (MALI_OR_BORDER.has(n) && !triBorder) return false;
    if (NEIGHBOURS.has(n) && PLACE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) abroad = true;
  }
  return abroad;
}

export const foreignClause: ClaimPass = {
  name: 'foreign-clause',
  run(ctx) {
    const memo = new Map<number, boolean>();
    for (const p of ctx.placed) {
      if (p.background) continue;
      const i = p.fig.sentence;
      if (!memo.has(i)) memo.set(i, setAbroad(ctx, i));
      if (memo.get(i)) p.background = true;
    }
  },
};
