/**
 * The verb just before a date, over a time of day: a statement's ("said late Sunday") or the
 * start of the attack ("a commencé mardi", "started late on Tuesday").
 */
import { BEGAN } from './attack-dates';
import type { Found } from './date-mentions';
import type { Token } from './tokens';

export const SPEECH_BEFORE = new Set([
  'confirmed',
  'said',
  'announced',
  'reported',
  'stated',
  'released',
  'confirme',
  'annonce',
  'declare',
  'diffuse',
  'indique',
  'statement',
  'communique',
  'acknowledged',
  'published',
  'publie',
  'told',
  'added',
]);
/** Times of day a statement's verb may carry before its weekday: "said late Sunday", "annoncé ce soir lundi". */
export const TIME_OF_DAY_BEFORE = new Set(['soir', 'evening', 'late']);

/** The words of the three tokens ending before `offset`, nearest first (binary search). */
function tokenBefore(tokens: Token[], offset: number): string[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let k = lo - 1; k >= 0 && out.length < 3; k--) out.push(tokens[k].norm);
  return out;
}

/** "said Sunday", "said late Sunday": a statement's verb just before a date, over a time of day ("attacked late Sunday" is not). */
export function speechBefore(tokens: Token[], offset: number): boolean {
  const words = tokenBefore(tokens, offset);
  const from = TIME_OF_DAY_BEFORE.has(words[0] ?? '') ? 1 : 0;
  return words.slice(from, from + 2).some((w) => SPEECH_BEFORE.has(w));
}

/** A verb of starting just before the date: "a commencé mardi", "started late on Tuesday". */
export function beganBefore(tokens: Token[], f: Found): boolean {
  const words = tokenBefore(tokens, f.index);
  const from = TIME_OF_DAY_BEFORE.has(words[0] ?? '') ? 1 : 0;
  return words.slice(from, from + 2).some((w) => BEGAN.has(w));
}
