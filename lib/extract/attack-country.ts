/**
 * Whether the attack was in Mali or abroad, sentence by sentence: a border noun before Mali ("the
 * border with Mali", "la frontière malienne"), Mali named only across a border, a sentence with
 * a toll of its own, a sentence in the pluperfect (an earlier event recalled). Used by places.ts.
 */
import { KIND_WORDS } from './lexicon';
import { MALI_WORDS, NEIGHBOUR_AFTER, NEIGHBOUR_BEFORE } from './lexicon-places';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const BORDER_NOUNS = new Set(['border', 'borders', 'frontiere', 'frontieres']);

/**
 * "the border with Mali", "la frontière malienne": a border noun among the four words before k;
 * or right after it, "near the Mali border", "the Malian border".
 */
export function borderBefore(tokens: Token[], k: number): boolean {
  for (let b = Math.max(0, k - 4); b < k; b++) if (BORDER_NOUNS.has(tokens[b].norm)) return true;
  return BORDER_NOUNS.has(tokens[k + 1]?.norm ?? '') || neighbourOf(tokens, k);
}

/** "near Mali", "close to Mali", "neighbouring Mali", "près du Mali", "le Mali voisin": Mali as the neighbour. */
function neighbourOf(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.norm ?? '';
  if (NEIGHBOUR_BEFORE.has(prev) || NEIGHBOUR_BEFORE.has(`${tokens[k - 2]?.norm ?? ''} ${prev}`)) return true;
  return NEIGHBOUR_AFTER.has(tokens[k + 1]?.norm ?? '');
}

/** Does the sentence name Mali only as the country across a border ("near the border with Mali")? */
export function maliAsBorder(tokens: Token[], s: Sentence): boolean {
  let border = false;
  for (let k = s.first; k < s.last; k++) {
    if (!MALI_WORDS.has(tokens[k].norm)) continue;
    if (!borderBefore(tokens, k)) return false;
    border = true;
  }
  return border;
}

/** Does the sentence give a toll of its own ("tuant 8 soldats", "killing six")? */
export function toll(tokens: Token[], s: Sentence): boolean {
  let num = false;
  let kind = false;
  for (let k = s.first; k < s.last; k++) {
    if (tokens[k].type === 'num' || NUMBER_WORDS.has(tokens[k].norm)) num = true;
    if (KIND_WORDS.has(tokens[k].norm)) kind = true;
  }
  return num && kind;
}
const NUMBER_WORDS = new Set([
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'two',
  'three',
  'four',
  'five',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'dizaines',
]);

/** "avait", "had": a sentence in the pluperfect recalls an earlier event. */
export function pluperfect(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (['avait', 'avaient', 'had'].includes(tokens[k].norm)) return true;
  return false;
}
