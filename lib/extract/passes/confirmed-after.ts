/**
 * A figure told without a claimant, then confirmed in the next sentence that points back at it:
 * "Douze soldats auraient été tués. L'information nous a été confirmée par un officier.", also
 * over sentences of more figures without a claimant ("… Five attackers also died. The information…"),
 * "Twelve soldiers died. The toll was confirmed by a military source.", "… Un élu local a confirmé
 * ce bilan." The confirmer is the
 * claimant — anywhere in the story, where the lede's rule reads only the first paragraph.
 */
import { sentenceCues, type Cue } from '../attribution';
import { TOLL_NOUNS } from '../lexicon';
import { PhraseSet } from '../phrases';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import { disputes, type ClaimPass } from './context';

/** Nouns that point back at the news just told: the toll, the figure, the information. */
const NEWS_NOUNS = new Set([...TOLL_NOUNS, 'information', 'informations', 'nouvelle', 'news']);
/** Words that open a sentence pointing back at the one before: "C'est ce qu'a dit…", "That is what…". */
const POINTERS = new PhraseSet<true>(
  [
    ...["c'est ce", 'voilà ce', 'cela a été', 'ceci a été', "c'est selon"],
    ...['that is what', "that's what", 'this is what', 'that is according', "that's according"],
    ...['that was according', 'this was according', 'that was what', "c'est du moins"],
  ].map((p): [string, true] => [p, true]),
);
/** How far into the next sentence the pointing noun may stand: "L'information", "Ce sont du moins les chiffres avancés par…". */
const OPENS_WITHIN = 6;
/** How many sentences of figures without a claimant may stand between a figure and its confirmation. */
const FIGURES_REACH = 2;
/** How far after the verb of confirming its object may stand: "a confirmé ce bilan", "confirmed the toll". */
const OBJECT_WITHIN = 3;

/**
 * Does the sentence point back at the news: a news noun that opens it ("L'information a été
 * confirmée par…"), or one that a verb of confirming takes as its object ("Un élu, qui a requis
 * l'anonymat, a confirmé ce bilan", "A local official confirmed the toll")?
 */
function pointsBack(tokens: Token[], s: Sentence): boolean {
  // "C'est ce qu'a indiqué l'armée", "That is what the army said", "Cela a été confirmé par…".
  if (POINTERS.matchAt(tokens, s.first, s.last)) return true;
  for (let k = s.first; k < Math.min(s.last, s.first + OPENS_WITHIN); k++)
    if (NEWS_NOUNS.has(tokens[k].norm)) return true;
  for (let k = s.first; k < s.last; k++) {
    if (!tokens[k].norm.startsWith('confirm')) continue;
    for (let j = k + 1; j < Math.min(s.last, k + 1 + OBJECT_WITHIN); j++)
      if (NEWS_NOUNS.has(tokens[j].norm)) return true;
  }
  return false;
}

export const confirmedAfter: ClaimPass = {
  name: 'confirmed-after',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const withFigures = new Set(ctx.placed.map((p) => p.fig.sentence));
    for (const p of ctx.placed) {
      if (p.cue || p.headline || p.background) continue;
      // "Twelve soldiers were killed. Five attackers also died. The information was provided by a
      // security source.": over sentences that tell more figures with no claimant of their own.
      let n = p.fig.sentence + 1;
      while (n - p.fig.sentence <= FIGURES_REACH && withFigures.has(n) && !ctx.cues[n]?.length) n++;
      const next = sentences[n];
      if (!next || next.headline || next.paragraph !== p.paragraph || withFigures.has(next.index)) continue;
      // "Le gouvernement conteste ce bilan": a voice that disputes the toll does not give it.
      if (!pointsBack(tokens, next) || disputes(ctx, next.index)) continue;
      // "… C'est ce qu'a indiqué la même source": the claimant named last before it.
      let before: Cue | null = null;
      for (let j = next.index - 1; j >= 0 && !before; j--) before = ctx.cues[j]?.at(-1) ?? null;
      const cue = sentenceCues(text, tokens, next, before)[0];
      if (cue) p.cue = cue;
    }
  },
};
