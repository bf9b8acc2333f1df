/**
 * The clauses of saying that attribution.ts reads: where a source a figure was learned from
 * begins ("auprès de", "learned from"), a name's apposition, a denied toll ("gave no toll"), a
 * passive or quoted verb, a toll that names its claimant ("le bilan officiel"), the persons a toll
 * counts (never its speaker), and an inverted subject after its verb ("a annoncé l'armée").
 */
import {
  CLAIMANT_PHRASES,
  KIND_PHRASES,
  KIND_WORDS,
  LEARNED_FROM,
  LEARNED_WORDS,
  SPEECH_WORDS,
  TOLL_NOUNS,
} from './lexicon';
import { APPROX_NOUNS, EN_UNITS, FR_UNITS, MONTHS, PLURAL_AMOUNTS, SINGULAR, WEEKDAYS } from './number-words';
import { classifyAt, claimantWords } from './claimant-class';
import { CLOSE_TO, IN_WORDS, MEMBERS, SOURCE_NOUNS } from './claimant-members';
import type { Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import type { Cue } from './attribution';

/**
 * "a appris l'AFP auprès des autorités locales", "apprend-on auprès d'un élu", "AFP learned from
 * residents": after a verb of learning, "auprès de" / "from" opens the figure's source (the one
 * who learned it is not).
 */
export function learnedFrom(tokens: Token[], s: Sentence, i: number): { end: number } | null {
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

const PASSIVE_AUX = new Set(['were', 'was', 'been', 'being', 'ete', 'etaient', 'etait', 'sont']);
/** The index of the quotation mark that opens the one closing at `close`, or -1. */
export function openingQuote(tokens: Token[], from: number, close: number): number {
  const want = tokens[close].text === '\u00bb' ? '\u00ab' : '\u201c';
  for (let k = close - 1; k >= from && k > close - 80; k--) if (tokens[k].text === want) return k;
  return -1;
}

/** Is the verb at i a passive ("were reported", "ont été signalés", "were also reported")? */
export function passiveAt(tokens: Token[], from: number, i: number): boolean {
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

const NOT_SUBJECT = new Set([
  'it',
  'they',
  'that',
  'he',
  'she',
  'its',
  'their',
  'to',
  'il',
  'elle',
  'ils',
  'elles',
  'que',
  "qu'",
  'avoir',
  'having',
  'on',
  'we',
  'the',
  'les',
  'des',
  'de',
  "d'",
  'a',
  'an',
]);

const SAME = new Set(['meme', 'memes', 'same', 'ledit', 'ladite', 'said']);

/** "la même source", "the same official": a word that points back at the last claimant. */
export function sameWord(tokens: Token[], a: number, b: number, prior = ''): boolean {
  for (let k = a; k < b; k++) if (SAME.has(tokens[k].norm) && tokens[k].norm !== 'said') return true;
  return definiteSource(tokens, a, b, prior);
}

/** Definite articles before the noun of a speaker named before: "the official", "l'officier". */
const DEFINITE_MEMBER = new Set(['the', 'this', 'that', 'le', "l'", 'la', 'ce', 'cet', 'cette']);

/**
 * "…, the official said" after "a military official who spoke on condition of anonymity": a
 * member told with a definite article and no word of its own is the speaker named before with
 * that noun (`prior`, their words), whose class it keeps.
 */
function definiteMember(tokens: Token[], a: number, b: number, prior: string): boolean {
  if (!prior || b - a > 4) return false;
  let k = a;
  while (k < b && tokens[k].norm === 'and') k++;
  if (!DEFINITE_MEMBER.has(tokens[k]?.norm ?? '') || k + 2 > b) return false;
  // Nothing of its own after the noun: the clause ends there.
  if (k + 2 < b && tokens[k + 2].type === 'word') return false;
  const noun = tokens[k + 1].norm;
  return MEMBERS.has(noun) && tokenize(prior).some((t) => t.norm === noun);
}

const DEFINITE = new Set(['the', 'these', 'those', 'la', 'les', 'ces', 'cette']);
/** Words after a source that say whose it is: "proches de l'armée", "close to", "in the area". */
const CLOSE_WORDS = new Set([
  ...CLOSE_TO,
  ...IN_WORDS,
  'familiar',
  'within',
  'inside',
  'au',
  'aux',
  'du',
  'de',
  'of',
]);

/**
 * "The sources added that…", "a précisé la source", "selon ces sources": a source told with a
 * definite article and no word of its own is the one named before.
 */
function definiteSource(tokens: Token[], a: number, b: number, prior: string): boolean {
  if (definiteMember(tokens, a, b, prior)) return true;
  let k = a;
  while (k < b && tokens[k].type === 'word' && !DEFINITE.has(tokens[k].norm)) {
    if (tokens[k].norm !== 'and') return false;
    k++;
  }
  if (k >= b || !DEFINITE.has(tokens[k].norm) || !SOURCE_NOUNS.has(tokens[k + 1]?.norm ?? '')) return false;
  // "les sources sécuritaires", "the sources close to the army": a word of its own says whose.
  if (k + 2 >= b) return true;
  const phrase = CLAIMANT_PHRASES.matchAt(tokens, k + 1);
  if (phrase && phrase.end > k + 2) return false;
  return !CLAIMANT_PHRASES.matchAt(tokens, k + 2) && !CLOSE_WORDS.has(tokens[k + 2].norm);
}

/** "Le bilan officiel est de…", "the toll given by the army": the claimant in the toll's own words. */
export function tollClaimant(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  let e = i + 1;
  while (e < s.last && e < i + 7 && tokens[e].type === 'word' && !SPEECH_WORDS.has(tokens[e].norm)) e++;
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
export const DOCUMENTS = new Set([
  ...['communique', 'statement', 'release', 'declaration', 'message', 'bilan', 'toll'],
  ...['report', 'rapport', 'study', 'etude'],
]);
const THIS = new Set([
  'le',
  'la',
  "l'",
  'ce',
  'cette',
  'the',
  'this',
  'that',
  'its',
  'son',
  'sa',
  'leur',
  'their',
]);
export const REPORT_NOUNS = new Set(['report', 'reports', 'rapport', 'rapports']);
export const NOUN_DETERMINERS = new Set([...THIS, 'un', 'une', 'an', 'their', 'leur', 'ses', 'les', 'des']);

/**
 * "Un soldat a été tué", "Two officers were killed", "Deux militaires blessés": the words
 * [a, e) count persons a kind word then says happened to; they are a toll, not a speaker.
 */
export function countedVictims(tokens: Token[], a: number, e: number): boolean {
  const counted = (t: Token | undefined) => !!t && (SINGULAR.has(t.norm) || quantityWord(t));
  if (!counted(tokens[a]) && !counted(tokens[a - 1])) return false;
  let k = e;
  while (k < e + 3 && (AUX.has(tokens[k]?.norm ?? '') || PASSIVE_AUX.has(tokens[k]?.norm ?? ''))) k++;
  return KIND_WORDS.has(tokens[k]?.norm ?? '');
}

/** "le même communiqué", "the same source", "the statement": words pointing back at the last claimant. */
export function anaphoric(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = tokens[k].norm;
    if (SAME.has(w) && w !== 'said') return true;
    if (DOCUMENTS.has(w) && k > a && (THIS.has(tokens[k - 1].norm) || SAME.has(tokens[k - 1].norm)))
      return true;
  }
  return false;
}

/** Words that open a figure ("une trentaine de militaires", "dozens of soldiers"): content, not a claimant. */
function quantityWord(t: Token): boolean {
  if (t.type === 'num') return true;
  if (SINGULAR.has(t.norm)) return false;
  return (
    EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm) || APPROX_NOUNS.has(t.norm) || PLURAL_AMOUNTS.has(t.norm)
  );
}

/** A day of a date in an aside ("a fait savoir, mardi 18 juin, le maire"): not a figure. */
function dateNumber(tokens: Token[], e: number): boolean {
  return (
    tokens[e].type === 'num' &&
    (MONTHS.has(tokens[e + 1]?.norm ?? '') || WEEKDAYS.has(tokens[e - 1]?.norm ?? ''))
  );
}

export function forward(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  // "asserts it has seized…", "said that…": what follows is the content, not the claimant.
  const nx = tokens[i + 1]?.norm ?? '';
  if (NOT_SUBJECT.has(nx) && !['the', 'les', 'des', 'de', "d'", 'a', 'an'].includes(nx)) return null;
  let e = i + 1;
  while (
    e < s.last &&
    e < i + 12 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    (!quantityWord(tokens[e]) || dateNumber(tokens, e)) &&
    !(tokens[e].norm === 'que' || tokens[e].norm === 'that') &&
    // "said a local official, who requested anonymity for security reasons": the relative says
    // something of the speaker, it does not name another.
    !(tokens[e].text === ',' && SPEAKER_RELATIVES.has(tokens[e + 1]?.norm ?? ''))
  )
    e++;
  const m = classifyAt(tokens, i + 1, e);
  // "claimed the killing of a soldier", "a confirmé la mort d'un gendarme": the deed's victim.
  if (m && victimOfDeed(tokens, i + 1, m.start)) return null;
  // "a déclaré à l'Agence France-Presse (AFP) une source militaire": the outlet is told, the one after speaks.
  if (m?.by === 'media' && ADDRESSEE.has(nx)) {
    const speaker = afterAddressee(text, tokens, s, m.end);
    if (speaker) return { ...speaker, pos: i };
  }
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, i + 1, e) } : null;
}

const VICTIM_ARTICLES = new Set([...SINGULAR, 'the', 'le', 'la', "l'", 'les', 'des']);
/** The words [from, start) end on a deed and its "of" ("the killing of a", "la mort d'un"): what follows is its victim. */
function victimOfDeed(tokens: Token[], from: number, start: number): boolean {
  let k = start - 1;
  while (k >= from && VICTIM_ARTICLES.has(tokens[k].norm)) k--;
  if (k <= from || !['of', 'de', "d'", 'du', 'des'].includes(tokens[k].norm)) return false;
  if (KIND_WORDS.has(tokens[k - 1].norm)) return true;
  // "l'assassinat d'un", "the murder of a": a kind phrase ending on its "of".
  for (let a = Math.max(from, k - 3); a < k; a++)
    if (KIND_PHRASES.matchAt(tokens, a, k + 1)?.end === k + 1) return true;
  return false;
}

const SPEAKER_RELATIVES = new Set(['who', 'which', 'qui', 'lequel', 'laquelle']);

/** "à", "au", "aux", "to": the words after a verb of saying name whom it was told to. */
const ADDRESSEE = new Set(['a', 'au', 'aux', 'to']);

/** The claimant named after an outlet that was told ("… (AFP) une source militaire"), if any. */
function afterAddressee(text: string, tokens: Token[], s: Sentence, from: number): Omit<Cue, 'pos'> | null {
  let k = from;
  // The rest of the outlet's name ("Agence France-Presse"), then its acronym in brackets.
  while (k < s.last && k < from + 3 && /^\p{Lu}/u.test(tokens[k].text)) k++;
  if (tokens[k]?.text === '(') {
    while (k < s.last && tokens[k].text !== ')') k++;
    k++;
  }
  let e = k;
  while (
    e < s.last &&
    e < k + 10 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    !quantityWord(tokens[e])
  )
    e++;
  const m = classifyAt(tokens, k, e);
  return m && m.by !== 'media' ? { by: m.by, source: claimantWords(text, tokens, m, k, e) } : null;
}
