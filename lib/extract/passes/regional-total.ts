/**
 * A toll counted over several countries is a total, not one attack's: "more than 3,000 civilian
 * deaths in Mali, Burkina Faso and Niger", "plus de 1 000 soldats tués au Mali, au Burkina Faso et
 * au Niger". Such a figure is background, whatever the sentence says of its time.
 */
import { NEIGHBOURS } from '../lexicon';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';

/** Prepositions that set a toll in the countries after them: "in", "across", "au", "en". */
const IN_COUNTRIES = new Set(['in', 'across', 'throughout', 'au', 'en', 'dans', 'a']);
/** Words that join the countries of a list, or go with their names. */
const LIST_WORDS = new Set([',', 'and', 'et', 'au', 'en', 'faso', 'le', 'du']);
/** How far after the figure's number its countries may be named. */
const REACH = 10;
/** Words that end a figure's clause before its countries. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')', 'while', 'tandis', 'but', 'mais']);

const country = (t: Token | undefined) => !!t && (t.norm === 'mali' || NEIGHBOURS.has(t.norm));

/** The number of distinct countries listed from token k, joined by commas and "and" / "et". */
function countriesFrom(tokens: Token[], k: number, last: number): number {
  const seen = new Set<string>();
  for (; k < last && (country(tokens[k]) || LIST_WORDS.has(tokens[k].norm)); k++)
    if (country(tokens[k])) seen.add(tokens[k].norm);
  return seen.size;
}

export const regionalTotal: ClaimPass = {
  name: 'regional-total',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      if (p.background) continue;
      const s = sentences[p.fig.sentence];
      const end = Math.min(s.last, p.fig.q.last + REACH);
      for (let k = p.fig.q.last; k < end; k++) {
        if (CLAUSE_ENDS.has(tokens[k].norm)) break;
        if (
          IN_COUNTRIES.has(tokens[k].norm) &&
          country(tokens[k + 1]) &&
          countriesFrom(tokens, k + 1, s.last) > 1
        ) {
          p.background = true;
          break;
        }
      }
    }
  },
};
