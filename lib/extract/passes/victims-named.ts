/**
 * A toll of persons whose side the next sentence names: "12 personnes ont été tuées. Il s'agit
 * de militaires.", "12 people were killed. They were all soldiers.", "Les victimes sont des
 * civils." The copula's complement is the side of the toll before it.
 */
import { PERSON_KINDS, SUBJECT_WORDS } from '../lexicon';
import type { ClaimPass } from './context';

/** Words that open a sentence naming who the victims were: a pronoun, "the victims", "all". */
const OPENERS = new Set(['il', 'ils', 'elles', 'ce', 'they', 'les', 'the', 'tous', 'toutes', 'all']);
/** The copulas of that sentence: "sont", "étaient", "s'agit", "were", "are". */
const COPULAS = new Set(['sont', 'etaient', 'agit', 'agissait', 'were', 'are']);
/** Words between the copula and the side's noun: "tous des", "all", "de", "mostly" is not one. */
const FILLERS = new Set(['des', 'de', "d'", 'tous', 'toutes', 'all', 'exclusivement', 'only', 'uniquement']);
const SIDES = new Set(['soldiers', 'civilians', 'militants', 'militia', 'foreign_forces']);
const REACH = 5;
/** Words of the part of a toll left after another: "les autres", "the rest", "the remaining". */
const REST = new Set(['autres', 'other', 'others', 'rest', 'remaining', 'restants', 'reste']);

export const victimsNamed: ClaimPass = {
  name: 'victims-named',
  run(ctx) {
    const { tokens, sentences } = ctx;
    const withFigures = new Set(ctx.placed.map((p) => p.fig.sentence));
    for (const p of ctx.placed) {
      const f = p.fig;
      if ((f.subject && f.subject !== 'people') || f.sided || !f.kind || !PERSON_KINDS.has(f.kind)) continue;
      const next = sentences[f.sentence + 1];
      if (!next || next.paragraph !== p.paragraph || withFigures.has(next.index)) continue;
      if (!OPENERS.has(tokens[next.first]?.norm ?? '')) continue;
      let copula = -1;
      for (let k = next.first; k < Math.min(next.last, next.first + REACH) && copula < 0; k++)
        if (COPULAS.has(tokens[k].norm)) copula = k;
      if (copula < 0) continue;
      // "Les autres victimes sont des civils", "The rest were civilians": only a part of the toll.
      if (tokens.slice(next.first, copula).some((t) => REST.has(t.norm))) continue;
      let k = copula + 1;
      while (k < next.last && FILLERS.has(tokens[k].norm)) k++;
      const side = SUBJECT_WORDS.get(tokens[k]?.norm ?? '');
      if (!side || !SIDES.has(side)) continue;
      f.subject = side;
      f.sided = true;
    }
  },
};
