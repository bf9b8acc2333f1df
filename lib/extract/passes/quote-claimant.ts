/**
 * A quotation's figures are attributed after it closes:
 * "… 7 portés disparus. », a déclaré le gouvernement".
 */
import { sentenceCues } from '../attribution';
import type { ClaimPass } from './context';

const CLOSERS = ['\u00bb', '\u201d', '"', ','];

export const quoteClaimant: ClaimPass = {
  name: 'quote-claimant',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      if (p.cue) continue;
      const s = sentences[p.fig.sentence + 1];
      if (!s || s.paragraph !== sentences[p.fig.sentence].paragraph) continue;
      const t0 = tokens[s.first];
      if (!t0 || !CLOSERS.includes(t0.text)) continue;
      const cues = sentenceCues(text, tokens, s, null);
      if (cues.length) p.cue = cues[0];
    }
  },
};
