/**
 * A claimant announces a toll in a sentence of its own and the figures follow in the next:
 * "Des habitants évoquent un bilan plus lourd. Au moins 20 soldats auraient été tués.",
 * "The army gave a provisional toll on Tuesday. Twelve soldiers were killed and five wounded."
 * The figures of that next sentence are the announcer's.
 */
import { sentenceCues } from '../attribution';
import { subjectBefore } from '../antecedents';
import { TOLL_NOUNS } from '../lexicon';
import { noToll } from '../speech-clauses';
import type { ClaimPass } from './context';

export const tollAnnounced: ClaimPass = {
  name: 'toll-announced',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const withFigures = new Set(ctx.placed.map((p) => p.fig.sentence));
    for (const p of ctx.placed) {
      if (p.cue || p.headline || p.background) continue;
      const s = sentences[p.fig.sentence];
      const prev = sentences[s.index - 1];
      if (!prev || prev.headline || prev.paragraph !== s.paragraph || withFigures.has(prev.index)) continue;
      let toll = false;
      for (let k = prev.first; k < prev.last && !toll; k++) toll = TOLL_NOUNS.has(tokens[k].norm);
      // "L'armée n'a pas communiqué de bilan", "the army gave no toll": no toll was announced.
      if (!toll || noToll(tokens, prev) >= 0) continue;
      const cue = sentenceCues(text, tokens, prev, null)[0];
      const who = cue ?? subjectBefore(text, tokens, s);
      if (who) p.cue = { pos: prev.first, by: who.by, source: who.source };
    }
  },
};
