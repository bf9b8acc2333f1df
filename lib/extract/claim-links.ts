/**
 * How the figures of one sentence lean on each other (lists: list-links.ts; revised and
 * superseded tolls: claim-revisions.ts): gapped figures ("et 23 lors des ratissages", "l'ennemi
 * 12"), counter-claims and tolls ("the death toll rose to 64"); the sides of subjectless tolls are
 * toll-sides.ts's.
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import {
  ARMY_WORDS,
  FIGURE_NOUNS,
  KIND_WORDS,
  PERSON_KINDS,
  SIDE_MARKERS,
  SPEECH_WORDS,
  SUBJECT_WORDS,
} from './lexicon';
import { REVISION } from './number-words';
import { standsNowAt } from './claim-revisions';
import { ownPredicate } from './predicates';
import { PERSON_SIDES } from './toll-sides';
import type { Sentence } from './sentences';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import type { Token } from './tokens';

/** "31 assaillants ont été tués le matin et 12 au cours de la poursuite": a bare number repeats the figure before it. */
export function gapping(tokens: Token[], figs: Figure[]): void {
  for (let n = 1; n < figs.length; n++) {
    const f = figs[n];
    const p = figs[n - 1];
    if (f.kind || f.q.indefinite || !p.kind) continue;
    // "six morts du côté de l'armée et 20 chez les assaillants": a side marker in place of the noun.
    if (f.subject && !SIDE_MARKERS.matchAt(tokens, f.q.last, f.q.last + 8)) continue;
    // "Les FAMa ont perdu 2 hommes, l'ennemi 12", "the army lost two men, the jihadists 12": the
    // side's noun stands in for the verb left out.
    const side = gappedSide(tokens, f.q.first);
    if (side && PERSON_KINDS.has(p.kind)) {
      f.kind = p.kind;
      f.kindFrom = 'inherit';
      f.subject = side;
      f.explicit = true;
      continue;
    }
    const before = tokens[f.q.first - 1]?.norm ?? '';
    if (!['et', 'and', ',', 'puis', 'then', ':'].includes(before)) continue;
    // "12 soldats ont été tués et 5 ont réussi à s'échapper", "and 20 others fled": a predicate of
    // its own that names no kind.
    if (ownPredicate(tokens, f.q.last)) continue;
    // The kind repeats; the side may be said again ("49 morts parmi les civils et 15 parmi les militaires").
    f.kind = p.kind;
    f.kindFrom = 'inherit';
    const marker = SIDE_MARKERS.matchAt(tokens, f.q.last, f.q.last + 8);
    if (!marker && p.subject) {
      f.subject = p.subject;
      f.explicit = p.explicit;
    }
  }
}

const GAP_OPENERS = new Set([',', ';', 'et', 'and', 'while', 'tandis', 'contre', 'against']);
const GAP_DETERMINERS = new Set(['le', 'la', "l'", 'les', 'the', 'que', "qu'"]);
/** The side named right before a bare number, after a comma or "et": "…, l'ennemi 12", "and the jihadists 12". */
function gappedSide(tokens: Token[], at: number): Subject | null {
  const noun = tokens[at - 1];
  if (!noun || noun.type !== 'word') return null;
  let side = SUBJECT_WORDS.get(noun.norm) ?? null;
  if (!side && ARMY_WORDS.has(noun.norm)) side = 'soldiers';
  if (!side || !PERSON_SIDES.has(side)) return null;
  let k = at - 2;
  while (k >= 0 && GAP_DETERMINERS.has(tokens[k].norm)) k--;
  return GAP_OPENERS.has(tokens[k]?.norm ?? '') ? side : null;
}

/**
 * "L'armée parle de 12 morts, le JNIM en revendique 40", "the army said 12 soldiers died, while
 * the group claimed 40": a bare number a claimant gives against a toll told before it in the
 * sentence counts the same thing.
 */
export function counterClaims(tokens: Token[], figs: Figure[]): void {
  for (let n = 1; n < figs.length; n++) {
    const f = figs[n];
    if (f.kind || f.subject || f.q.indefinite) continue;
    let k = f.q.first - 1;
    if (tokens[k]?.norm === 'en') k--;
    const w = tokens[k]?.norm ?? '';
    if (!SPEECH_WORDS.has(w) && !hasStem(w, CLAIM_STEMS)) continue;
    const p = figs
      .slice(0, n)
      .reverse()
      .find((g) => g.kind && PERSON_KINDS.has(g.kind));
    if (!p) continue;
    f.kind = p.kind;
    f.kindFrom = 'inherit';
    if (p.subject) {
      f.subject = p.subject;
      f.explicit = p.explicit;
    }
  }
}

/** "The death toll rose to 64", "a toll of 12": a bare number after a toll word is a number killed. */
export function tolls(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (const f of figs) {
    if (f.kind || f.subject) continue;
    // "the death toll … had risen to 43", "le bilan … est passé à 43": a toll's revision, across commas.
    if (risenTo(tokens, f.q.first) && tollWordBefore(tokens, s.first, f.q.first)) {
      f.kind = 'killed';
      f.kindFrom = 'back';
      continue;
    }
    for (let k = f.q.first - 1; k >= Math.max(s.first, f.q.first - 12); k--) {
      const w = tokens[k].norm;
      // "put the toll higher, at 20": the comparative's comma does not close the toll.
      if (w === ',' && COMPARATIVES.has(tokens[k - 1]?.norm ?? '') && k + 1 < f.q.first) continue;
      if (w === ',' || w === ';' || w === '.') break;
      if (w === 'toll' || w === 'tolls' || w === 'losses') {
        f.kind = 'killed';
        f.kindFrom = 'back';
        break;
      }
      // "bringing the number of civilians killed this year to more than 300".
      if (w === 'number' || w === 'nombre') {
        let kind: Kind | null = null;
        let subject: Subject | null = null;
        for (let j = k + 1; j < f.q.first; j++) {
          kind ??= KIND_WORDS.get(tokens[j].norm) ?? null;
          subject ??= SUBJECT_WORDS.get(tokens[j].norm) ?? null;
        }
        if (kind) {
          f.kind = kind;
          f.kindFrom = 'back';
          f.subject = subject;
          f.explicit = subject !== null;
        }
        break;
      }
      // "…, while Human Rights Watch put the figure at 31", "tandis que HRW avance le chiffre de
      // 31": the figure is another count of the toll told before it in the sentence.
      if (FIGURE_NOUNS.has(w)) {
        const p = figs.slice(0, figs.indexOf(f)).findLast((g) => g.kind && PERSON_KINDS.has(g.kind));
        if (p) {
          f.kind = p.kind;
          f.kindFrom = 'inherit';
        }
        break;
      }
    }
  }
}

/** Comparatives of a toll restated against another: "put the toll higher, at 20", "a bilan plus lourd, de 20". */
const COMPARATIVES = new Set(['higher', 'lower', 'heavier', 'lourd', 'eleve', 'bas']);

/** "risen to 43", "passé à 43", "s'est alourdi à 43": a revision verb, then "to"/"à", just before the number. */
export function risenTo(tokens: Token[], first: number): boolean {
  if (['to', 'a'].includes(tokens[first - 1]?.norm ?? '')) {
    // "rose to 25", "revised the toll down to 24", "revu ce bilan à la baisse à 24".
    for (let k = first - 2; k >= Math.max(0, first - 2 - REVISED_REACH); k--) {
      if (REVISION.has(tokens[k].norm)) return true;
      if (!REVISED_FILLERS.has(tokens[k].norm)) break;
    }
  }
  return standsNowAt(tokens, first);
}
/** How many words may stand between a revision's verb and its "to": "revised the death toll down to". */
const REVISED_REACH = 6;
/** The toll and the way it moved, between the verb and "to": "the toll down", "ce bilan à la baisse". */
const REVISED_FILLERS = new Set([
  ...['the', 'toll', 'death', 'it', 'this', 'figure', 'down', 'up', 'downward', 'upward', 'later', 'sharply'],
  ...['le', 'la', 'ce', 'bilan', 'a', 'baisse', 'hausse', 'ensuite', 'nettement'],
]);
const DOWN_WORDS = new Set(['down', 'downward', 'baisse', 'lowered', 'ramene']);
/** "revised down", "revu à la baisse", "lowered": the toll told after is lower than the one before. */
export function revisedDown(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 2 - REVISED_REACH); k--) {
    const w = tokens[k].norm;
    if (DOWN_WORDS.has(w)) return true;
    if (REVISION.has(w)) return false;
  }
  return false;
}
const TOLL_WORDS = new Set(['toll', 'bilan']);
function tollWordBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TOLL_WORDS.has(tokens[k].norm)) return true;
  return false;
}
