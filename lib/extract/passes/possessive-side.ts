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
      // The possessive of the figure's noun: "20 de ses hommes", "three of its soldiers", "ses 20 hommes"
      // (not "12 people lost their lives").
      const of = ['de', 'des', "d'", 'of'].includes(tokens[f.q.last]?.norm ?? '');
      const owned =
        (of && POSSESSIVES.has(tokens[f.q.last + 1]?.norm ?? '')) ||
        POSSESSIVES.has(tokens[f.q.first - 1]?.norm ?? '');
      if (!owned) continue;
      // The owner is named before the figure: its speaker-like lookup reads the words before it.
      const side = speakerSide(ctx, { ...p, cue: null }, f.q.first);
      if (side && side !== f.subject) {
        f.subject = side;
        f.sided = true;
      }
    }
  },
};
