/**
 * A claimant announces a toll in a sentence of its own and the figures follow in the next:
 * "Des habitants évoquent un bilan plus lourd. Au moins 20 soldats auraient été tués.",
 * "The army gave a provisional toll on Tuesday. Twelve soldiers were killed and five wounded."
 * The figures of that next sentence are the announcer's; not of a side that bore losses ("Les
 * FAMa ont subi de lourdes pertes").
 */
import { sentenceCues } from '../attribution';
import { subjectBefore } from '../antecedents';
import { BEAR_VERBS, TOLL_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
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
      for (let k = prev.first; k < prev.last && !toll; k++)
        toll = TOLL_NOUNS.has(tokens[k].norm) && !borne(tokens, k);
      // "L'armée n'a pas communiqué de bilan", "the army gave no toll": no toll was announced.
      if (!toll || noToll(tokens, prev) >= 0) continue;
      const cue = sentenceCues(text, tokens, prev, null)[0];
      const who = cue ?? subjectBefore(text, tokens, s);
      if (who) p.cue = { pos: prev.first, by: who.by, source: who.source };
    }
  },
};

/** How far before its toll noun the verb of bearing stands: "ont subi de très lourdes pertes". */
const BORNE_REACH = 4;

/** "Les FAMa ont subi de lourdes pertes", "suffered heavy losses": losses borne, no toll announced. */
function borne(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - BORNE_REACH); j--) if (BEAR_VERBS.has(tokens[j].norm)) return true;
  return false;
}
