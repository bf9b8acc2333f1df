/**
 * A toll revised in a later sentence: "…, tuant 12 soldats. Mardi, le bilan s'est alourdi à 15
 * morts", "… killing 12 soldiers. On Tuesday the toll rose to 15", "Le bilan a été revu à la hausse :
 * 15 morts". The toll before, of the same
 * kind and side and lower, is the superseded one (SCHEMA.md: it carries `earlier`). Within one
 * sentence claim-revisions.ts reads the revision.
 */
import { revisedDown, risenTo } from '../claim-links';
import { REVISION } from '../number-words';
import type { Token } from '../tokens';
import type { ClaimPass, Placed } from './context';

/** How many sentences back the revised toll may stand. */
const REVISED_REACH = 3;

/** How far before the colon the words of a revision may stand: "Le bilan a été revu à la hausse mardi :". */
const HEADER_REACH = 8;

/** "Le bilan a été revu à la hausse mardi : 20 morts", "Bilan révisé : 20 morts": a revision's header before a colon. */
function revisedHeader(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== ':') return false;
  for (let k = first - 2; k >= Math.max(0, first - 2 - HEADER_REACH); k--) {
    if (tokens[k].type === 'punct' || tokens[k].sentence !== tokens[first].sentence) return false;
    if (REVISION.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Do the two figures count the same: one kind, one side (or one of them without a side)? */
function sameToll(a: Placed, b: Placed): boolean {
  const sa = a.fig.subject;
  const sb = b.fig.subject;
  return a.fig.kind === b.fig.kind && (sa === sb || sa === 'people' || sb === 'people' || !sa || !sb);
}

export const revisedAfter: ClaimPass = {
  name: 'revised-after',
  run(ctx) {
    const { tokens, placed } = ctx;
    for (const b of placed) {
      const first = b.fig.q.first;
      if (b.background || !(risenTo(tokens, first) || revisedHeader(tokens, first))) continue;
      // The nearest toll before, in an earlier sentence, that this one raised.
      const a = placed.findLast(
        (p) =>
          p.fig.sentence < b.fig.sentence &&
          b.fig.sentence - p.fig.sentence <= REVISED_REACH &&
          !p.background &&
          !p.fig.earlier &&
          !p.headline &&
          sameToll(p, b),
      );
      // Raised, or lowered when the words say so ("revised down to 24", "revu à la baisse à 24").
      const lowered = revisedDown(tokens, first) && a && a.fig.q.min > (b.fig.q.max ?? Infinity);
      if (a && ((a.fig.q.max ?? Infinity) < b.fig.q.min || lowered)) a.fig.earlier = true;
    }
  },
};
