/**
 * "Les FAMa ont riposté, faisant une vingtaine de morts", "troops repelled the assault, killing
 * about 20", "the army struck back, killing five": the dead of a force's riposte, told with no
 * side, are the attackers'.
 */
import { defenceAt } from '../lexicon-actors';
import type { ClaimPass } from './context';

export const riposteSide: ClaimPass = {
  name: 'riposte-side',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      if (p.background || f.subject || f.kind !== 'killed') continue;
      const s = sentences[f.sentence];
      let riposte = false;
      for (let k = s.first; k < f.q.first; k++) if (defenceAt(tokens, k)) riposte = true;
      if (!riposte) continue;
      f.subject = 'militants';
      f.sided = true;
    }
  },
};
