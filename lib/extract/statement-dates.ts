/**
 * The day a statement was issued, not the attack's: "In a statement read on state television on
 * Wednesday", "dans un communiqué publié mardi", "On Friday, June 6, the army said…".
 */
import { stemMatcher } from './lexicon-actors';
import { ISSUING_STEMS, ISSUING_WORDS as ISSUING_EXTRA, LATER_NEWS_STEMS } from './lexicon-dates';
import { attackWord, CLAUSE_BREAK, namesAttack } from './attack-dates';
import type { Found } from './date-mentions';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { SPEECH_BEFORE, TIME_OF_DAY_BEFORE } from './verb-before-date';

/** Words of a statement's issuing: a date right after them ("a statement read on Wednesday") is the statement's day. */
export const ISSUING_WORDS = new Set([
  ...SPEECH_BEFORE,
  ...TIME_OF_DAY_BEFORE,
  'read',
  'broadcast',
  'aired',
  'posted',
  'issued',
  'message',
  'interview',
  'press',
  'conference',
  'communiques',
  'declaration',
  'lu',
  'lue',
  'diffusee',
  'publiee',
  'parvenu',
  'parvenue',
  'rendu',
  'rendue',
  'conference',
  'entretien',
]);
/** A word of issuing a statement or claim, by stem: "rapportent", "revendiqué", "announced". */
const issuingStem = stemMatcher(ISSUING_STEMS);
const laterNews = stemMatcher(LATER_NEWS_STEMS);
export const issuingWord = (w: string) => ISSUING_EXTRA.has(w) || issuingStem(w);

/**
 * "In a statement read on state television on Wednesday", "dans un communiqué publié mardi":
 * the nearest governing word before the date, within its clause, is a statement's, not the attack's.
 */
export function issuingDate(tokens: Token[], sentences: Sentence[], f: Found): boolean {
  // "JNIM on Tuesday claimed Sunday's attack": a date that names the attack is the attack's.
  if (namesAttack(tokens, f)) return false;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= f.index) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const w = tokens[k].norm;
    // "a revendiqué, dimanche 21 mars, une attaque": the comma right before the date is not a break.
    if (CLAUSE_BREAK.has(tokens[k].text) && !(k === lo - 1 && tokens[k].text === ',')) return false;
    if (attackWord(w)) return false;
    if (ISSUING_WORDS.has(w) && !['late', 'soir', 'evening'].includes(w)) return true;
    if (issuingWord(w) || laterNews(w)) return true;
  }
  return issuedAfter(tokens, sentences, f, lo);
}

/**
 * "On Friday, June 6, the army said…", "JNIM on Tuesday claimed Sunday's attack": a date that no
 * attack word precedes in its sentence, followed by a statement's verb, is the statement's day.
 */
function issuedAfter(tokens: Token[], sentences: Sentence[], f: Found, at: number): boolean {
  const s = sentences[f.sentence];
  for (let k = s.first; k < at; k++) if (attackWord(tokens[k].norm)) return false;
  let k = at;
  while (k < s.last && tokens[k].start < f.index + f.text.length) k++;
  if (tokens[k]?.text === ',') k++;
  for (let n = 0; k < s.last && n < 5; k++, n++) {
    const w = tokens[k].norm;
    if (CLAUSE_BREAK.has(tokens[k].text) || attackWord(w)) return false;
    if ((ISSUING_WORDS.has(w) && !['late', 'soir', 'evening'].includes(w)) || issuingWord(w)) return true;
  }
  return false;
}
