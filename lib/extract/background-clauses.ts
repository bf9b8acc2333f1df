/**
 * The clause a background cue covers: the clause of the sentence around it, the clause around
 * its brackets, and what the recalled event's clause goes on to say after commas.
 */
import { pastAside } from './actor-clauses';
import { MONTH_NUM } from './month-numbers';
import { WEEKDAYS } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '\u2014',
  '\u2013',
  'while',
  'whereas',
  'tandis',
  'but',
  'mais',
  'bringing',
  'portant',
]);

/**
 * The clause of sentence s around token p: [start, end). A cue in brackets dates the noun before
 * them ("les deux massacres (mars 2019 et février 2020) survenus ici, où 200 civils ont péri"):
 * its clause is the one around the brackets.
 */
export function clauseOf(tokens: Token[], s: Sentence, p: number): [number, number] {
  const open = openBracketBefore(tokens, s, p);
  const breaks = (k: number) =>
    CLAUSE_BREAK.has(tokens[k].norm) && !(open >= 0 && (tokens[k].text === '(' || tokens[k].text === ')'));
  const at = open >= 0 ? open : p;
  let a = at;
  for (; a > s.first && !placeRelative(tokens[a - 1]); a--) {
    if (!breaks(a - 1)) continue;
    // "killed in Mali, Burkina Faso and Niger last year": the commas of a list of places before
    // the cue do not end its clause.
    if (tokens[a - 1].text !== ',' || !namesOnly(tokens, a, at) || !capitalised(tokens[a - 2])) break;
  }
  // "…, killing 41 people in a region where attacks have surged in recent months": a cue in a
  // relative clause about the place says nothing of the time of what came before it.
  if (a > s.first && placeRelative(tokens[a - 1])) a--;
  let b = at + 1;
  while (b < s.last && !breaks(b)) b++;
  // "une semaine après celle de Diafarabé, qui avait coûté la vie à 20 soldats": a relative
  // clause after the comma says more of the recalled event; so do the rest of its places and its
  // day ("après celles perpétrées à Dioura, Nampala et Kona, le jeudi 23 janvier, causant la
  // mort de 11 militaires").
  while (tokens[b]?.text === ',') {
    // "days after JNIM, al Qaeda's affiliate in the Sahel, claimed an assault that killed 20": an
    // aside in commas does not end the recalled clause.
    const aside = pastAside(tokens, b, s.last);
    if (aside > b) {
      b = aside;
      while (b < s.last && !breaks(b)) b++;
      continue;
    }
    const next = b + 1;
    // "…, in which 76 peacekeepers died", "…, during which": a preposition before "which".
    const relative = RELATIVES.has(tokens[next]?.norm ?? '') || tokens[next + 1]?.norm === 'which';
    const more = relative || RECALL_PARTICIPLES.has(tokens[next]?.norm ?? '');
    if (!more && !placeListRest(tokens, next, s.last) && !dayApposition(tokens, next)) break;
    b = next + 1;
    while (b < s.last && !breaks(b)) b++;
  }
  // "La localité avait déjà été ciblée en janvier : 14 villageois y avaient trouvé la mort": what
  // the colon goes on to tell in the pluperfect is of the same time.
  if (tokens[b]?.text === ':' && pluperfectClause(tokens, b + 1, s.last)) {
    b++;
    while (b < s.last && !breaks(b)) b++;
  }
  return [a, b];
}

const PLUPERFECT_AUX = new Set(['avait', 'avaient', 'etait', 'etaient', 'had']);

/** Is the clause that starts at `from` in the pluperfect ("14 villageois y avaient trouvé la mort")? */
function pluperfectClause(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last && !CLAUSE_BREAK.has(tokens[k].norm); k++)
    if (PLUPERFECT_AUX.has(tokens[k].norm)) return true;
  return false;
}
/** "where", "où" (not "ou", or): the relative of a place. */
const placeRelative = (t: Token) => t.norm === 'where' || t.text.toLowerCase() === 'où';
const RELATIVES = new Set(['qui', 'dont', 'ou', 'which', 'where', 'that', 'when', 'lorsque', 'quand']);
/** Participles that tell what a recalled attack did: ", causant la mort de 11 militaires", ", killing 11". */
const RECALL_PARTICIPLES = new Set(['causant', 'faisant', 'tuant', 'coutant', 'killing', 'leaving']);

/** Does the clause at k only go on naming places ("Nampala et Kona,", "Nampala and Kona.")? */
function placeListRest(tokens: Token[], k: number, last: number): boolean {
  let end = k;
  while (end < last && ![',', '.', ';'].includes(tokens[end].text)) end++;
  return namesOnly(tokens, k, end);
}

/** A name's word: capitalised, not a month or a weekday. */
const capitalised = (t: Token | undefined) =>
  !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text) && !MONTH_NUM.has(t.norm) && !WEEKDAYS.has(t.norm);

/** Words between the names of a list: "Burkina Faso and Niger", "au Burkina Faso et au Niger". */
const NAME_JOINERS = new Set(['et', 'and', 'au', 'aux', 'en', 'a']);

/** Are tokens [a, b) a few names joined by "et" / "and" ("Burkina Faso and Niger")? */
function namesOnly(tokens: Token[], a: number, b: number): boolean {
  let names = 0;
  for (let k = a; k < b; k++) {
    if (NAME_JOINERS.has(tokens[k].norm)) continue;
    if (!capitalised(tokens[k])) return false;
    names++;
  }
  return names > 0 && names <= 6;
}

/** Is the clause at k a day told alone ("le jeudi 23 janvier,", "jeudi dernier,", "on Thursday,")? */
function dayApposition(tokens: Token[], k: number): boolean {
  if (['le', 'on'].includes(tokens[k]?.norm ?? '')) k++;
  if (!WEEKDAYS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < k + 5; j++) if (tokens[j]?.text === ',') return true;
  return false;
}

/** The "(" that opens the brackets around token p within its sentence, or -1. */
function openBracketBefore(tokens: Token[], s: Sentence, p: number): number {
  for (let k = p - 1; k >= Math.max(s.first, p - 8); k--) {
    if (tokens[k].text === ')') return -1;
    if (tokens[k].text === '(') return k;
  }
  return -1;
}
