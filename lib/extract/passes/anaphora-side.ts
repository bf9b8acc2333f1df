/**
 * "Deux autres ont été blessés", "deux d'entre eux", "six others were wounded": a
 * figure that refers back takes the side of the persons it refers to — the nearest
 * toll before it with a side, in its sentence or the two before.
 */
import type { Subject } from '../../types';
import { ARMED_SIDES, CLAIMANT_PHRASES, PERSON_KINDS, SUBJECT_WORDS } from '../lexicon';
import { LOCALITY_NOUNS } from '../lexicon-places';
import { isKillWord } from '../lexicon-actors';
import { THING_SUBJECTS } from '../noun-phrase';
import type { ClaimContext, ClaimPass } from './context';
import { namesWomenChildren } from './women-children';

export const anaphoraSide: ClaimPass = {
  name: 'anaphora-side',
  run(ctx) {
    const { placed } = ctx;
    for (let n = 0; n < placed.length; n++) {
      const f = placed[n].fig;
      if (!f.others || (f.subject && f.subject !== 'people') || !f.kind || !PERSON_KINDS.has(f.kind))
        continue;
      let found = false;
      for (let m = n - 1; m >= 0; m--) {
        const g = placed[m].fig;
        if (f.sentence - g.sentence > 2) break;
        if (!g.subject || g.subject === 'people' || !g.kind || !PERSON_KINDS.has(g.kind)) continue;
        // "…, including women": no part of the fighters counted before.
        if (ARMED_SIDES.has(g.subject) && namesWomenChildren(ctx, f)) break;
        f.subject = g.subject;
        f.sided = true;
        found = true;
        break;
      }
      // No toll before it: "Les terroristes ont attaqué Boni. Une dizaine d'entre eux ont été tués."
      // The nearest side noun before the figure, in its sentence or the one before.
      const side = found || !partOf(ctx, f.q.last) ? null : nounBefore(ctx, f.q.first, f.sentence);
      if (side) {
        f.subject = side;
        f.sided = true;
      }
    }
  },
};

/** "d'entre eux", "of them" right after the number (not "autres", which may add to another toll). */
function partOf(ctx: ClaimContext, k: number): boolean {
  const t = ctx.tokens;
  return (
    (t[k]?.norm === "d'" && t[k + 1]?.norm === 'entre') || (t[k]?.norm === 'of' && t[k + 1]?.norm === 'them')
  );
}

/** The side of the nearest person noun before token `at` (its sentence and the one before). */
function nounBefore(ctx: ClaimContext, at: number, sentence: number): Subject | null {
  const { tokens, sentences } = ctx;
  const from = sentences[Math.max(0, sentence - 1)].first;
  const own = sentences[sentence].first;
  // "Troops fought back, killing 30 of them": the killer before its verb is not the killed.
  let killer = false;
  for (let k = at - 1; k >= from; k--) {
    if (k >= own && isKillWord(tokens[k].norm)) killer = true;
    if (killer && k >= own) continue;
    // "The army said 12 of them were killed": the institution that speaks or acts is no antecedent
    // of "them" (the persons are); "the soldiers" are.
    if (CLAIMANT_PHRASES.matchAt(tokens, k)?.value[0] === 'official') continue;
    // "Gunmen attacked the village of Boni. The army struck back, killing five of them": a place
    // is no antecedent of "them" either.
    if (LOCALITY_NOUNS.has(tokens[k].norm)) continue;
    const s = SUBJECT_WORDS.get(tokens[k].norm);
    if (s && s !== 'people' && !THING_SUBJECTS.has(s)) return s;
  }
  return null;
}
