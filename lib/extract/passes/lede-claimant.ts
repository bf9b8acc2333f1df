/**
 * The lede's figures are often attributed by the sentence after them
 * ("Douze soldats ont été tués lundi. C'est ce qu'indique un communiqué de l'armée.").
 */
import { sentenceCues } from '../attribution';
import { isItem, type ClaimPass } from './context';

export const ledeClaimant: ClaimPass = {
  name: 'lede-claimant',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const firstBody = sentences.find((s) => !s.headline)?.paragraph ?? 0;
    for (const p of ctx.placed) {
      if (p.cue || p.headline || p.paragraph !== firstBody || isItem(ctx, p.fig.sentence)) continue;
      const s = sentences[p.fig.sentence + 1];
      if (!s || s.headline) continue;
      const cues = sentenceCues(text, tokens, s, null);
      if (cues.length) p.cue = cues[0];
    }
  },
};
