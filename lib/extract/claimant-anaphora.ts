/**
 * Words that point back at the claimant named before — "la même source", "the official" after "a
 * military official", "selon ces sources", "le même communiqué" — and the nouns of the documents a
 * claimant issues ("communiqué", "statement", "the report"). Used by attribution.ts through
 * speech-clauses.ts.
 */
import { CLAIMANT_PHRASES } from './lexicon';
import { CLOSE_TO, IN_WORDS, MEMBERS, SOURCE_NOUNS } from './claimant-members';
import { glossArabic } from './arabic';
import { tokenize, type Token } from './tokens';

const SAME = new Set(['meme', 'memes', 'same', 'ledit', 'ladite', 'said']);

const OUR = new Set(['notre', 'nos', 'our']);
/**
 * The outlet's own word for the one it spoke to: "notre interlocuteur", "our interlocutor" — not
 * "nos sources", the outlet's own unnamed sources (attribution.test.ts).
 */
const CONTACT_NOUNS = new Set([
  ...['interlocuteur', 'interlocutrice', 'interlocuteurs', 'interlocutrices', 'informateur'],
  ...['informatrice', 'interlocutor', 'informant'],
]);

/** "la même source", "the same official", "notre interlocuteur": words that point back at the last claimant. */
export function sameWord(tokens: Token[], a: number, b: number, prior = ''): boolean {
  for (let k = a; k < b; k++) {
    if (SAME.has(tokens[k].norm) && tokens[k].norm !== 'said') return true;
    if (OUR.has(tokens[k].norm) && CONTACT_NOUNS.has(tokens[k + 1]?.norm ?? '') && k + 1 < b) return true;
  }
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
  if (!prior) return false;
  let k = a;
  while (k < b && tokens[k].norm === 'and') k++;
  // "one of the officials", "l'un des élus", "a second official": one of those named before.
  const lead = ONE_OF.find((words) => words.every((w, d) => tokens[k + d]?.norm === w));
  if (b - a > (lead ? 4 + lead.length - 1 : 4)) return false;
  // "وأوضح المسؤول": Arabic writes the article on its noun ("ال"), which the gloss leaves out.
  const arabic = /^[وف]?ال/.test(tokens[k]?.text ?? '') && MEMBERS.has(tokens[k].norm);
  if (lead) k += lead.length - 1;
  else if (arabic) k--;
  else if (!DEFINITE_MEMBER.has(tokens[k]?.norm ?? '') || k + 2 > b) return false;
  // Nothing of its own after the noun: the clause ends there, or an aside about them opens
  // ("المسؤول الذي طلب عدم الكشف عن هويته", the official who asked not to be named).
  if (k + 2 < b && tokens[k + 2].type === 'word' && !SPEAKER_RELATIVES.has(tokens[k + 2].norm)) return false;
  const noun = tokens[k + 1].norm;
  const words = tokenize(prior);
  // An Arabic claimant's words, as glossed ("مسؤول محلي": a local official).
  const said = arabic ? glossArabic(words) : words;
  return MEMBERS.has(noun) && said.some((t) => singular(t.norm) === singular(noun));
}
/** Words that pick one of several speakers named before, before their noun. */
const ONE_OF = [
  ...[['one', 'of', 'the'], ['a', 'second'], ['a', 'third'], ['another']],
  ...[
    ["l'", 'un', 'des'],
    ["l'", 'une', 'des'],
    ['un', 'autre'],
    ['une', 'autre'],
    ['un', 'second'],
  ],
  ...[
    ['une', 'seconde'],
    ['un', 'deuxieme'],
    ['une', 'deuxieme'],
  ],
];
const singular = (w: string) => w.replace(/[sx]$/, '');
/** Relatives that open an aside about a speaker: "who asked not to be named", "qui a requis l'anonymat". */
export const SPEAKER_RELATIVES = new Set(['who', 'which', 'qui']);

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
