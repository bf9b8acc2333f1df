/**
 * An injury borne, its noun after the verb: "7 soldiers sustained minor injuries", "7 soldats ont
 * subi de graves blessures", "souffrent de blessures par balle". Used by kind-after.ts.
 */
import type { Kind } from '../types';
import { ACTIVE_AUXILIARIES, INJURY_NOUNS, BEAR_VERBS } from './lexicon';
import type { Token } from './tokens';

/** Words between a verb of injury and its noun: "de graves", "minor", "gunshot", "multiple". */
const INJURY_REACH = 4;
/** Words that end the way to an injury's noun: a place's or a time's preposition, a second article. */
const NP_STOP_BEFORE_INJURY = new Set([
  ...['at', 'in', 'to', 'for', 'by', 'with', 'the', 'a', 'an', 'on', 'from'],
  ...['au', 'aux', 'dans', 'le', 'la', 'les', "l'", 'pour', 'par', 'avec', 'en'],
]);

/**
 * "sustained minor injuries", "ont subi de graves blessures", "souffrent de blessures par balle":
 * a verb of bearing an injury (after an auxiliary), then its noun within a few words.
 */
export function injuryBorne(tokens: Token[], j: number, limit: number): { kind: Kind; end: number } | null {
  let v = j;
  if (ACTIVE_AUXILIARIES.has(tokens[v]?.norm ?? '')) v++;
  if (!BEAR_VERBS.has(tokens[v]?.norm ?? '')) return null;
  for (let k = v + 1; k < Math.min(limit, v + 1 + INJURY_REACH); k++) {
    const t = tokens[k];
    if (INJURY_NOUNS.has(t.norm)) return { kind: 'wounded', end: k + 1 };
    // Only its article and adjectives stand before the noun: not "received treatment at the hospital".
    if (t.type !== 'word' || /^\p{Lu}/u.test(t.text) || NP_STOP_BEFORE_INJURY.has(t.norm)) return null;
  }
  return null;
}
