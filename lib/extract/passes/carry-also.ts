/**
 * "L'armée fait également état de…", "The army also said…": a claimant speaking
 * again gave the figures before it that no one claimed.
 */
import { ALSO_WORDS, AUXILIARIES } from '../lexicon';
import type { ClaimPass } from './context';

export const carryAlso: ClaimPass = {
  name: 'carry-also',
  run(ctx) {
    const { tokens, sentences, placed } = ctx;
    for (const s of sentences) {
      for (const c of ctx.cues[s.index] ?? []) {
        let also = false;
        let passive = false;
        for (let k = Math.max(s.first, c.pos - 2); k <= Math.min(s.last - 1, c.pos + 2); k++) {
          if (ALSO_WORDS.has(tokens[k].norm)) also = true;
          if (k < c.pos && AUXILIARIES.has(tokens[k].norm)) passive = true;
        }
        // "clashes were also reported" is not a claimant speaking again.
        if (!also || passive) continue;
        for (let n = placed.length - 1; n >= 0; n--) {
          const p = placed[n];
          if (p.fig.sentence >= s.index) continue;
          if (p.cue) break;
          if (!p.headline && !p.background) p.cue = c;
        }
      }
    }
  },
};
