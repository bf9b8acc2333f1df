/**
 * Tallies as communiqués list them: a label before a colon and the number after it ("Motos
 * récupérées : 12", "- PKM : 02"), or before the number in brackets ("motos (07)").
 */
import type { Kind, Subject } from '../types';
import { modelLength } from './item-names';
import { KIND_WORDS, LIST_BULLETS, SUBJECT_WORDS } from './lexicon';
import type { Token } from './tokens';

/** Where a label's words stop: the item before it, a bullet, a list separator. */
const LABEL_STOPS = new Set([...LIST_BULLETS, ';', ':', ',', '.', '(', ')']);

/**
 * A label before a colon and the number after it, as communiqués list their tallies: "Motos
 * récupérées : 12", "terroristes neutralisés : 15", "- PKM : 02", or before the number in
 * brackets: "motos (07)". Its subject, and its kind if it says one.
 */
export function labelBefore(
  tokens: Token[],
  q: number,
  qEnd: number,
  from: number,
): { subject: Subject; kind: Kind | null; start: number } | null {
  // "motos (12)", "AK-47 (08)": the count in brackets after its label.
  const bracketed = tokens[q - 1]?.text === '(' && tokens[qEnd]?.text === ')';
  if (tokens[q - 1]?.text !== ':' && !bracketed) return null;
  // "AK-47 : 08", "RPG 7 : 02": a model's name as the label is a weapon.
  for (let m = 1; m <= 3; m++)
    if (q - 1 - m >= from && modelLength(tokens, q - 1 - m) === m)
      return { subject: 'weapons', kind: null, start: q - 1 - m };
  let start = q - 1;
  while (
    start - 1 >= from &&
    start > q - 7 &&
    tokens[start - 1].type === 'word' &&
    !LABEL_STOPS.has(tokens[start - 1].text)
  )
    start--;
  let subject: Subject | null = null;
  let kind: Kind | null = null;
  // The label is the noun nearest the count: "les FAMa ont récupéré des motos (04)" counts motos.
  let at = -1;
  for (let k = q - 2; k >= start && at < 0; k--) {
    subject = SUBJECT_WORDS.get(tokens[k].norm) ?? null;
    if (subject) at = k;
  }
  for (let k = start; k < q - 1; k++) kind ??= KIND_WORDS.get(tokens[k].norm) ?? null;
  // In brackets, the claim's words begin at the label's noun, not at the sentence's subject.
  return subject ? { subject, kind, start: bracketed ? at : start } : null;
}
