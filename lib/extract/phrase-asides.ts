/**
 * What stands between a figure's noun phrase and its verb, for kindAfter (kind-after.ts) to step
 * over: a complement or a participle's phrase ("of the Africa Corps", "appartenant aux
 * terroristes"), an aside in brackets or commas (", mostly women and children,", ", selon
 * l'armée,", ", ainsi qu'une quarantaine de terroristes,") and the other things of a lot.
 */
import { CLAIMANT_NEXT, PREDICATE_FILLERS } from './lexicon';
import { measureAt } from './figure-digits';
import { DETERMINERS, kindAt } from './noun-phrase';
import { predicateAt } from './np-boundaries';
import type { Token } from './tokens';
import { alongWithBefore, bareThingsEnd } from './uncounted-runs';
import { hedgeAside } from './verb-gaps';

const COMPLEMENT = new Set(['of', 'from', 'de', 'du', 'des', "d'"]);
/** Participles that open a modifier between a figure's noun and its verb ("belonging to", "utilisées par"). */
const MODIFIERS = new Set([
  ...['belonging', 'used', 'owned', 'carrying', 'transporting'],
  ...['appartenant', 'utilises', 'utilisees', 'transportant'],
  // Where the persons served: "10 soldiers stationed in the camp", "10 soldats basés à Boni".
  ...['stationed', 'deployed', 'based', 'serving', 'posted'],
  ...['stationnes', 'deployes', 'servant', 'affectes', 'cantonnes'],
  // What the persons were there for: "10 soldiers assigned to the convoy", "chargés de la sécurité".
  ...['assigned', 'tasked', 'charges', 'chargees', 'detaches'],
]);
/** Words in -ing or -ant that are prepositions or nouns, not a participle opening a modifier. */
const NOT_PARTICIPLES = new Set([
  ...['during', 'following', 'according', 'including', 'concerning', 'regarding', 'notwithstanding'],
  ...['pendant', 'durant', 'avant', 'devant', 'cependant', 'maintenant', 'suivant', 'concernant'],
  ...['moyennant', 'nonobstant', 'enfant', 'combattant', 'habitant', 'commandant', 'sergent'],
]);

/**
 * Any present participle with its object after a noun: "11 soldiers escorting the convoy were
 * wounded", "12 gendarmes manning a checkpoint", "12 soldats escortant le convoi", "assurant la
 * sécurité du site". The participle is told by its ending and by the article or preposition after it.
 */
function participleAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.type !== 'word' || NOT_PARTICIPLES.has(t.norm) || t.norm.length < 6) return false;
  if (!/(?:ing|ant)$/.test(t.norm)) return false;
  const next = tokens[j + 1]?.norm ?? '';
  return DETERMINERS.has(next) || PREPOSITIONS.has(next) || MOTION_PREPOSITIONS.has(next);
}
/** Where a participle of motion goes: "returning from the market", "heading to Boni". */
const MOTION_PREPOSITIONS = new Set([
  'from',
  'on',
  'into',
  'near',
  'towards',
  'toward',
  'along',
  'home',
  'back',
]);

const PREPOSITIONS = new Set([
  ...['to', 'by', 'a', 'au', 'aux', 'par', 'de', 'des', 'du'],
  ...['in', 'at', 'with', 'dans', 'en', 'aupres'],
]);

/**
 * What follows the noun phrase ending before j and comes before its verb: a complement ("of the
 * Africa Corps"), a participle's phrase ("appartenant aux terroristes"), an aside in commas ("…,
 * ainsi qu'une quarantaine de terroristes,", ", mostly women and children,") or the other things of
 * the lot ("armes, motos et munitions"). The index the scan goes on after; -1 when none.
 */
export function complementEnd(tokens: Token[], j: number, limit: number): number {
  // "20 Russian paramilitaries of the Africa Corps were killed": step over a short complement.
  // "12 motos appartenant aux terroristes ont été détruites", "used by the attackers were": a participle's phrase.
  const modifier = MODIFIERS.has(tokens[j].norm) || participleAt(tokens, j);
  if (COMPLEMENT.has(tokens[j].norm) || modifier) {
    const start = modifier && PREPOSITIONS.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
    let e = start;
    while (
      e < limit &&
      e < j + 8 &&
      (tokens[e].type === 'word' || measureAt(tokens, e)) &&
      (!PREDICATE_FILLERS.has(tokens[e].norm) || DETERMINERS.has(tokens[e].norm)) &&
      !kindAt(tokens, e, limit)
    )
      e++;
    // "Ten troops from Chad died": the complement ends at its auxiliary or at the verb itself.
    if (e < limit && e > start && (PREDICATE_FILLERS.has(tokens[e].norm) || kindAt(tokens, e, limit)))
      return e - 1;
    // "dont un enfant de 10 ans, ont été tués": or at the comma closing the aside it is in.
    if (e < limit && e > start && ASIDE_CLOSERS.has(tokens[e].text)) return e - 1;
  }
  // "12 soldats (selon l'armée) ont été tués", "12 soldiers (per the army) were killed": an aside in brackets.
  if (tokens[j].text === '(') return bracketEnd(tokens, j, limit);
  // "27 civilians – among them women and children – were massacred": an aside between dashes.
  if (DASHES.has(tokens[j].text)) return dashEnd(tokens, j, limit);
  if (tokens[j].text !== ',') return -1;
  // "…, ainsi qu'une quarantaine de terroristes, ont été tués": the comma that closes the aside.
  // "…, together with about 40 terrorists, died": or the verb itself right after it.
  if (j + 1 < limit && (PREDICATE_FILLERS.has(tokens[j + 1].norm) || kindAt(tokens, j + 1, limit)))
    if (!DETERMINERS.has(tokens[j + 1].norm) && alongWithBefore(tokens, j)) return j;
  // "Plusieurs armes, motos et munitions ont été récupérées": the other things of the counted lot.
  const e = bareThingsEnd(tokens, j + 1, limit);
  if (e > 0) return e - 1;
  // "At least 26 people, mostly women and children, were killed": step over a short aside; one that
  // says who they were may run longer ("12 civils, dont des femmes et des enfants qui se rendaient
  // au marché de la ville, ont été tués").
  const close = asideEnd(tokens, j, limit, WHO_OPENERS.has(tokens[j + 1]?.norm ?? '') ? WHO_REACH : 9);
  // "17 soldats, dont le chef du poste, un capitaine de Kayes, ont trouvé la mort": an apposition
  // to the aside, in commas of its own, when the verb comes right after it.
  if (close < 0 || predicateAt(tokens, close + 1, limit)) return close;
  const more = asideEnd(tokens, close, limit, 9);
  return more > 0 && predicateAt(tokens, more + 1, limit) ? more : close;
}

const DASHES = new Set(['\u2013', '\u2014']);

/** The closing dash of an aside opened by the dash at j, with no number inside; -1 when none. */
function dashEnd(tokens: Token[], j: number, limit: number): number {
  for (let e = j + 1; e < Math.min(limit, j + WHO_REACH); e++) {
    if (tokens[e].text === tokens[j].text) return e > j + 1 ? e : -1;
    if (tokens[e].type === 'num' && !measureAt(tokens, e)) return -1;
  }
  return -1;
}

/** The closing bracket of an aside opened at j, within a few words and without a number; -1 when none. */
function bracketEnd(tokens: Token[], j: number, limit: number): number {
  for (let e = j + 1; e < Math.min(limit, j + BRACKET_REACH); e++) {
    if (tokens[e].text === ')') return e > j + 1 ? e : -1;
    if (tokens[e].type === 'num' && !measureAt(tokens, e)) return -1;
  }
  return -1;
}
const BRACKET_REACH = 10;
/** Words that open an aside telling who the persons counted were. */
const WHO_OPENERS = new Set([
  ...['dont', 'including', 'notamment', 'mostly', 'majoritairement', 'most', 'among', 'parmi'],
  ...['mainly', 'essentiellement', 'principalement', 'surtout', 'all', 'tous', 'toutes'],
  // "12 civils, pour la plupart des commerçants qui se rendaient à la foire, ont été tués".
  'pour',
]);
const WHO_REACH = 18;

/**
 * The closing comma of an aside opened by the comma at j, within `reach` words and without a
 * number: ", mostly women and children,". -1 when there is none.
 */
function asideEnd(tokens: Token[], j: number, limit: number, reach: number): number {
  let e = j + 1;
  while (
    e < limit &&
    e < j + reach &&
    tokens[e].text !== ',' &&
    (tokens[e].type !== 'num' || measureAt(tokens, e))
  )
    e++;
  return e < limit && tokens[e].text === ',' ? e : -1;
}

/**
 * Commas inside the verb at j: a hedge ("ont été, semble-t-il, tués") or an attribution ("were,
 * according to the army, killed"). The index the scan goes on after; -1 when none.
 */
export function commaAsideEnd(tokens: Token[], j: number, limit: number): number {
  if (tokens[j].text !== ',') return -1;
  // "12 soldats ont été, semble-t-il, tués", "were, it seems, killed", "were, reportedly, killed":
  // a hedge set in commas.
  const hedge = hedgeAside(tokens, j + 1);
  if (hedge) return j + hedge;
  // "12 soldats ont, selon l'armée, été tués", "were, according to the army, killed": an
  // attribution set in commas inside the verb.
  if (CLAIMANT_NEXT.matchAt(tokens, j + 1, limit)) return asideEnd(tokens, j, limit, 10);
  return -1;
}

/** Marks that close a breakdown told as an aside. */
export const ASIDE_CLOSERS = new Set([',', ')', '\u2014', '\u2013']);
