/**
 * Whether a personal pronoun can stand for a speaker named before, by number and, in French, by
 * gender: "it added" is not "Islamist militants", "a-t-elle ajouté" is not "des jihadistes" but
 * "l'armée". Only what the words mark clashes: "l'armée" has no gender here, "AFP" no number.
 * Used by speech-subject.ts.
 */
import { fold } from './tokens';

interface Marks {
  plural?: boolean;
  feminine?: boolean;
}

/** The pronouns' marks: "il", "-t-elle", "they". */
const PRONOUN_MARKS = new Map<string, Marks>([
  ['il', { plural: false, feminine: false }],
  ['elle', { plural: false, feminine: true }],
  ['ils', { plural: true }],
  ['elles', { plural: true, feminine: true }],
  ['he', { plural: false }],
  ['she', { plural: false }],
  ['it', { plural: false }],
  ['they', { plural: true }],
]);

const ENGLISH_PRONOUNS = new Set(['he', 'she', 'it', 'they']);

/** Determiners that mark their noun phrase's number and gender: "les", "une", "cette", "a". */
const DETERMINER_MARKS = new Map<string, Marks>([
  ...['les', 'des', 'ces', 'leurs', 'plusieurs', 'quelques', 'nos', 'deux', 'trois'].map(
    (w): [string, Marks] => [w, { plural: true }],
  ),
  ...['le', 'un', 'ce', 'cet', 'du', 'au'].map((w): [string, Marks] => [
    w,
    { plural: false, feminine: false },
  ]),
  ...['la', 'une', 'cette'].map((w): [string, Marks] => [w, { plural: false, feminine: true }]),
  ...["l'", 'a', 'an', 'this', 'that', 'son', 'sa'].map((w): [string, Marks] => [w, { plural: false }]),
  ...['these', 'those', 'several', 'some', 'two', 'three'].map((w): [string, Marks] => [w, { plural: true }]),
]);

/** English plural nouns by their ending ("residents", "militants"), not "press", "status", "analysis". */
const ENGLISH_PLURAL = /[^su]s$/;

/** The marks of a speaker's words: from its determiner, else from its noun's ending. */
function speakerMarks(source: string, english: boolean): Marks {
  const words = fold(source).toLowerCase().replace(/^(l')/, '$1 ').split(/\s+/).filter(Boolean);
  const det = DETERMINER_MARKS.get(words[0] ?? '');
  if (det) return det;
  // "Islamist militants", "the Malian army": an English noun phrase by its last noun's ending.
  const noun = words[words.length - 1] ?? '';
  return english && ENGLISH_PLURAL.test(noun) && !/^[A-Z]+$/.test(source) ? { plural: true } : {};
}

/** May pronoun (its word, "-t-elle" or "elle") stand for the speaker named `source`? */
export function pronounAgrees(pronoun: string, source: string): boolean {
  const word = pronoun.replace(/^.*-/, '');
  const p = PRONOUN_MARKS.get(word);
  if (!p) return true;
  const s = speakerMarks(source, ENGLISH_PRONOUNS.has(word));
  if (p.plural !== undefined && s.plural !== undefined && p.plural !== s.plural) return false;
  return !(p.feminine !== undefined && s.feminine !== undefined && p.feminine !== s.feminine && !p.plural);
}
