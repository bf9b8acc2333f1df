/**
 * "Le camp de la Minusma à Aguelhok a été attaqué. Dix soldats ont été tués", "A French convoy
 * hit a mine near Gao. Two soldiers were killed": in a story that names a foreign force and no
 * Malian one, the soldiers it counts are that force's.
 */
import { FOREIGN_WORDS, MALIAN_FORCE_WORDS, SUBJECT_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';

const foreign = (t: Token) =>
  t.text === 'UN' || FOREIGN_WORDS.has(t.norm) || SUBJECT_WORDS.get(t.norm) === 'foreign_forces';

export const foreignStory: ClaimPass = {
  name: 'foreign-story',
  run(ctx) {
    // The side an infobox's combatant line gives stays: "Combatant1: Mali, Wagner Group".
    const counted = (p: (typeof ctx.placed)[number]) =>
      !p.background && !p.fig.infobox && p.fig.subject === 'soldiers';
    if (!ctx.placed.some(counted)) return;
    let named = false;
    for (const t of ctx.tokens) {
      if (MALIAN_FORCE_WORDS.has(t.norm)) return;
      named ||= foreign(t);
    }
    if (!named) return;
    for (const p of ctx.placed)
      if (!p.background && p.fig.subject === 'soldiers') p.fig.subject = 'foreign_forces';
  },
};
