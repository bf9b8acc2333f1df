/**
 * "Le camp de la Minusma à Aguelhok a été attaqué. Dix soldats ont été tués", "A French convoy
 * hit a mine near Gao. Two soldiers were killed": in a story that names a foreign force and no
 * Malian one, the soldiers it counts are that force's.
 */
import { CLAIMANT_NEXT, FOREIGN_WORDS, MALIAN_FORCE_WORDS, SUBJECT_WORDS, TOLL_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
import { backgroundSentences, type ClaimPass } from './context';

/** What follows "UN" when it names the body that reports, not a force: "a UN report", "UN experts". */
const UN_REPORTERS = new Set([
  ...['report', 'reports', 'experts', 'investigators', 'investigation', 'human', 'rights', 'office'],
  ...['rapport', 'enquete', 'enqueteurs', 'secretary', 'secretary-general', 'agency', 'ocha'],
]);
const foreign = (t: Token, next: Token | undefined) =>
  (t.text === 'UN' && !UN_REPORTERS.has(next?.norm ?? '')) ||
  FOREIGN_WORDS.has(t.norm) ||
  SUBJECT_WORDS.get(t.norm) === 'foreign_forces';

/** The body at token k gives a toll: "un bilan de l'ONU", "the UN's tally", "selon l'ONU". */
function countedBy(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++)
    if (TOLL_NOUNS.has(tokens[j].norm) || CLAIMANT_NEXT.matchAt(tokens, j, k)) return true;
  return TOLL_NOUNS.has(tokens[k + 1]?.norm ?? '') || TOLL_NOUNS.has(tokens[k + 2]?.norm ?? '');
}

export const foreignStory: ClaimPass = {
  name: 'foreign-story',
  run(ctx) {
    // The side an infobox's combatant line gives stays: "Combatant1: Mali, Wagner Group".
    const counted = (p: (typeof ctx.placed)[number]) =>
      !p.background && !p.fig.infobox && p.fig.subject === 'soldiers';
    if (!ctx.placed.some(counted)) return;
    let named = false;
    // "Depuis janvier, l'ONU a recensé 400 victimes": a force named only in background is not in the story.
    const bg = backgroundSentences(ctx);
    for (const s of ctx.sentences) {
      if (bg.has(s.index)) continue;
      for (let k = s.first; k < s.last; k++) {
        const t = ctx.tokens[k];
        // "the French army", "l'armée tchadienne": an army of another country is no Malian force.
        const abroad = [k - 1, k + 1].some((j) => FOREIGN_WORDS.has(ctx.tokens[j]?.norm ?? ''));
        if (MALIAN_FORCE_WORDS.has(t.norm) && !abroad) return;
        // "according to a UN report": the body that reports is no force in the story.
        // "selon un bilan de l'ONU", "according to a UN tally": the body that counts is no force either.
        named ||= foreign(t, ctx.tokens[k + 1]) && !countedBy(ctx.tokens, k);
      }
    }
    if (!named) return;
    for (const p of ctx.placed)
      if (!p.background && p.fig.subject === 'soldiers') p.fig.subject = 'foreign_forces';
  },
};
