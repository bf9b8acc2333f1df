/**
 * How the figures of one sentence lean on each other (lists: list-links.ts; revised and
 * superseded tolls: claim-revisions.ts): gapped figures ("et 23 lors des ratissages", "l'ennemi
 * 12"), counter-claims, tolls ("the death toll rose to 64") and side markers ("bilan ami", "dans
 * ses rangs").
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import { THING_SUBJECTS } from './noun-phrase';
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
import { forceOrSideAt, ownPredicate, sideOfSentenceBefore } from './predicates';
import { bySexOrAge, detailOfTotal } from './breakdown-details';
import { findGroups } from './groups';
import { ALLIES, LOSSES } from './side-markers';
import type { Sentence } from './sentences';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import type { Token } from './tokens';

/** "31 assaillants ont été tués le matin et 12 au cours de la poursuite": a bare number repeats the figure before it. */
export function gapping(tokens: Token[], figs: Figure[]): void {
  for (let n = 1; n < figs.length; n++) {
    const f = figs[n];
    const p = figs[n - 1];
    if (f.kind || f.subject || f.q.indefinite || !p.kind) continue;
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
function risenTo(tokens: Token[], first: number): boolean {
  return ['to', 'a'].includes(tokens[first - 1]?.norm ?? '') && REVISION.has(tokens[first - 2]?.norm ?? '');
}
const TOLL_WORDS = new Set(['toll', 'bilan']);
function tollWordBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TOLL_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/** Words between a side's losses and their figure: "s'élèvent à", "stand at", "are put at about". */
const LOSS_REACH = 8;

/** The side of a marker of losses ("les pertes de Wagner", "Wagner's losses") a few words before figure f. */
function lossesBefore(
  tokens: Token[],
  markers: ReturnType<typeof SIDE_MARKERS.findAll>,
  f: Figure,
): Subject | null {
  for (let n = markers.length - 1; n >= 0; n--) {
    const m = markers[n];
    if (m.end > f.q.first) continue;
    if (f.q.first - m.end > LOSS_REACH) return null;
    for (let k = m.end; k < f.q.first; k++) if ([',', ';', '.', ':'].includes(tokens[k].text)) return null;
    return tokens.slice(m.start, m.end).some((t) => LOSSES.has(t.norm)) ? m.value : null;
  }
  return null;
}

function semicolonBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].text === ';') return true;
  return false;
}

/** Subjectless tolls take the side a marker gives ("bilan ami de 27 morts"), else the figure they follow. */
export function sides(tokens: Token[], s: Sentence, figs: Figure[]): void {
  const markers = SIDE_MARKERS.findAll(tokens, s.first, s.last);
  let prevTop: Figure | null = null;
  let prev: Figure | null = null;
  for (let n = 0; n < figs.length; n++) {
    const f = figs[n];
    // "12 personnes tuées côté amis": persons of no side, with a side marker right after their words.
    if (f.subject === 'people' && f.kind && PERSON_KINDS.has(f.kind) && !f.breakdown) {
      const m = markers.find((x) => x.start >= f.last && x.start - f.last <= 1);
      if (m) {
        f.subject = m.value;
        f.sided = true;
      }
    }
    // "Les pertes de Wagner s'élèveraient à 80 hommes", "Wagner's losses stand at 80": the owner's men.
    if (
      (f.subject === 'people' || f.subject === null) &&
      f.kind &&
      PERSON_KINDS.has(f.kind) &&
      !f.breakdown
    ) {
      const loss = lossesBefore(tokens, markers, f);
      if (loss) {
        f.subject = loss;
        f.sided = true;
      }
    }
    if (f.subject === null && f.kind && PERSON_KINDS.has(f.kind)) {
      const explicitBetween = (a: number, b: number) =>
        figs.some((g) => g !== f && g.explicit && g.q.first >= a && g.q.first < b);
      const before = [...markers]
        .reverse()
        .find((m) => m.end <= f.q.first && !explicitBetween(m.end, f.q.first));
      // "côté ami, 02 morts et 05 blessés ; côté ennemi, …": a marker after a ";" opens the next
      // list, and one right before the figure beats a farther one after it.
      const after = markers.find(
        (m) =>
          m.start >= f.last &&
          m.start - f.last <= 12 &&
          !explicitBetween(f.last, m.start) &&
          !semicolonBetween(tokens, f.last, m.start) &&
          !(before && f.q.first - before.end <= 2 && m.start - f.last > f.q.first - before.end),
      );
      // "plus de 100 passagers, dont une vingtaine ont péri": a part of the persons just counted,
      // with or without a kind of their own.
      const whole =
        f.breakdown && figs[n - 1]?.subject && !THING_SUBJECTS.has(figs[n - 1].subject!) ? figs[n - 1] : prev;
      if (f.others && prev?.subject) f.subject = prev.subject;
      else if (f.breakdown && whole?.subject) f.subject = whole.subject;
      else if (after) {
        f.subject = ownerSide(tokens, s, after, f) ?? after.value;
        f.sided = true;
      } else if (before) {
        f.subject = ownerSide(tokens, s, before, f) ?? before.value;
        f.sided = true;
      } else if (prevTop?.subject && prevTop.kind && PERSON_KINDS.has(prevTop.kind))
        f.subject = prevTop.subject;
    } else if (f.others && !f.explicit && prev?.subject) {
      f.subject = prev.subject;
    }
    // "27 civils, dont 20 hommes et 7 femmes", "12 soldiers, two of them women": persons counted by
    // sex or age are the whole's own, of its side.
    if (f.breakdown && prevTop?.subject && PERSON_SIDES.has(prevTop.subject) && bySexOrAge(tokens, f))
      f.subject = prevTop.subject;
    // "30 villageoises enlevées, dont 12 ont été libérées": a bare part with a verb of its own that
    // names no kind is no part of the toll.
    if (f.breakdown && !f.kind && prev?.kind && (f.explicit || !ownPredicate(tokens, f.q.last))) {
      f.kind = prev.kind;
      f.kindFrom = 'inherit';
    }
    // "15 soldats tués, dont 3 officiers": a part of the same side's toll, by rank, is no toll of
    // its own (SCHEMA.md breaks a toll down by side).
    if (f.breakdown && prevTop && detailOfTotal(tokens, f, prevTop)) f.notFigure = true;
    if (f.kind) {
      prev = f;
      if (!f.breakdown) prevTop = f;
    }
  }
}

const POSSESSIVES = new Set(['leurs', 'leur', 'their', 'ses', 'its']);
const PERSON_SIDES = new Set<Subject>(['soldiers', 'militants', 'foreign_forces', 'militia', 'civilians']);
/**
 * "les assaillants ont enregistré 12 morts dans leurs rangs": a marker's possessive is the
 * clause's subject when the sentence names a side before the figure, the first side of the sentence
 * before when it names no one; else the marker's own side.
 */
function ownerSide(
  tokens: Token[],
  s: Sentence,
  m: { start: number; end: number },
  f: Figure,
): Subject | null {
  let possessive = false;
  for (let k = m.start; k < m.end; k++) if (POSSESSIVES.has(tokens[k].norm)) possessive = true;
  // "3 parmi leurs alliés russes": the allies' nationality, not their owner, says the side.
  if (!possessive || tokens.slice(m.start, m.end).some((t) => ALLIES.has(t.norm))) return null;
  const antecedent = relativeOwner(tokens, s, f);
  if (antecedent) return antecedent;
  let named = false;
  let pronoun = false;
  for (let k = s.first; k < f.q.first; k++) {
    const side = SUBJECT_WORDS.get(tokens[k].norm);
    if (side && PERSON_SIDES.has(side)) return side;
    if (side || ARMY_WORDS.has(tokens[k].norm)) named = true;
    if (THEY.has(tokens[k].norm)) pronoun = true;
  }
  // "Les terroristes ont été mis en déroute. Ils comptent 12 morts dans leurs rangs": "ils", "on"
  // and "leurs" point back to the first side of the sentence before ("Celle-ci … dans ses rangs"
  // is the last one named: the marker's own side).
  const plural = tokens.slice(m.start, m.end).some((t) => THEIR.has(t.norm));
  if (!plural || !pronoun || named || findGroups(tokens, s.first, f.q.first).length) return null;
  return sideOfSentenceBefore(tokens, s.first);
}
const THEY = new Set(['ils', 'elles', 'on', 'they']);

/**
 * "…, a annoncé l'état-major, qui déplore deux morts dans ses rangs", "the army, which reported
 * two dead in its ranks": the owner is the antecedent of the relative pronoun before the figure.
 */
function relativeOwner(tokens: Token[], s: Sentence, f: Figure): Subject | null {
  for (let k = f.q.first - 1; k > s.first && k >= f.q.first - RELATIVE_REACH; k--) {
    if (!RELATIVE_PRONOUNS.has(tokens[k].norm)) continue;
    const a = tokens[k - 1].text === ',' ? k - 2 : k - 1;
    if (a < s.first) return null;
    return forceOrSideAt(tokens, a);
  }
  return null;
}
const RELATIVE_PRONOUNS = new Set(['qui', 'who', 'which']);
const RELATIVE_REACH = 4;
const THEIR = new Set(['leurs', 'leur', 'their']);
