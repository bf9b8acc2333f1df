/**
 * "12 morts dont trois civils", "12 dead, including 3 civilians": a toll broken down
 * into another side is a total over the sides, subject `people` (SCHEMA.md) — even
 * under a side marker ("le bilan côté ami est de 12 morts dont trois civils") or a
 * side set against another toll. A toll its own words name keeps its side.
 */
import { PERSON_KINDS } from '../lexicon';
import type { ClaimPass } from './context';

export const breakdownTotal: ClaimPass = {
  name: 'breakdown-total',
  run(ctx) {
    const { placed } = ctx;
    for (let n = 0; n < placed.length; n++) {
      const f = placed[n].fig;
      if (f.breakdown || f.explicit || !f.subject || f.subject === 'people') continue;
      if (!f.kind || !PERSON_KINDS.has(f.kind)) continue;
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
