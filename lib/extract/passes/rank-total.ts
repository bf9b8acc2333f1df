/**
 * "Deux Casques bleus ont été tués … Un troisième a succombé à ses blessures", "Two soldiers were
 * killed. A third died later": one more by its rank makes the toll that rank; the toll it raises
 * is superseded (SCHEMA.md's `earlier`). A rank of another kind ("Trois soldats ont été tués ; un
 * quatrième est porté disparu") stays one of its own.
 */
import { EN_RANKS, FR_RANKS } from '../lexicon-np';
import type { ClaimContext, ClaimPass, Placed } from './context';

/** How many sentences back the toll a rank raises may stand. */
const RANK_REACH = 3;

/** The rank a singular figure is told by ("un troisième", "a third"), or 0. */
function rankOf(ctx: ClaimContext, p: Placed): number {
  const q = p.fig.q;
  if (!q.singular || q.min !== 1 || q.max !== 1) return 0;
  const w = ctx.tokens[q.first + 1]?.norm ?? '';
  return FR_RANKS.get(w) ?? EN_RANKS.get(w) ?? 0;
}

/** Do two figures count one side: the same, or one of them without a side told? */
function sameSide(a: Placed, b: Placed): boolean {
  const [x, y] = [a.fig.subject, b.fig.subject];
  return x === y || !x || !y || x === 'people' || y === 'people';
}

export const rankTotal: ClaimPass = {
  name: 'rank-total',
  run(ctx) {
    for (const p of ctx.placed) {
      const rank = rankOf(ctx, p);
      if (!rank || p.background) continue;
      const raised = ctx.placed.findLast(
        (o) =>
          o !== p &&
          o.fig.q.first < p.fig.q.first &&
          p.fig.sentence - o.fig.sentence <= RANK_REACH &&
          !o.background &&
          o.fig.kind === p.fig.kind &&
          sameSide(o, p) &&
          o.fig.q.min === rank - 1 &&
          o.fig.q.max === rank - 1,
      );
      if (!raised) continue;
      raised.fig.earlier = true;
      p.fig.q = { ...p.fig.q, min: rank, max: rank };
      p.fig.earlier = false;
      p.fig.subject ??= raised.fig.subject;
    }
  },
};
