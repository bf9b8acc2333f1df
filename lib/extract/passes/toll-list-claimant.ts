/**
 * "Le bilan est le suivant : / Côté ami : 02 morts ; / Côté ennemi : …", "The toll is
 * as follows:": the lines of a toll list take the claimant who was speaking just
 * before the list opened.
 */
import { endsWith, isItem, type ClaimPass } from './context';

export const tollListClaimant: ClaimPass = {
  name: 'toll-list-claimant',
  run(ctx) {
    const { sentences } = ctx;
    for (const p of ctx.placed) {
      if (p.cue || p.background) continue;
      let i = p.fig.sentence;
      if (!sentences[i].headline && !isItem(ctx, i)) continue;
      while (
        i > 0 &&
        !endsWith(ctx, i - 1, [':']) &&
        (sentences[i - 1].headline || isItem(ctx, i - 1)) &&
        endsWith(ctx, i - 1, [';', ','])
      )
        i--;
      if (i === 0 || !endsWith(ctx, i - 1, [':'])) continue;
      const c = ctx.lastCue[i - 1];
      if (c && i - 1 - c.sentence <= 3) p.cue = c.cue;
    }
  },
};
