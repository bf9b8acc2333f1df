/**
 * The evidence of the attack's country that places.ts counts: country words in the attack's
 * sentences, Malian localities named anywhere in the story, and whether the story's first attack
 * is abroad. The tests on one sentence are in attack-country.ts.
 */
import { borderBefore, maliAsBorder, pluperfect, toll } from './attack-country';
import { BORDER_WORDS, CONTEXT_TYPES, DATELINE_TAIL } from './attack-place-words';
import { ABROAD_DEMONYMS } from './lexicon-places';
import { furniture, type Picked, type PlaceContext } from './place-context';
import { indexAt } from './sentences';

/**
 * Country words in the attack's sentences: foreign demonyms ("burkinabè", "nigériens") and "malien",
 * "Malian" not after a border word ("la frontière malienne").
 */
export function countryWords(ctx: PlaceContext): { foreign: number; malianWords: number } {
  const { tokens, attackSentence, background } = ctx;
  let foreign = 0;
  let malianWords = 0;
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k].sentence;
    if (ABROAD_DEMONYMS.has(tokens[k].norm) && attackSentence[s] && !background(s)) foreign++;
    if (
      (tokens[k].norm === 'malienne' || tokens[k].norm === 'malian' || tokens[k].norm === 'maliennes') &&
      attackSentence[s] &&
      !background(s) &&
      !borderBefore(tokens, k)
    )
      malianWords++;
  }
  return { foreign, malianWords };
}

/** A Malian locality named anywhere in the story (also for a curfew), not as a border or a dateline. */
export function malianLocalities(ctx: PlaceContext): number {
  const { text, tokens, sentences } = ctx;
  let count = 0;
  for (const m of ctx.mentions) {
    if (!sentences.length || m.place.country !== 'ML' || CONTEXT_TYPES.has(m.place.type ?? '')) continue;
    const si = indexAt(sentences, m.start);
    const ti = indexAt(tokens, m.start);
    const b = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
    if (ctx.background(si) || furniture(ctx, si) || b.some((w) => w !== undefined && BORDER_WORDS.has(w)))
      continue;
    if (ti === sentences[si].first && DATELINE_TAIL.test(text.slice(m.end, m.end + 40))) continue;
    count++;
  }
  return count;
}

/**
 * The attack's own first sentence (headline or lede) decides the country: an attack in Djibo
 * "close to the border with Mali" that recalls a Malian camp further down stays abroad — unless
 * an attack in Mali is reported as news after it.
 */
export function leadAbroad(ctx: PlaceContext, picked: Picked, malianWords: number): boolean {
  const { tokens, sentences } = ctx;
  const { foreignIn, malianIn } = picked;
  const placed = [...foreignIn.keys(), ...malianIn.keys()];
  const lead = placed.length ? Math.min(...placed) : -1;
  // "on the outskirts of Kotogo near the border with Mali, in the Tillaberi region": Mali is the
  // neighbour, and a Malian name in that sentence is a namesake.
  const leadAbroad =
    lead >= 0 &&
    (!malianIn.has(lead) || (foreignIn.has(lead) && maliAsBorder(tokens, sentences[lead]))) &&
    malianWords === 0;
  // An opening attack abroad, then one in Mali reported as news (not recalled): the story is Mali's.
  const malianNews = picked.mentioned.some(
    (x) =>
      x.place.country === 'ML' &&
      !pluperfect(tokens, sentences[x.sentence]) &&
      toll(tokens, sentences[x.sentence]),
  );
  return leadAbroad && !malianNews;
}
