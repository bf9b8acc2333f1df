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
import type { ClaimPass } from './context';

/** Claimants who may speak for the army. */
const STATE_VOICES = new Set(['official', 'security_source']);

/** How many words before the figure "we"/"nous" may stand. */
const REACH = 12;

/** The side a claimant speaks for, from its words and class. */
function claimantSide(cue: Cue): Subject | null {
  const words = tokenize(cue.source).map((t) => t.norm);
  if (words.some((w) => FOREIGN_WORDS.has(w) || SUBJECT_WORDS.get(w) === 'foreign_forces'))
    return 'foreign_forces';
  // "« Nous avons perdu sept hommes », a confié un officier": the army's own, told by its men.
  if (STATE_VOICES.has(cue.by) && words.some((w) => SUBJECT_WORDS.get(w) === 'soldiers')) return 'soldiers';
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
      for (let k = from; k < f.q.first && !we; k++) we = FIRST_PERSON.has(tokens[k].norm);
      // "12 de nos hommes", "12 of our men": "our" inside the figure's own noun phrase.
      for (let k = f.q.last; k < f.last && !we; k++) we = FIRST_PERSON.has(tokens[k].norm);
      if (!we) continue;
      const side = claimantSide(p.cue);
      if (!side) continue;
      f.subject = side;
      f.sided = true;
    }
  },
};
