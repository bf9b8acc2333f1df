/**
 * "Nous avons perdu quatre éléments et enregistré seize blessés", "We lost four people,
 * and 16 were injured": a speaker counting "our" losses speaks of their own side. The
 * side is the claimant's: a foreign force's ("une source militaire tchadienne", "la
 * Minusma"), the army's (an official or security source), a group's (its statement).
 */
import type { Subject } from '../../types';
import { tokenize } from '../tokens';
import { FIRST_PERSON, FOREIGN_WORDS, PERSON_KINDS, SUBJECT_WORDS } from '../lexicon';
import type { Cue } from '../attribution';
import { findGroups } from '../groups';
import { GROUP_SIDES } from '../lexicon-actors';
import { LOSS_VERBS } from '../actor-roles';
import type { ClaimPass } from './context';

/** Claimants who may speak for the army. */
const STATE_VOICES = new Set(['official', 'security_source']);

/** How many words before the figure "we"/"nous" may stand. */
const REACH = 12;

/**
 * The side a claimant speaks for, from its words and class; `lost` when the figure is told as the
 * speaker's losses ("nous avons perdu", "we lost"), `ours` when its own noun phrase says "our".
 */
function claimantSide(cue: Cue, lost: boolean, ours: boolean): Subject | null {
  const words = tokenize(cue.source).map((t) => t.norm);
  if (words.some((w) => FOREIGN_WORDS.has(w) || SUBJECT_WORDS.get(w) === 'foreign_forces'))
    return 'foreign_forces';
  // "« Nous avons perdu sept hommes », a confié un officier": the army's own, told by its men;
  // "a tué 3 de nos hommes », a déclaré le ministre de la Défense": the state's men are its
  // soldiers (a minister's "nous avons perdu sept personnes" may be the nation's).
  if (cue.by === 'official' && ours) return 'soldiers';
  if (STATE_VOICES.has(cue.by) && words.some((w) => SUBJECT_WORDS.get(w) === 'soldiers')) return 'soldiers';
  // "« Six de nos hommes sont tombés », confie un gradé": an unnamed member of the forces counting
  // "our" losses counts the forces'.
  if (cue.by === 'security_source' && (lost || ours)) return 'soldiers';
  // "« Nous avons perdu 3 combattants », a déclaré le porte-parole du FLA": the group's side.
  // Only for its losses ("perdu", "de nos hommes"): "nos moudjahidines ont tué 12 personnes" are
  // the group's victims, not its men.
  if (cue.by === 'armed_group' && (lost || ours)) {
    const tokens = tokenize(cue.source);
    const group = findGroups(tokens, 0, tokens.length)[0];
    return group ? (GROUP_SIDES.get(group.name) ?? 'militants') : 'militants';
  }
  return null;
}

export const firstPersonLosses: ClaimPass = {
  name: 'first-person-losses',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      if (!p.cue || !f.kind || !PERSON_KINDS.has(f.kind) || f.kind === 'arrested') continue;
      if (f.subject && f.subject !== 'people') continue;
      const from = Math.max(sentences[f.sentence].first, f.q.first - REACH);
      let we = false;
      let lost = false;
      let ours = false;
      for (let k = from; k < f.q.first; k++) {
        if (FIRST_PERSON.has(tokens[k].norm)) we = true;
        else if (we && LOSS_VERBS.has(tokens[k].norm)) lost = true;
      }
      // "12 de nos hommes", "12 of our men": "our" inside the figure's own noun phrase.
      for (let k = f.q.last; k < f.last && !ours; k++) if (FIRST_PERSON.has(tokens[k].norm)) we = ours = true;
      if (!we) continue;
      const side = claimantSide(p.cue, lost, ours);
      if (!side) continue;
      f.subject = side;
      f.sided = true;
    }
  },
};
