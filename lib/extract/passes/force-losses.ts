/**
 * "Douze soldats ont été tués lundi à Boni. … Le bilan fait aussi état de 17 disparus": in a
 * story whose only side with a toll is one force (the army, a foreign force), the wounded and
 * missing it counts without a side are that force's. Not the dead: a story of soldiers killed
 * often counts the dead of the attackers or of villagers as well.
 */
import type { Kind, Subject } from '../../types';
import { GENERIC_PERSONS, PERSON_KINDS } from '../lexicon';
import type { Figure } from '../claims';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';

const FORCES = new Set<Subject>(['soldiers', 'foreign_forces']);
const FORCE_KINDS = new Set<Kind>(['wounded', 'missing']);

/** Is the figure's noun a generic one ("hommes", "men", "éléments")? */
function genericOnly(tokens: Token[], f: Figure): boolean {
  for (let k = f.q.last; k < f.last; k++) if (GENERIC_PERSONS.has(tokens[k].norm)) return true;
  return false;
}

export const forceLosses: ClaimPass = {
  name: 'force-losses',
  run(ctx) {
    const sides = new Set<Subject>();
    for (const p of ctx.placed) {
      const s = p.fig.subject;
      if (p.background || !s || s === 'people' || !p.fig.kind || !PERSON_KINDS.has(p.fig.kind)) continue;
      // "23 dead, including nine soldiers": a part of a total over sides is no one-force story.
      if (p.fig.kind === 'arrested' || p.fig.breakdown) continue;
      sides.add(s);
    }
    if (sides.size !== 1) return;
    const [side] = sides;
    if (!FORCES.has(side)) return;
    // Where each sentence's last breakdown by side stands: "Of the 12 injured, five are soldiers"
    // — not a detail of no side ("17 blessés, dont 5 graves").
    const lastBreakdown = new Map<number, number>();
    for (const { fig } of ctx.placed)
      if (fig.breakdown && fig.subject && fig.subject !== 'people')
        lastBreakdown.set(fig.sentence, Math.max(lastBreakdown.get(fig.sentence) ?? -1, fig.q.first));
    for (const p of ctx.placed) {
      const f = p.fig;
      if (p.background || !f.kind || !FORCE_KINDS.has(f.kind)) continue;
      // "une quarantaine d'hommes manquaient à l'appel": men of no side named are sideless too.
      if (f.subject && !(f.subject === 'people' && !f.sided && genericOnly(ctx.tokens, f))) continue;
      // "Of the 12 injured, five are soldiers": a total broken down by side is of no one side.
      if ((lastBreakdown.get(f.sentence) ?? -1) > f.q.first) continue;
      f.subject = side;
      f.sided = true;
    }
  },
};
