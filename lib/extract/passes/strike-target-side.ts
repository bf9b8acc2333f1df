/**
 * "Une frappe aérienne contre un rassemblement de terroristes a fait 12 morts", "an air strike
 * on jihadist positions killed 12": the dead of a strike on an armed side, told with no side of
 * their own, are that side's. Only a strike from the air or an operation whose target names the
 * side — "a drone strike on a market killed 12" says nothing of who died.
 */
import { AIR_STRIKE_STEMS, hasStem, STATE_GROUPS } from '../lexicon-actors';
import { findGroups } from '../groups';
import { PERSON_KINDS, SUBJECT_WORDS } from '../lexicon';
import type { Subject } from '../../types';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';

/** Words that open a strike's target: "contre", "sur", "on", "targeting". */
const TARGET_OPENERS = new Set(['contre', 'sur', 'on', 'against', 'targeting', 'visant', 'ciblant']);
/** How many words the target's phrase may run before its side noun. */
const TARGET_REACH = 6;
/** Armed sides a target may name. */
const ARMED_TARGETS = new Set<Subject>(['militants', 'militia']);

/** The armed side named in the target after the strike word at k, or null. */
function targetSide(tokens: Token[], k: number, last: number): Subject | null {
  let open = -1;
  for (let j = k + 1; j < Math.min(last, k + 4); j++)
    if (TARGET_OPENERS.has(tokens[j].norm)) {
      open = j;
      break;
    }
  if (open < 0) return null;
  for (let j = open + 1; j < Math.min(last, open + 1 + TARGET_REACH); j++) {
    if (tokens[j].type === 'punct') return null;
    const side = SUBJECT_WORDS.get(tokens[j].norm);
    if (side && ARMED_TARGETS.has(side)) return side;
    if (findGroups(tokens, j, j + 1).some((g) => !STATE_GROUPS.has(g.name))) return 'militants';
  }
  return null;
}

export const strikeTargetSide: ClaimPass = {
  name: 'strike-target-side',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      if (p.background || f.subject || !f.kind || !PERSON_KINDS.has(f.kind)) continue;
      const s = sentences[f.sentence];
      for (let k = s.first; k < f.q.first; k++) {
        if (!hasStem(tokens[k].norm, AIR_STRIKE_STEMS)) continue;
        const side = targetSide(tokens, k, f.q.first);
        if (!side) continue;
        f.subject = side;
        f.sided = true;
        break;
      }
    }
  },
};
