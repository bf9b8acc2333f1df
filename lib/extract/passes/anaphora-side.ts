/**
 * "Deux autres ont été blessés", "deux d'entre eux", "six others were wounded": a
 * figure that refers back takes the side of the persons it refers to — the nearest
 * toll before it with a side, in its sentence or the two before.
 */
import type { Subject } from '../../types';
import {
  ACTIVE_AUXILIARIES,
  ARMED_SIDES,
  AUXILIARIES,
  CLAIMANT_PHRASES,
  isAttackNoun,
  PERSON_KINDS,
  SUBJECT_WORDS,
} from '../lexicon';
import { LOCALITY_NOUNS } from '../lexicon-places';
import { hasStem, isKillWord, STATE_ATTACK_AFTER, STRIKE_STEMS } from '../lexicon-actors';
import { DETERMINERS, THING_SUBJECTS } from '../noun-phrase';
import type { Token } from '../tokens';
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

/** Where a clause's verb is told: its auxiliary ("ont", "have"), a deed of attack, strike or killing. */
const clauseVerb = (t: Token) =>
  AUXILIARIES.has(t.norm) ||
  (ACTIVE_AUXILIARIES.has(t.norm) && t.norm !== 'a') ||
  isKillWord(t.norm) ||
  isAttackNoun(t) ||
  hasStem(t.norm, STRIKE_STEMS) ||
  hasStem(t.norm, STATE_ATTACK_AFTER);

/**
 * The first verb of the clause that ends at `at` (after its last ";" or ":"), where its subject
 * ends and its object may begin; -1 when none is told before `at`.
 */
function firstVerb(ctx: ClaimContext, own: number, at: number): number {
  const { tokens } = ctx;
  let start = own;
  for (let k = at - 1; k > own; k--)
    if ([';', ':'].includes(tokens[k].text)) {
      start = k + 1;
      break;
    }
  for (let k = start; k < at; k++)
    if (clauseVerb(tokens[k]) || pastAfterSubject(tokens, k, start))
      return isKillWord(tokens[k].norm) ? -1 : k;
  return -1;
}

/** "The gunmen rounded up 40 villagers and killed 26 of them": an English verb in the past after its subject's noun. */
function pastAfterSubject(tokens: Token[], k: number, start: number): boolean {
  const prev = tokens[k - 1];
  return (
    k > start + 1 &&
    /^[a-z]{3,}ed$/.test(tokens[k].norm) &&
    prev?.type === 'word' &&
    !DETERMINERS.has(prev.norm) &&
    !!SUBJECT_WORDS.get(prev.norm)
  );
}

/** The side of the nearest person noun before token `at` (its sentence and the one before). */
function nounBefore(ctx: ClaimContext, at: number, sentence: number): Subject | null {
  const { tokens, sentences } = ctx;
  const from = sentences[Math.max(0, sentence - 1)].first;
  const own = sentences[sentence].first;
  // "Troops fought back, killing 30 of them": the killer before its verb is not the killed; the
  // object of its first verb is ("Les FAMa ont frappé un groupe de terroristes, tuant cinq d'entre eux").
  let killer = false;
  const object = firstVerb(ctx, own, at);
  for (let k = at - 1; k >= from; k--) {
    if (k >= own && isKillWord(tokens[k].norm)) killer = true;
    if (killer && k >= own && (object < 0 || k <= object)) continue;
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
