/**
 * What no side pass could place: arrests are of suspects (militants, SCHEMA.md), also when
 * the text calls them persons ("12 individus interpellés"), and any other toll whose side
 * the text does not say is `people`. Runs last of the side passes.
 */
import type { ClaimPass } from './context';

export const defaultSide: ClaimPass = {
  name: 'default-side',
  run(ctx) {
    for (const p of ctx.placed) {
      if (p.fig.kind === 'arrested' && p.fig.subject === 'people') p.fig.subject = 'militants';
      if (p.fig.subject) continue;
      p.fig.subject = p.fig.kind === 'arrested' ? 'militants' : 'people';
    }
  },
};
