/**
 * SCHEMA.md's rule: a toll that does not name its side takes the side of the toll it
 * is set against (another claimant's) or updates (a superseded toll).
 */
import type { Subject } from '../../types';
import { ARMED_SIDES, PERSON_KINDS } from '../lexicon';
import { REVISION } from '../number-words';
import { risenTo } from '../claim-links';
import { fold, type Token } from '../tokens';
import { overlap, type ClaimPass, type Placed } from './context';
import { namesWomenChildren } from './women-children';

/**
 * "The toll later rose to 20", "le bilan s'est alourdi à 20 morts", "le bilan est désormais de 20
 * morts": an update of a toll told before.
 */
function revisedTo(tokens: Token[], first: number): boolean {
  // "est désormais de 20", "…a revu ce bilan à la baisse à 20", "revised the toll down to 20".
  if (risenTo(tokens, first)) return true;
  // "le bilan a été revu à la hausse mardi : 20 morts": the new toll after a colon.
  const colon = tokens[first - 1]?.text === ':';
  if (!colon && !['to', 'a', 'at'].includes(tokens[first - 1]?.norm ?? '')) return false;
  for (let k = first - 2; k >= Math.max(0, first - (colon ? 7 : 4)); k--)
    if (REVISION.has(tokens[k].norm)) return true;
  return false;
}

/** Two counts of one toll are of a size: "40 morts" against "85 soldats", not 3 against 200. */
function comparable(a: Placed, b: Placed): boolean {
  const x = a.fig.q.min;
  const y = b.fig.q.min;
  return Math.max(x, y) <= 3 * Math.max(1, Math.min(x, y));
}

/**
 * Do two figures come from two claimants: two classes ("the government's 40 against the group's
 * 85"), or two named voices of one class ("un habitant" says 17, "le maire" says 20)?
 */
function otherClaimant(a: Placed, b: Placed): boolean {
  const x = a.cue?.by ?? 'unattributed';
  const y = b.cue?.by ?? 'unattributed';
  if (x !== y) return true;
  const [s, t] = [fold(a.cue?.source ?? ''), fold(b.cue?.source ?? '')];
  return x !== 'unattributed' && !!s && !!t && s !== t;
}

/** Is a's count nearer p's than b's is? Ranges that overlap are nearest. */
function nearer(a: Placed, b: Placed, p: Placed): boolean {
  const gap = (o: Placed) =>
    overlap(o, p) ? 0 : Math.abs(Math.log(Math.max(1, o.fig.q.min) / Math.max(1, p.fig.q.min)));
  return gap(a) < gap(b);
}

function sameRange(a: Placed, b: Placed): boolean {
  return a.fig.q.min === b.fig.q.min && a.fig.q.max === b.fig.q.max;
}

export const setAgainstSide: ClaimPass = {
  name: 'set-against-side',
  run(ctx) {
    const anchors = new Map<string, Placed[]>();
    for (const o of ctx.placed) {
      if (!o.fig.subject || o.background || !(o.fig.explicit || o.fig.sided)) continue;
      const list = anchors.get(o.fig.kind!) ?? [];
      if (list.length < 8) list.push(o);
      anchors.set(o.fig.kind!, list);
    }
    for (const p of ctx.placed) {
      const f = p.fig;
      // "26 civils tués… Un précédent bilan faisait état de 13 personnes tuées": persons of no
      // side in a toll that is updated take the side of the toll that updates it.
      const update = f.subject === 'people' && f.earlier && !f.breakdown;
      if ((f.subject && !update) || f.kind === 'arrested') continue;
      const list = anchors.get(f.kind!) ?? [];
      // "64 morts" in the headline, "64 personnes, 49 civils et 15 militaires" in the lede: a repeat
      // of a toll told of both sides is set against none of its parts.
      if (list.some((o) => o !== p && o.fig.subject === 'people' && sameRange(o, p))) continue;
      let children: boolean | undefined;
      const against = (o: Placed) =>
        o !== p &&
        // "19 morts dont des enfants" is no count of the fighters another source gives.
        !(ARMED_SIDES.has(o.fig.subject!) && (children ??= namesWomenChildren(ctx, f))) &&
        PERSON_KINDS.has(o.fig.kind!) &&
        comparable(o, p) &&
        ((otherClaimant(o, p) && !update) ||
          (f.earlier && !o.fig.earlier) ||
          (revisedTo(ctx.tokens, f.q.first) && o.fig.q.first < f.q.first));
      // Of several, the first — or one whose range it overlaps: the herder's "33 bodies" is HRW's 33
      // civilians, not the army's 20 terrorists.
      const sided = list.filter((o) => o.fig.subject !== 'people' && against(o));
      const anchor = sided.find((o) => overlap(o, p)) ?? sided[0];
      // Residents' "70 morts" against the government's "64 personnes, 49 civils et 15 militaires":
      // set against the total of both sides, nearer its size than either part.
      const total = list.find((o) => o.fig.subject === 'people' && o.fig.explicit && against(o));
      if (anchor && !(total && nearer(total, anchor, p))) f.subject = anchor.fig.subject as Subject;
    }
  },
};
