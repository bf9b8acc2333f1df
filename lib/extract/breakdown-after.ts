/**
 * A toll broken down in the sentence after it: "L'attaque a fait 12 morts. Parmi eux, 5
 * soldats.", "12 people were killed. Five of them were soldiers.", "Cinq d'entre eux sont des
 * militaires". The figure counts persons of the toll before; it takes that toll's kind. And a toll
 * counted again in the sentence after it: "Officials later put the number at 34."
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import { FIGURE_NOUNS, PERSON_KINDS } from './lexicon';
import { THING_SUBJECTS } from './noun-phrase';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const AMONG = new Set(['parmi', 'among']);
const THEM = new Set(['eux', 'elles', 'them', 'those', 'lesquels', 'lesquelles']);
/** How far into its sentence the figure may stand after "Parmi eux": "Parmi eux, on compte 5 soldats". */
const OPENS_WITHIN = 6;

/** "Parmi eux, …", "Among them were …" opening the sentence before the figure. */
function amongThem(tokens: Token[], s: Sentence, f: Figure): boolean {
  return (
    AMONG.has(tokens[s.first]?.norm ?? '') &&
    THEM.has(tokens[s.first + 1]?.norm ?? '') &&
    f.q.first - s.first <= OPENS_WITHIN
  );
}

/** "five of them", "cinq d'entre eux": the figure counts a part of those named before. */
function ofThem(tokens: Token[], f: Figure): boolean {
  const a = tokens[f.q.last];
  if (a?.norm === 'of') return THEM.has(tokens[f.q.last + 1]?.norm ?? '');
  return (
    a?.norm === "d'" && tokens[f.q.last + 1]?.norm === 'entre' && THEM.has(tokens[f.q.last + 2]?.norm ?? '')
  );
}

/** Gives figure f the kind of the toll before (`last`) when its sentence breaks that toll down. */
export function breakdownOfLast(tokens: Token[], s: Sentence, f: Figure, last: Kind | null): void {
  if (f.kind || !last || !PERSON_KINDS.has(last)) return;
  if (!f.subject || f.subject === 'people' || THING_SUBJECTS.has(f.subject)) return;
  if (!amongThem(tokens, s, f) && !(f.q.first === s.first && ofThem(tokens, f))) return;
  f.kind = last;
  f.kindFrom = 'back';
  f.breakdown = true;
  f.explicit = true;
}

/** Words between a figure's noun and its number: "put the figure at 34", "le chiffre de 26". */
const FIGURE_LINKS = new Set(['at', 'of', 'a', 'de', "d'"]);
const NUMBER_NOUNS = new Set(['number', 'nombre']);
const FIGURE_DETERMINERS = new Set(['the', 'a', 'this', 'their', 'its', 'le', 'un', 'ce', 'leur']);

/**
 * "Officials later put the number at 34.", "Des habitants avancent le chiffre de 26.": a bare
 * figure set by a figure's noun, in the sentence after a toll, counts that toll again: its kind
 * and its side.
 */
export function restatedOfLast(
  tokens: Token[],
  f: Figure,
  last: { kind: Kind; subject: Subject | null } | null,
): void {
  if (f.kind || f.subject || !last || !PERSON_KINDS.has(last.kind)) return;
  const link = tokens[f.q.first - 1]?.norm ?? '';
  const noun = tokens[f.q.first - 2]?.norm ?? '';
  if (!FIGURE_LINKS.has(link) || !(FIGURE_NOUNS.has(noun) || NUMBER_NOUNS.has(noun))) return;
  // "ils sont au nombre de 3": a count of what the sentence names, not a toll restated.
  if (!FIGURE_DETERMINERS.has(tokens[f.q.first - 3]?.norm ?? '')) return;
  f.kind = last.kind;
  f.kindFrom = 'inherit';
  // The side of the toll it counts again or is set against.
  f.subject = last.subject;
}
