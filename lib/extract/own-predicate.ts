/**
 * A figure that is the subject of a verb of its own that names no kind ("12 soldats ont été tués
 * et 5 ont réussi à s'échapper", "and 5 surrendered", "et 200 familles déplacées"): it does not
 * take the kind of the figure before it (claim-links.ts, list-links.ts).
 */
import { ACTIVE_AUXILIARIES, AUXILIARIES, KIND_WORDS } from './lexicon';
import { OTHER_WORDS, RELATIVE_SUBJECTS } from './lexicon-np';
import { isAccentedA, type Token } from './tokens';

/** Words that open a predicate of the figure's own: an auxiliary, a reflexive, a verb in the past. */
const PREDICATE_OPENERS = new Set([
  ...AUXILIARIES,
  ...ACTIVE_AUXILIARIES,
  ...['se', "s'", 'etaient', 'auraient', 'furent'],
  ...['managed', 'fled', 'ran', 'hid', 'went', 'got', 'escaped', 'survived'],
  // Displacement, no toll: "et 200 familles déplacées", "and dozens of families who fled".
  ...['deplaces', 'deplacees', 'displaced', 'ayant', 'who', 'qui', 'refugies', 'refugiees'],
]);
/** How many words of its noun phrase may stand between a bare figure and its own verb. */
const NOUN_REACH = 3;

/**
 * Is the figure ending at k the subject of a verb of its own ("et 5 se sont rendus", "and 5 surrendered")?
 * `object`: the figure is the object of a verb before it ("tué 8 soldats et 3 civils qui passaient"),
 * so a relative clause after its noun is about the noun, no verb of the figure's own.
 */
export function ownPredicate(tokens: Token[], k: number, object = false): boolean {
  let j = k;
  if (OTHER_WORDS.has(tokens[j]?.norm ?? '')) j++;
  // "et 3 civils en ont réchappé": the pronoun before the verb.
  if (tokens[j]?.norm === 'en' && ACTIVE_AUXILIARIES.has(tokens[j + 1]?.norm ?? '')) j++;
  // "à" folds as the auxiliary "a": "12 soldats et 5 civils à Boni" has no verb of its own.
  // Nor is "a" after English "and" ("three trucks and a large quantity of ammunition").
  const opens = (t: Token | undefined, at: number) =>
    !!t &&
    t.type === 'word' &&
    !isAccentedA(t) &&
    !(t.norm === 'a' && tokens[at - 1]?.norm === 'and') &&
    !KIND_WORDS.has(t.norm) &&
    !(object && RELATIVE_SUBJECTS.has(t.norm)) &&
    (PREDICATE_OPENERS.has(t.norm) || (/^[a-z]{4,}ed$/.test(t.norm) && !/^(?:includ|involv)/.test(t.norm)));
  if (opens(tokens[j], j)) return true;
  // "et de dizaines de familles ayant fui", "and 200 families were displaced": over the figure's
  // own nouns, to a verb that names no kind.
  for (let n = 0; n < NOUN_REACH; n++, j++) {
    const t = tokens[j];
    if (!t || t.type !== 'word' || KIND_WORDS.has(t.norm) || PREDICATE_OPENERS.has(t.norm)) break;
  }
  return j > k && opens(tokens[j], j) && !KIND_WORDS.has(tokens[j + 1]?.norm ?? '');
}
