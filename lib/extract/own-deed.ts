/**
 * A force telling its own deed after its verb of saying: "said it had killed", "said in a
 * statement that its troops killed 20", "affirme avoir « neutralisé »", "أعلن في بيان أنه قتل"
 * (announced in a statement that it killed) — not "said 12 soldiers were killed". Used by
 * state-attacker.ts, and by attribution.ts for "the group" that tells its own killing.
 */
import { ACTIVE_OBJECT, isKillWord, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS } from './lexicon-actors';
import { ACTIVE_AUXILIARIES, KIND_WORDS } from './lexicon';
import { QUOTE_MARKS } from './actor-roles';
import { WEEKDAYS } from './number-words';
import { pronounThat } from './arabic';
import type { Token } from './tokens';

/** A number or a word that stands as a deed's object: "killed 20", "killed dozens". */
export const activeObject = (t: Token | undefined) => !!t && (t.type === 'num' || ACTIVE_OBJECT.has(t.norm));

/** Words between a force's verb of saying and its own deed: "that its troops had", "qu'elle a", "avoir". */
const SELF_WORDS = new Set([
  ...['that', 'it', 'its', 'they', 'their', 'own', 'que', "qu'", 'elle', 'ils', 'elles', 'ses', 'leurs'],
  ...['troops', 'forces', 'men', 'soldiers', 'units', 'hommes', 'soldats', 'unites', 'elements'],
  ...ACTIVE_AUXILIARIES,
  'avoir',
]);
const SELF_REACH = 5;
const ASIDE_REACH = 9;

/**
 * The deed told after a force's verb of saying at `from`, with the force or its men as subject
 * and an active verb of killing: "said it had killed", "said its troops had killed", "affirme
 * avoir neutralisé" — not "said 12 soldiers were killed" nor "said its troops had been attacked".
 */
export function ownDeedTold(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  let aux = false;
  let reach = from + SELF_REACH;
  while (k < Math.min(last, reach)) {
    // "said in a statement that it had killed", "a annoncé dans un communiqué avoir neutralisé".
    const medium = mediumEnd(tokens, k, last);
    if (medium > k) {
      reach += medium - k;
      k = medium;
      continue;
    }
    // "said its troops, supported by Russian allies, had killed": over an aside in commas.
    if (tokens[k].text === ',' && !aux) {
      let close = k + 1;
      while (close < Math.min(last, k + ASIDE_REACH) && tokens[close].text !== ',') close++;
      if (tokens[close]?.text !== ',' || close >= last) return false;
      reach += close + 1 - k;
      k = close + 1;
      continue;
    }
    // "said on Monday it had killed", "a annoncé lundi avoir neutralisé": over the day.
    // 'a affirmé avoir « neutralisé »', 'said it had "neutralised"': over the quotation marks.
    if (
      WEEKDAYS.has(tokens[k].norm) ||
      (tokens[k].norm === 'on' && WEEKDAYS.has(tokens[k + 1]?.norm ?? '')) ||
      QUOTE_MARKS.has(tokens[k].text)
    ) {
      k++;
      reach++;
      continue;
    }
    if (!SELF_WORDS.has(tokens[k].norm)) break;
    if (ACTIVE_AUXILIARIES.has(tokens[k].norm) || tokens[k].norm === 'avoir') aux = true;
    k++;
  }
  if (k >= last || KIND_WORDS.get(tokens[k].norm) !== 'killed') return false;
  // "said on Tuesday that it killed 20", "said its troops killed 20", "أنه قتل" (that-it killed):
  // a subject's simple past, with its object, is as active as "it had killed".
  return aux || (k > from && subjectAt(tokens[k - 1]) && activeObject(tokens[k + 1]));
}

/** The subject of a simple past right before the deed: "it killed", "its troops killed". */
const DEED_SUBJECTS = new Set(['it', 'they', 'troops', 'forces', 'men', 'soldiers', 'units']);
/** "it", "its troops", or Arabic's "أنه", "أنها" ("that" with its pronoun attached). */
const subjectAt = (t: Token | undefined) => !!t && (DEED_SUBJECTS.has(t.norm) || pronounThat(t));
const MEDIUM_REACH = 4;

/** The end of "in a statement", "dans un communiqué", "sur sa page Facebook" at k, or k. */
function mediumEnd(tokens: Token[], k: number, last: number): number {
  if (!MEDIUM_PREPOSITIONS.has(tokens[k].norm)) return k;
  for (let e = k + 1; e < Math.min(last, k + MEDIUM_REACH); e++) {
    if (!MEDIUM_NOUNS.has(tokens[e].norm)) continue;
    // "sur sa page Facebook", "on its Telegram account": the medium's name after its noun.
    while (e + 1 < last && MEDIUM_NOUNS.has(tokens[e + 1].norm)) e++;
    return e + 1;
  }
  return k;
}

/** Words of a speaker telling its own deed, between its verb and the deed: "avoir", "it had", "qu'il a". */
const SELF_DEED = new Set([
  ...['avoir', 'it', 'they', 'que', "qu'", 'il', 'elle', 'ils', 'elles'],
  ...['had', 'has', 'have', 'a', 'ont', 'to'],
]);

/** "affirme avoir tué", "said it had killed", "claimed to have killed": the speaker's own killing after its verb at `from`. */
export function killedItself(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k < last && k < from + 4 && SELF_DEED.has(tokens[k].norm)) k++;
  return k > from && k < last && isKillWord(tokens[k].norm);
}
