/**
 * "since" / "depuis" that opens no period: after a superlative ("the deadliest attack since 2019"),
 * as an adverb ("has since risen"), before a time of the day, the story's own attack, "then", a
 * weekday, a place ("depuis Boni") or the main fight's own length. Used by background-cues.ts.
 */
import { ACTIVE_AUXILIARIES, AUXILIARIES, isAttackNoun, KIND_WORDS } from './lexicon';
import { CLASH_STEMS, CLASH_WORDS, hasStem } from './lexicon-actors';
import { LOCALITY_NOUNS } from './lexicon-places';
import { MONTH_NUM } from './month-numbers';
import { EN_UNITS, FR_UNITS, INDEFINITE, WEEKDAYS } from './number-words';
import { superlativeAt } from './superlatives';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Does "since" at [at, end) of sentence s tell the news, not open a period? */
export function sinceTellsNews(tokens: Token[], s: Sentence, at: number, end: number): boolean {
  // "the deadliest attack since 2019" describes the main event; "the deadliest since an
  // ambush killed 20 troops in March" recalls that ambush, and its toll is background.
  let sup = false;
  for (let k = Math.max(s.first, at - 8); k < at; k++) if (superlativeAt(tokens, k)) sup = true;
  if (sup && !attackAfter(tokens, end, s.last)) return true;
  // "le bilan est depuis passé à 43", "the toll has since risen to 43": an adverb after an
  // auxiliary, the news since, not a period's total.
  if (SINCE_AUXILIARIES.has(tokens[at - 1]?.norm ?? '')) return true;
  // "depuis l'aube", "since dawn": a time of day, not a period.
  const nx = tokens[end]?.norm ?? '';
  if (["l'aube", 'dawn', 'hier', 'yesterday', 'ce', 'this', 'morning', 'matin'].includes(nx)) return true;
  // "portées disparues depuis l'attaque", "missing since the attack": since the story's own attack.
  if (theAttackAlone(tokens, end, s.last)) return true;
  // "Depuis, 12 soldats…", "depuis lors", "since then": since the news just told, no period.
  if ([',', 'lors', 'then', '.'].includes(nx) || end >= s.last) return true;
  // "Depuis dimanche, des combats opposent…": the fighting began that day; not a period's total.
  if (WEEKDAYS.has(nx) || (nx === 'le' && WEEKDAYS.has(tokens[end + 1]?.norm ?? ''))) return true;
  // "joint par téléphone depuis Boni", "depuis le village de Boni": from a place, not since a time.
  if (fromPlace(tokens, end)) return true;
  // "affrontent le JNIM depuis trois jours", "les combats durent depuis 48 heures": the main
  // fight's own length — not "30 civils tués depuis trois jours dans des attaques", a total.
  if (shortSpanAfter(tokens, end) && fightIn(tokens, s)) return true;
  return false;
}

/** Auxiliaries before "depuis"/"since" used as an adverb: "est depuis passé", "has since risen". */
export const SINCE_AUXILIARIES = new Set([
  ...AUXILIARIES,
  ...ACTIVE_AUXILIARIES,
  'etait',
  'etaient',
  's',
  'se',
  'had',
]);
/** Units of a fight's own length: "depuis trois jours", "depuis 48 heures", "depuis deux nuits". */
const SHORT_UNITS = new Set(['jours', 'heures', 'nuits', 'days', 'hours', 'nights']);
/** A count of days or hours at k: "trois jours", "48 heures", "quelques jours". */
function shortSpanAfter(tokens: Token[], k: number): boolean {
  const count = tokens[k];
  if (
    !count ||
    !(
      count.type === 'num' ||
      FR_UNITS.has(count.norm) ||
      EN_UNITS.has(count.norm) ||
      INDEFINITE.has(count.norm)
    )
  )
    return false;
  return SHORT_UNITS.has(tokens[k + 1]?.norm ?? '');
}
/** Does sentence s tell a fight: "affrontent", "les combats", "fighting"? */
function fightIn(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (CLASH_WORDS.has(tokens[k].norm) || hasStem(tokens[k].norm, CLASH_STEMS)) return true;
  return false;
}
/** The determiners of the story's own attack: "the attack", "cette attaque", "l'embuscade". */
const THE_ATTACK = new Set(['the', 'this', "l'", 'la', 'le', 'cette', 'cet', 'ce']);
/** "the attack" and nothing more of it: no place, relative or date after ("the attack on Boni", "the attack that…"). */
export function theAttackAlone(tokens: Token[], k: number, last: number): boolean {
  const noun = tokens[k + 1];
  if (!THE_ATTACK.has(tokens[k]?.norm ?? '') || !noun || !isAttackNoun(noun)) return false;
  return k + 2 >= last || tokens[k + 2].type === 'punct';
}

/** An attack named just after "since": "since an ambush", "depuis l'attaque de", "since the 2019 raid". */
function attackAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 3); k++) if (isAttackNoun(tokens[k])) return true;
  // "the deadliest since August, when 42 soldiers were killed in Tessit": a time, then what happened then.
  for (let k = from; k < Math.min(last, from + 5); k++) {
    if (!WHEN_WORDS.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(last, k + 8); j++) if (KIND_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}
const WHEN_WORDS = new Set(['when', 'lorsque', 'quand', 'ou']);

/** Words of a place after "depuis": "depuis le village de Boni", "depuis la localité", "depuis le camp". */
const PLACE_NOUNS = new Set([...LOCALITY_NOUNS, 'camp', 'hopital', 'lieu', 'lieux']);

/** Does "depuis" at the token before k name a place ("depuis Boni"), not a time? */
function fromPlace(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (/^\p{Lu}/u.test(t.text) && !MONTH_NUM.has(t.norm) && !WEEKDAYS.has(t.norm)) return true;
  return ['le', 'la', "l'"].includes(t.norm) && PLACE_NOUNS.has(tokens[k + 1]?.norm ?? '');
}
