/**
 * "Douze soldats ont été tués lundi à Boni. … Le bilan fait aussi état de 17 disparus": in a
 * story whose only side with a toll is one force (the army, a foreign force), the wounded and
 * missing it counts without a side are that force's. Not the dead: a story of soldiers killed
 * often counts the dead of the attackers or of villagers as well.
 */
import type { Kind, Subject } from '../../types';
import { PERSON_KINDS } from '../lexicon';
import type { ClaimPass } from './context';

const FORCES = new Set<Subject>(['soldiers', 'foreign_forces']);
const FORCE_KINDS = new Set<Kind>(['wounded', 'missing']);

export const forceLosses: ClaimPass = {
  name: 'force-losses',
  run(ctx) {
    const sides = new Set<Subject>();
    for (const p of ctx.placed) {
      const s = p.fig.subject;
      if (p.background || !s || s === 'people' || !p.fig.kind || !PERSON_KINDS.has(p.fig.kind)) continue;
      if (p.fig.kind === 'arrested') continue;
      sides.add(s);
    }
    if (sides.size !== 1) return;
    const [side] = sides;
    if (!FORCES.has(side)) return;
    for (const p of ctx.placed) {
      const f = p.fig;
      if (p.background || f.subject || !f.kind || !FORCE_KINDS.has(f.kind)) continue;
      f.subject = side;
      f.sided = true;
    }
  },
};
