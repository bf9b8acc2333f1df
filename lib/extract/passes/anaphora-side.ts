/**
 * "Deux autres ont été blessés", "deux d'entre eux", "six others were wounded": a
 * figure that refers back takes the side of the persons it refers to — the nearest
 * toll before it with a side, in its sentence or the two before.
 */
import { PERSON_KINDS } from '../lexicon';
import type { ClaimPass } from './context';

export const anaphoraSide: ClaimPass = {
  name: 'anaphora-side',
  run(ctx) {
    const { placed } = ctx;
    for (let n = 0; n < placed.length; n++) {
      const f = placed[n].fig;
      if (!f.others || (f.subject && f.subject !== 'people') || !f.kind || !PERSON_KINDS.has(f.kind))
        continue;
      for (let m = n - 1; m >= 0; m--) {
        const g = placed[m].fig;
        if (f.sentence - g.sentence > 2) break;
        if (!g.subject || g.subject === 'people' || !g.kind || !PERSON_KINDS.has(g.kind)) continue;
        f.subject = g.subject;
        f.sided = true;
        break;
      }
    }
  },
};
