/**
 * "33 personnes dont des femmes et des enfants", "at least 40 people, including women and
 * children": a toll of persons whose breakdown names women or children, with no number of their
 * own, is a toll of civilians. ("26 morts dont 4 enfants" and a bare "morts" are left alone:
 * measured, widening it to them cost precision on the check set.)
 */
import { PERSON_KINDS, WOMEN_CHILDREN } from '../lexicon';
import type { Figure } from '../claims';
import type { ClaimContext, ClaimPass } from './context';

const OPENERS = new Set([
  ...['dont', 'including', 'among', 'parmi', 'notamment'],
  // "en majorité des femmes", "mostly women and children": most of the toll, no number of its own.
  ...['majorite', 'majoritairement', 'essentiellement', 'mostly', 'mainly'],
]);
const LINKS = new Set([
  ...['des', 'de', "d'", 'plusieurs', 'several', 'many', 'nombreux', 'them', 'et', 'and', ',', 'les', 'the'],
  ...['hommes', 'men'],
]);

/** Does the toll's breakdown, right after its words or its number, name women or children with no number? */
export function namesWomenChildren(ctx: ClaimContext, f: Figure): boolean {
  const { tokens, sentences } = ctx;
  const end = sentences[f.sentence].last;
  for (const start of [f.last, f.q.last + 1, pastAdjunct(ctx, f.last, end)]) {
    let k = start;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.norm === 'en' && tokens[k + 1]?.norm === 'majorite') k++;
    if (!OPENERS.has(tokens[k]?.norm ?? '')) continue;
    for (k++; k < Math.min(end, start + 8); k++) {
      const w = tokens[k].norm;
      if (WOMEN_CHILDREN.has(w)) return true;
      if (!LINKS.has(w)) break;
    }
  }
  return false;
}

/** Words of a short place or time phrase after a toll's predicate: "dans son village", "lundi à Boni". */
const ADJUNCT_WORDS = 6;
/**
 * "18 personnes ont été tuées dans son village, dont des femmes et des enfants": the comma after a
 * short phrase with no number that follows the toll; or -1.
 */
function pastAdjunct(ctx: ClaimContext, from: number, end: number): number {
  const { tokens } = ctx;
  for (let k = from; k < Math.min(end, from + ADJUNCT_WORDS); k++) {
    if (tokens[k].text === ',') return k > from ? k : -1;
    if (tokens[k].type !== 'word') return -1;
  }
  return -1;
}

export const womenChildren: ClaimPass = {
  name: 'women-children',
  run(ctx) {
    for (const p of ctx.placed) {
      const f = p.fig;
      // A toll of persons its own noun names ("33 personnes"); "33 morts" is left to the side passes.
      if (f.subject !== 'people' || !f.kind || !PERSON_KINDS.has(f.kind) || f.breakdown) continue;
      if (namesWomenChildren(ctx, f)) {
        f.subject = 'civilians';
        f.sided = true;
      }
    }
  },
};
