/**
 * "33 personnes dont des femmes et des enfants", "at least 40 people, including women and
 * children": a toll of persons whose breakdown names women or children, with no number of their
 * own, is a toll of civilians. ("26 morts dont 4 enfants" and a bare "morts" are left alone:
 * measured, widening it to them cost precision on the check set.)
 */
import { PERSON_KINDS, SUBJECT_WORDS, WOMEN_CHILDREN } from '../lexicon';
import type { Figure } from '../claims';
import { bySexOrAge } from '../breakdown-details';
import type { ClaimContext, ClaimPass, Placed } from './context';

const OPENERS = new Set([
  ...['dont', 'including', 'among', 'parmi', 'notamment'],
  // "en majorité des femmes", "mostly women and children": most of the toll, no number of its own.
  ...['majorite', 'majoritairement', 'essentiellement', 'plupart', 'mostly', 'mainly'],
  // "40 people, most of them women and children", "many of them children".
  ...['most', 'many'],
]);
const LINKS = new Set([
  ...['des', 'de', "d'", 'plusieurs', 'several', 'many', 'nombreux', 'them', 'et', 'and', ',', 'les', 'the'],
  ...['of', 'whom', 'were'],
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
    // "pour la plupart des femmes": most of the toll.
    if (tokens[k]?.norm === 'pour' && tokens[k + 1]?.norm === 'la' && tokens[k + 2]?.norm === 'plupart')
      k += 2;
    if (!OPENERS.has(tokens[k]?.norm ?? '')) continue;
    for (k++; k < Math.min(end, start + 8); k++) {
      const w = tokens[k].norm;
      // "en majorité des bergers", "most of them herders": civilians by their trade too.
      if (WOMEN_CHILDREN.has(w) || SUBJECT_WORDS.get(w) === 'civilians') return true;
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

/**
 * "26 morts dont 16 hommes, 6 femmes et 4 enfants": the parts right after the toll n, all persons
 * counted by sex or age, women or children among them, that add up to it exactly; or null.
 */
function splitBySexOrAge(ctx: ClaimContext, n: number): Placed[] | null {
  const f = ctx.placed[n].fig;
  const parts: Placed[] = [];
  for (let m = n + 1; m < ctx.placed.length; m++) {
    const g = ctx.placed[m].fig;
    // The first part opens the breakdown ("dont", "including", a bracket); the others follow it.
    if (g.sentence !== f.sentence || (m === n + 1 && !g.breakdown) || g.kind !== f.kind) break;
    if (!bySexOrAge(ctx.tokens, g) || g.q.max !== g.q.min) return null;
    parts.push(ctx.placed[m]);
  }
  const sum = parts.reduce((t, p) => t + p.fig.q.min, 0);
  const womenOrChildren = parts.some((p) => p.fig.subject === 'civilians');
  return parts.length > 1 && womenOrChildren && sum === f.q.min ? parts : null;
}

export const womenChildren: ClaimPass = {
  name: 'women-children',
  run(ctx) {
    ctx.placed.forEach((p, n) => {
      const f = p.fig;
      if (!f.kind || !PERSON_KINDS.has(f.kind) || f.breakdown) return;
      if (f.subject === null || (f.subject === 'people' && !f.sided)) {
        const parts = splitBySexOrAge(ctx, n);
        for (const q of [p, ...(parts ?? [])]) if (parts) q.fig.subject = 'civilians';
        if (parts) f.sided = true;
      }
      // A toll of persons its own noun names ("33 personnes"); "33 morts" is left to the side passes.
      if (f.subject === 'people' && namesWomenChildren(ctx, f)) {
        f.subject = 'civilians';
        f.sided = true;
      }
    });
  },
};
