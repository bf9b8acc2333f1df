/**
 * A toll of "its men": "Wagner a subi de lourdes pertes : au moins 20 de ses hommes ont été tués",
 * "the UN mission said three of its soldiers were killed". The possessive points back to the force
 * or group named before it in the sentence, whose side the toll takes: a foreign force's men are
 * foreign forces, the army's soldiers, an armed group's militants.
 */
import { POSSESSIVES } from '../lexicon';
import type { ClaimPass } from './context';
import { speakerSide } from './own-losses';

export const possessiveSide: ClaimPass = {
  name: 'possessive-side',
  run(ctx) {
    const { tokens } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      if (!f.kind || (f.subject && f.subject !== 'people' && f.subject !== 'soldiers')) continue;
      // The possessive inside the figure's own words: "20 de ses hommes", "three of its soldiers".
      let at = -1;
      for (let k = f.q.last; k < Math.min(f.last, f.q.last + 4); k++)
        if (POSSESSIVES.has(tokens[k].norm)) at = k;
      if (at < 0) continue;
      // The owner is named before the figure: its speaker-like lookup reads the words before it.
      const side = speakerSide(ctx, { ...p, cue: null }, f.q.first);
      if (side && side !== f.subject) {
        f.subject = side;
        f.sided = true;
      }
    }
  },
};
