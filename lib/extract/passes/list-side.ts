/**
 * "onze morts, onze disparus et quatorze blessés": bare tolls listed together are one
 * side's toll. When a side pass has placed one of them (set against "33 morts côté
 * FAMa", a side marker after the last), the others of the list take the same side.
 */
import { PERSON_KINDS } from '../lexicon';
import type { ClaimPass, Placed } from './context';

const SEPARATORS = new Set([',', 'et', 'and', ';']);

export const listSide: ClaimPass = {
  name: 'list-side',
  run(ctx) {
    const { placed, tokens } = ctx;
    const bare = (p: Placed) =>
      !p.fig.explicit && !!p.fig.kind && PERSON_KINDS.has(p.fig.kind) && !p.fig.breakdown;
    const listed = (a: Placed, b: Placed) => {
      if (a.fig.sentence !== b.fig.sentence) return false;
      for (let k = a.fig.last; k < b.fig.q.first; k++) if (!SEPARATORS.has(tokens[k].norm)) return false;
      return true;
    };
    // Runs of bare tolls listed together.
    const runs: Placed[][] = [];
    for (const p of placed) {
      const run = runs.at(-1);
      if (run && bare(p) && listed(run[run.length - 1], p)) run.push(p);
      else if (bare(p)) runs.push([p]);
    }
    for (const run of runs) {
      if (run.length < 2) continue;
      const sides = new Set(run.map((p) => p.fig.subject).filter((s) => s && s !== 'people'));
      if (sides.size !== 1) continue;
      const side = [...sides][0]!;
      for (const p of run) if (!p.fig.subject || p.fig.subject === 'people') p.fig.subject = side;
    }
  },
};
