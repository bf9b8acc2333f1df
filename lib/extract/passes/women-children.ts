/**
 * "33 personnes dont des femmes et des enfants", "at least 40 people, including women and
 * children": a toll of persons whose breakdown names women or children, with no number of their
 * own, is a toll of civilians. ("26 morts dont 4 enfants" and a bare "morts" are left alone:
 * measured, widening it to them cost precision on the check set.)
 */
import { PERSON_KINDS, WOMEN_CHILDREN } from '../lexicon';
import type { ClaimPass } from './context';

const OPENERS = new Set(['dont', 'including', 'among', 'parmi', 'notamment']);
const LINKS = new Set([
  ...['des', 'de', "d'", 'plusieurs', 'several', 'many', 'nombreux', 'them', 'et', 'and', ',', 'les', 'the'],
  ...['hommes', 'men'],
]);

export const womenChildren: ClaimPass = {
  name: 'women-children',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      // A toll of persons its own noun names ("33 personnes"); "33 morts" is left to the side passes.
      if (f.subject !== 'people' || !f.kind || !PERSON_KINDS.has(f.kind) || f.breakdown) continue;
      const end = sentences[f.sentence].last;
      // The breakdown right after the toll's words, or right after its number.
      for (const start of [f.last, f.q.last + 1]) {
        let k = start;
        if (tokens[k]?.text === ',') k++;
        if (!OPENERS.has(tokens[k]?.norm ?? '')) continue;
        let named = false;
        for (k++; k < Math.min(end, start + 8); k++) {
          const w = tokens[k].norm;
          if (WOMEN_CHILDREN.has(w)) named = true;
          else if (!LINKS.has(w)) break;
        }
        if (named) {
          f.subject = 'civilians';
          f.sided = true;
          break;
        }
      }
    }
  },
};
