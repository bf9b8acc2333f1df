/**
 * Dates told in the pluperfect, of an earlier attack the report recalls: "40 soldats avaient été
 * tués le 30 septembre", "had been killed on September 30".
 */
import type { Found } from './date-mentions';
import { PLUPERFECT_AUX } from './lexicon-dates';
import { indexAt, type Sentence } from './sentences';
import { ISSUING_WORDS, issuingWord } from './statement-dates';
import type { Token } from './tokens';

/** Does sentence i hold a pluperfect auxiliary ("avait", "had")? */
export function recalled(tokens: Token[], sentences: Sentence[], i: number): boolean {
  for (let k = sentences[i].first; k < sentences[i].last; k++)
    if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
  return false;
}

/**
 * A date of a clause in the pluperfect: after its auxiliary ("had been killed on September 30")
 * or opening its sentence ("Le 30 septembre, 40 soldats avaient été tués"); not "said on
 * Saturday that reinforcements had arrived".
 */
export function recalledDate(tokens: Token[], sentences: Sentence[], e: Found): boolean {
  const s = sentences[e.sentence];
  const at = indexAt(tokens, e.index);
  // "On Friday, the army said it had withdrawn": the pluperfect of a reported clause is not the date's.
  if (at <= s.first + 1) {
    for (let k = at; k < s.last; k++) {
      if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
      if (ISSUING_WORDS.has(tokens[k].norm) || issuingWord(tokens[k].norm)) return false;
    }
    return false;
  }
  for (let k = s.first; k < at; k++) if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
  return false;
}
