/**
 * Is a date the attack's own? The words of the attack around it: "l'attaque de dimanche",
 * "Monday's attack", "attacked on Sunday", "tués lundi 15 mars", "which began late Saturday".
 */
import { ATTACK_NOUNS, KIND_WORDS } from './lexicon';
import type { Found } from './date-mentions';
import { indexAt, type Sentence } from './sentences';
import type { Token } from './tokens';

export const ATTACK_WORDS = new Set<string>([
  ...ATTACK_NOUNS,
  'killed',
  'tues',
  'morts',
  'cible',
  'cibles',
  'targeted',
  'vise',
  'visee',
  'hit',
  'struck',
  'perpetree',
  'perpetre',
  'survenue',
  'occurred',
  'lieu',
  'mort',
  'neutralises',
  'dead',
  'wounded',
  'blesses',
  'incursions',
  'shelling',
]);
/** Kinds of claim whose words tell the attack itself ("killing 21 soldiers", "tuant 9 soldats"). */
const ATTACK_KINDS = new Set(['killed', 'wounded', 'captured']);
const ATTACK_VERBS = new Set([
  'stormed',
  'storming',
  'overran',
  'overrun',
  'ambushed',
  'raided',
  'attacking',
  'attaquant',
  'pris',
  'investi',
]);
export const CLAUSE_BREAK = new Set([',', ';', ':', '.', '(', ')', '\u2014', '\u2013']);
/** Verbs of an attack's start: the date after them is its first day. */
export const BEGAN = new Set([
  'began',
  'begun',
  'started',
  'commence',
  'commencee',
  'debute',
  'debutee',
  'declenche',
  'declenchee',
]);

export const attackWord = (w: string) =>
  ATTACK_WORDS.has(w) || ATTACK_VERBS.has(w) || ATTACK_KINDS.has(KIND_WORDS.get(w) ?? '');

/** Does sentence i hold a word of the attack? */
export function attackSentence(tokens: Token[], sentences: Sentence[], i: number): boolean {
  const s = sentences[i];
  for (let k = s.first; k < s.last; k++) if (attackWord(tokens[k].norm)) return true;
  return false;
}

/** "Sunday's attack", "Monday's ambush": the date's possessive or its next word is an attack noun. */
export function namesAttack(tokens: Token[], f: Found): boolean {
  const end = f.index + f.text.length;
  let k = indexAt(tokens, f.index);
  while (k < tokens.length && tokens[k].end <= end) k++;
  if (tokens[k]?.text === "'" || tokens[k]?.text === '\u2019') k++;
  if (tokens[k]?.norm === 's') k++;
  return k > indexAt(tokens, f.index) && !!tokens[k] && ATTACK_WORDS.has(tokens[k].norm);
}

/** "l'attaque de dimanche", "Monday's attack", "attacked on Sunday", "tués lundi 15 mars". */
export function boundToAttack(tokens: Token[], f: Found): boolean {
  if (f.bound) return true;
  const k0 = indexAt(tokens, f.index);
  for (let k = k0 - 1; k >= Math.max(0, k0 - 3); k--) {
    if (CLAUSE_BREAK.has(tokens[k].text)) break;
    // "which began late Saturday": the day the attack started.
    if (attackWord(tokens[k].norm) || BEGAN.has(tokens[k].norm)) return true;
  }
  const end = f.index + f.text.length;
  let k = k0;
  while (k < tokens.length && tokens[k].end <= end) k++;
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    if (CLAUSE_BREAK.has(tokens[j].text)) break;
    if (attackWord(tokens[j].norm)) return true;
  }
  return false;
}
