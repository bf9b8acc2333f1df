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
 * The sides and the sum of the exact tolls each kind's own words give a side ("8 militaires
 * tués", "4 civils"), read once for the story: the parts a total of no side may add up to.
 */
function sidedParts(placed: Placed[]): Map<string, { sides: Set<string>; sum: number }> {
  const out = new Map<string, { sides: Set<string>; sum: number }>();
  for (const q of placed) {
    const g = q.fig;
    if (q.background || !g.kind || !g.explicit || !g.subject || g.subject === 'people') continue;
    if (g.q.max === null || g.q.min !== g.q.max) continue;
    const e = out.get(g.kind) ?? { sides: new Set<string>(), sum: 0 };
    e.sides.add(g.subject);
    e.sum += g.q.min;
    out.set(g.kind, e);
  }
  return out;
}

/**
 * "L'embuscade a fait au moins 12 morts. … Le bilan est de 8 militaires tués et 4 civils": a toll
 * of no side named whose parts, told elsewhere in the story, are of two sides and add up to it.
 */
function partsOfSides(parts: ReturnType<typeof sidedParts>, f: Figure): boolean {
  const e = parts.get(f.kind ?? '');
  if (!e || e.sides.size < 2) return false;
  // "au moins 12" is 8 + 4 told at its lower bound; "plusieurs morts" is no sum of parts.
  return f.q.max === null ? e.sum === f.q.min : e.sum >= f.q.min && e.sum <= f.q.max;
}

export const breakdownTotal: ClaimPass = {
  name: 'breakdown-total',
  run(ctx) {
    const { placed } = ctx;
    let parts: ReturnType<typeof sidedParts> | null = null;
    for (let n = 0; n < placed.length; n++) {
      const f = placed[n].fig;
      if (f.breakdown || f.explicit || !f.subject || f.subject === 'people') continue;
      if (!f.kind || !PERSON_KINDS.has(f.kind)) continue;
      if (!placed[n].background && partsOfSides((parts ??= sidedParts(placed)), f)) {
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
