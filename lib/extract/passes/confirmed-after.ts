/**
 * A figure told without a claimant, then confirmed in the next sentence that points back at it:
 * "Douze soldats auraient été tués. L'information nous a été confirmée par un officier.",
 * "Twelve soldiers died. The toll was confirmed by a military source." The confirmer is the
 * claimant — anywhere in the story, where the lede's rule reads only the first paragraph.
 */
import { sentenceCues } from '../attribution';
import { TOLL_NOUNS } from '../lexicon';
import type { ClaimPass } from './context';

/** Nouns that point back at the news just told: the toll, the figure, the information. */
const NEWS_NOUNS = new Set([...TOLL_NOUNS, 'information', 'informations', 'nouvelle', 'news']);
/** How far into the next sentence the pointing noun may stand: "L'information", "Ce bilan a été…". */
const OPENS_WITHIN = 3;

export const confirmedAfter: ClaimPass = {
  name: 'confirmed-after',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const withFigures = new Set(ctx.placed.map((p) => p.fig.sentence));
    for (const p of ctx.placed) {
      if (p.cue || p.headline || p.background) continue;
      const next = sentences[p.fig.sentence + 1];
      if (!next || next.headline || next.paragraph !== p.paragraph || withFigures.has(next.index)) continue;
      let points = false;
      for (let k = next.first; k < Math.min(next.last, next.first + OPENS_WITHIN) && !points; k++)
        points = NEWS_NOUNS.has(tokens[k].norm);
      if (!points) continue;
      const cue = sentenceCues(text, tokens, next, null)[0];
      if (cue) p.cue = cue;
    }
  },
};
