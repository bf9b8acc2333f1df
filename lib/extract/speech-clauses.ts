/**
 * The clauses of saying that attribution.ts reads: where a source a figure was learned from
 * begins ("auprès de", "learned from"), a name's apposition, a denied toll ("gave no toll"), a
 * passive or quoted verb, a toll that names its claimant ("le bilan officiel") and the persons a
 * toll counts (never its speaker). An inverted subject after its verb ("a annoncé l'armée") is read
 * by claimant-after-verb.ts, words pointing back at a claimant ("la même source") by
 * claimant-anaphora.ts; both are re-exported here.
 */
import {
  FINDING_WORDS,
  KIND_WORDS,
  LEARNED_FROM,
  LEARNED_WORDS,
  SPEECH_WORDS,
  SUBJECT_WORDS,
  TOLL_NOUNS,
  TOLL_SETTERS,
} from './lexicon';
import { SINGULAR } from './number-words';
import { classifyAt } from './claimant-class';
import { claimantWords } from './claimant-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Cue } from './attribution';
import { quantityWord } from './claimant-after-verb';

export { anaphoric, DOCUMENTS, NOUN_DETERMINERS, REPORT_NOUNS, sameWord } from './claimant-anaphora';
export { forward } from './claimant-after-verb';

/**
 * "a appris l'AFP auprès des autorités locales", "apprend-on auprès d'un élu", "AFP learned from
 * residents": after a verb of learning, "auprès de" / "from" opens the figure's source (the one
 * who learned it is not).
 */
export function learnedFrom(tokens: Token[], s: Sentence, i: number): { end: number } | null {
  // "a appris de sources sécuritaires", "des informations que nous tenons d'une source": the
  // verb of learning right before "de".
  if (LEARNED_OF.has(tokens[i].norm))
    return i > s.first && LEARNED_WORDS.has(tokens[i - 1].norm) ? { end: i + 1 } : null;
  if (!LEARNED_FROM.has(tokens[i].norm)) return null;
  let end = i + 1;
  if (tokens[i].norm === 'aupres') {
    if (!['de', 'des', 'du', "d'"].includes(tokens[end]?.norm ?? '')) return null;
    end++;
  }
  for (let k = i - 1; k >= Math.max(s.first, i - LEARNED_REACH); k--)
    if (LEARNED_WORDS.has(tokens[k].norm)) return { end };
  return null;
}
const LEARNED_REACH = 5;
export const LEARNED_OF = new Set(['de', "d'", 'des']);

/**
 * The apposition after a person's name ("Amadou Diallo, a local official,", "Moussa Traoré, maire
 * de Boni."): the words [from, e) are capitalised names, a comma follows, and the apposition runs
 * to the next comma or the sentence's end, with no number and no verb of its own.
 */
export function appositionAfterName(
  tokens: Token[],
  from: number,
  e: number,
  last: number,
): { from: number; e: number } | null {
  if (e <= from || e - from > 4 || tokens[e]?.text !== ',') return null;
  for (let k = from; k < e; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  let k = e + 1;
  while (k < last && k < e + 10 && tokens[k].type !== 'punct') {
    const t = tokens[k];
    if (t.type === 'num' || quantityWord(t) || SPEECH_WORDS.has(t.norm) || KIND_WORDS.has(t.norm))
      return null;
    k++;
  }
  if (k === e + 1 || (k < last && ![',', '.'].includes(tokens[k].text))) return null;
  return { from: e + 1, e: k };
}

/** "claimed responsibility", "a revendiqué la responsabilité", "claimed the attack": the deed's author. */
export function responsibilityAfter(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    const w = tokens[k].norm;
    if (/^(responsib|responsabilit)/.test(w)) return true;
  }
  return false;
}

/** A clause that opens on its verb shares the subject before it: "but gave no toll", "mais n'a pas donné de bilan". */
export const ELIDED_SUBJECT = new Set([
  'gave',
  'did',
  'has',
  'had',
  'declined',
  'refused',
  'without',
  'sans',
  "n'",
  'ne',
  'a',
]);
export const DENIAL_CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  'mais',
  'but',
  'though',
  'although',
  'while',
  'tandis',
]);

const NO_WORDS = new Set([
  'pas',
  'no',
  'not',
  'sans',
  'without',
  'aucun',
  'aucune',
  'neither',
  'nor',
  "n'",
  'ne',
]);

/** The toll noun a negation denies ("n'a pas communiqué de bilan", "gave no toll"), or -1. */
export function noToll(tokens: Token[], s: Sentence): number {
  for (let k = s.first; k < s.last; k++) {
    if (!TOLL_NOUNS.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) if (NO_WORDS.has(tokens[j].norm)) return k;
  }
  return -1;
}

/**
 * "fait état de", "font savoir", with an adverbial inside ("fait pour le moment état de",
 * "faisait déjà état d'"): "faire" reports only in these phrases.
 */
export function faitEtat(tokens: Token[], i: number, limit: number): boolean {
  if (tokens[i + 1]?.norm === 'savoir') return true;
  for (let k = i + 1; k < Math.min(limit, i + 6); k++) {
    const t = tokens[k];
    if (t.norm === 'etat') return ['de', "d'", 'du', 'des'].includes(tokens[k + 1]?.norm ?? '');
    if (t.type !== 'word' || KIND_WORDS.has(t.norm)) return false;
  }
  return false;
}

const PASSIVE_AUX = new Set(['were', 'was', 'is', 'are', 'been', 'being', 'ete', 'etaient', 'etait', 'sont']);
/** Is token i inside a quotation opened at or after token `from` ("« Selon nos informations, …")? */
export function insideQuotation(tokens: Token[], from: number, i: number): boolean {
  let open = 0;
  for (let k = from; k < i; k++) {
    const t = tokens[k].text;
    if (t === '\u00ab' || t === '\u201c') open++;
    else if ((t === '\u00bb' || t === '\u201d') && open > 0) open--;
  }
  return open > 0;
}

/** The index of the quotation mark that opens the one closing at `close`, or -1. */
export function openingQuote(tokens: Token[], from: number, close: number): number {
  const want = tokens[close].text === '\u00bb' ? '\u00ab' : '\u201c';
  for (let k = close - 1; k >= from && k > close - 80; k--) if (tokens[k].text === want) return k;
  return -1;
}

/** Is the verb at i a passive ("were reported", "ont été signalés", "were also reported")? */
export function passiveAt(tokens: Token[], from: number, i: number): boolean {
  // "the army is reporting": a progressive, not a passive.
  if (tokens[i].norm.endsWith('ing')) return false;
  for (let k = i - 1; k >= Math.max(from, i - 2); k--) {
    if (PASSIVE_AUX.has(tokens[k].norm)) return true;
    if (!['also', 'egalement', 'aussi', 'later', 'widely'].includes(tokens[k].norm)) return false;
  }
  return false;
}

export const AUX = new Set([
  'a',
  'ont',
  'has',
  'have',
  'had',
  'avait',
  'avaient',
  'est',
  'was',
  'were',
  'aurait',
  'auraient',
  'also',
  'egalement',
]);

/** "Le bilan officiel est de…", "the toll given by the army": the claimant in the toll's own words. */
/** Words that name a toll's side: "côté", "dans les rangs", "parmi", "side", "among". */
const SIDE_WORDS = new Set(['cote', 'rangs', 'parmi', 'side', 'among', 'ranks']);
/** Words that open a phrase of a side: "on the army's side", "du côté de", "dans les rangs". */
const SIDE_OPENERS = new Set(['on', 'du', 'dans', 'in']);

/** Where the phrase naming a side starts after the toll noun at i ("on the army's side", "côté FAMa"), or -1. */
function sideAfter(tokens: Token[], i: number, last: number): number {
  for (let j = i + 1; j < Math.min(last, i + 8); j++) {
    if (!SIDE_WORDS.has(tokens[j].norm)) continue;
    for (let k = i + 1; k < j; k++) if (SIDE_OPENERS.has(tokens[k].norm)) return k;
    return j;
  }
  return -1;
}

export function tollClaimant(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  let e = i + 1;
  // "le bilan côté FAMa", "the toll on the army's side": the side counted ends the teller's words.
  const side = sideAfter(tokens, i, s.last);
  while (
    e < s.last &&
    e < i + 7 &&
    e !== side &&
    tokens[e].type === 'word' &&
    !SPEECH_WORDS.has(tokens[e].norm) &&
    // "un bilan de près de cinquante militaires tués": a count in words opens the toll's persons.
    !quantityWord(tokens[e])
  )
    e++;
  // "the official toll", "le bilan officiel": the claimant's word just before or after the toll;
  // "the army's provisional count", "the Malian army's toll": its owner before "'s".
  let from = Math.max(s.first, i - 1);
  for (let k = i - 1; k > Math.max(s.first, i - 4); k--)
    if (tokens[k].norm === 's' && tokens[k - 1]?.text === "'") {
      from = Math.max(s.first, k - 4);
      break;
    }
  const m = classifyAt(tokens, i + 1, e) ?? classifyAt(tokens, from, i);
  if (!m || m.by === 'media' || m.by === 'security_source') return null;
  // "le bilan des villageois tués", "the toll of residents killed": the toll's persons, not its teller.
  if (m.start > i && KIND_WORDS.has(tokens[m.end]?.norm ?? '')) return null;
  return { pos: i, by: m.by, source: claimantWords(text, tokens, m, Math.min(from, m.start), e) };
}

/**
 * "Un soldat a été tué", "Two officers were killed", "Deux militaires blessés": the words
 * [a, e) count persons a kind word then says happened to; they are a toll, not a speaker.
 */
export function countedVictims(tokens: Token[], a: number, e: number): boolean {
  const counted = (t: Token | undefined) => !!t && (SINGULAR.has(t.norm) || quantityWord(t));
  // "Deux camions de l'armée ont été détruits": the owner of the things counted, after "of".
  let b = a - 1;
  while (b > a - OWNER_REACH && OWNER_LINKS.has(tokens[b]?.norm ?? '')) b--;
  const owner = b < a - 1 && SUBJECT_WORDS.has(tokens[b]?.norm ?? '') && counted(tokens[b - 1]);
  if (!counted(tokens[a]) && !counted(tokens[a - 1]) && !owner) return false;
  let k = e;
  // "Two army trucks were destroyed": the things counted after their owner's word.
  if (SUBJECT_WORDS.has(tokens[k]?.norm ?? '')) k++;
  while (k < e + 3 && (AUX.has(tokens[k]?.norm ?? '') || PASSIVE_AUX.has(tokens[k]?.norm ?? ''))) k++;
  return KIND_WORDS.has(tokens[k]?.norm ?? '');
}

/** A verb of saying at i, "said", "a annoncé", or one that sets a toll named after it ("put its losses at"). */
export function speechWordAt(tokens: Token[], s: Sentence, i: number): boolean {
  const w = tokens[i].norm;
  // "the army put its losses at 11 dead", "a porté le bilan à 30 morts": a verb that sets a toll.
  const setter = TOLL_SETTERS.has(w) && !SPEECH_WORDS.has(w);
  if (setter && !setsToll(tokens, i, s.last)) return false;
  // "…, a UN inquiry found.", "investigators concluded that…": a finding without its object.
  const closes = i + 1 >= s.last || FINDING_CLOSERS.has(tokens[i + 1]?.norm ?? '.');
  return setter || SPEECH_WORDS.has(w) || (FINDING_WORDS.has(w) && closes);
}
const FINDING_CLOSERS = new Set(['.', ';', ',', 'that', 'que', "qu'"]);

/**
 * A toll noun within a few words after the verb: "put its losses at", "revu à la hausse le bilan";
 * not one it denies ("gave no toll", "n'a pas donné de bilan", "without giving a toll").
 */
function setsToll(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 6); k++) {
    if (!TOLL_NOUNS.has(tokens[k].norm)) continue;
    for (let j = Math.max(0, i - 3); j < k; j++) if (NO_WORDS.has(tokens[j].norm)) return false;
    return true;
  }
  return false;
}

/** Words between counted things and their owner: "deux camions de l'armée", "two trucks of the army". */
const OWNER_LINKS = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', "l'", 'les', 'the']);
const OWNER_REACH = 4;
