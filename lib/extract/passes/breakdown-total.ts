/**
 * "12 morts dont trois civils", "12 dead, including 3 civilians": a toll broken down
 * into another side is a total over the sides, subject `people` (SCHEMA.md) — even
 * under a side marker ("le bilan côté ami est de 12 morts dont trois civils") or a
 * side set against another toll. A toll its own words name keeps its side.
 */
import { PERSON_KINDS } from '../lexicon';
import type { Figure } from '../claims';
import type { ClaimPass, Placed } from './context';

/**
 * "L'embuscade a fait au moins 12 morts. … Le bilan est de 8 militaires tués et 4 civils": a toll
 * of no side named whose parts, told elsewhere in the story, are of two sides and add up to it.
 */
function partsOfSides(placed: Placed[], f: Figure): boolean {
  const sides = new Set<string>();
  let sum = 0;
  for (const q of placed) {
    const g = q.fig;
    if (q.background || g === f || g.kind !== f.kind || !g.explicit || !g.subject || g.subject === 'people')
      continue;
    if (g.q.max === null || g.q.min !== g.q.max) continue;
    sides.add(g.subject);
    sum += g.q.min;
  }
  // "au moins 12" is 8 + 4 told at its lower bound; "plusieurs morts" is no sum of parts.
  return sides.size >= 2 && (f.q.max === null ? sum === f.q.min : sum >= f.q.min && sum <= f.q.max);
}

export const breakdownTotal: ClaimPass = {
  name: 'breakdown-total',
  run(ctx) {
    const { placed } = ctx;
    for (let n = 0; n < placed.length; n++) {
      const f = placed[n].fig;
      if (f.breakdown || f.explicit || !f.subject || f.subject === 'people') continue;
      if (!f.kind || !PERSON_KINDS.has(f.kind)) continue;
      if (!placed[n].background && partsOfSides(placed, f)) {
        f.subject = 'people';
        continue;
      }
      for (let m = n + 1; m < placed.length; m++) {
        const g = placed[m].fig;
        if (!g.breakdown || g.sentence !== f.sentence) break;
        if (
          g.subject &&
          g.subject !== 'people' &&
          g.subject !== f.subject &&
          PERSON_KINDS.has(g.kind ?? 'seized')
        ) {
          f.subject = 'people';
          break;
        }
      }
    }
  },
};
