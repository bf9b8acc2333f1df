/**
 * A toll broken down in the sentence after it: "L'attaque a fait 12 morts. Parmi eux, 5
 * soldats.", "12 people were killed. Five of them were soldiers.", "Cinq d'entre eux sont des
 * militaires". The figure counts persons of the toll before; it takes that toll's kind.
 */
import type { Kind } from '../types';
import type { Figure } from './claims';
import { PERSON_KINDS } from './lexicon';
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
