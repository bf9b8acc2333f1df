/**
 * The side of a sentence's subjectless tolls: a side marker after or before it ("bilan ami de 27
 * morts", "12 morts dans leurs rangs", "les pertes de Wagner s'élèvent à 80"), the persons it is a
 * part of ("dont une vingtaine"), else the toll before it, when no other side is named between.
 */
import type { Subject } from '../types';
import type { Figure } from './claims';
import { THING_SUBJECTS } from './noun-phrase';
import { ARMY_WORDS, PERSON_KINDS, SIDE_MARKERS, SUBJECT_WORDS } from './lexicon';
import { forceOrSideAt, ownPredicate, sideOfSentenceBefore } from './predicates';
import { bySexOrAge, detailOfTotal } from './breakdown-details';
import { findGroups } from './groups';
import { ALLIES, LOSSES } from './side-markers';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

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

/**
 * A part of a breakdown, a bare number right before a side marker: "77 morts, dont 32 parmi les
 * assaillants" — the marker stands for the part's noun, not the total's side (not "33 blessés
 * dont 21 graves et sept disparus parmi les soldats", all of them soldiers).
 */
function partBetween(figs: Figure[], a: number, b: number): boolean {
  return figs.some((g) => g.breakdown && g.q.first >= a && g.last === g.q.last && b - g.last <= 1);
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
      // "7 dead in the ranks of the army and 12 dead in the ranks of the attackers": a marker right
      // after another figure is that figure's own, not one set before this one.
      const ownedBefore =
        !!before && figs.some((g) => g !== f && g.last <= before.start && before.start - g.last <= 2);
      // "côté ami, 02 morts et 05 blessés ; côté ennemi, …": a marker after a ";" opens the next
      // list, and one right before the figure beats a farther one after it.
      const after = markers.find(
        (m) =>
          m.start >= f.last &&
          m.start - f.last <= 12 &&
          !explicitBetween(f.last, m.start) &&
          !partBetween(figs, f.last, m.start) &&
          !semicolonBetween(tokens, f.last, m.start) &&
          !(
            before &&
            !ownedBefore &&
            f.q.first - before.end <= 2 &&
            m.start - f.last > f.q.first - before.end
          ),
      );
      // "plus de 100 passagers, dont une vingtaine ont péri": a part of the persons just counted,
      // with or without a kind of their own.
      const whole =
        f.breakdown && figs[n - 1]?.subject && !THING_SUBJECTS.has(figs[n - 1].subject!) ? figs[n - 1] : prev;
      // "dont 32 du côté des assaillants et 18 dans les rangs de l'armée": a part's own marker
      // beats the side of the part or whole before it.
      const own = after && after.start - f.last <= 1;
      if (f.others && prev?.subject) f.subject = prev.subject;
      else if (f.breakdown && whole?.subject && !own) f.subject = whole.subject;
      else if (after) {
        f.subject = ownerSide(tokens, s, after, f) ?? after.value;
        f.sided = true;
      } else if (before) {
        f.subject = ownerSide(tokens, s, before, f) ?? before.value;
        f.sided = true;
      } else if (
        prevTop?.subject &&
        prevTop.kind &&
        PERSON_KINDS.has(prevTop.kind) &&
        !sideNamedBetween(tokens, prevTop.last, f.q.first)
      )
        f.subject = prevTop.subject;
      else if (!prevTop) f.subject = deniedSide(tokens, s.first, f.q.first);
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

/** Words that count no one: "aucun soldat", "no soldiers", "none of the civilians". */
const NONE = new Set(['aucun', 'aucune', 'nul', 'no', 'none']);
const NONE_REACH = 4;

/**
 * "Aucun soldat n'a été tué, mais deux ont été blessés", "No soldiers died, but two were
 * wounded": the persons a sentence counts as none are what its first bare number counts; null
 * when the sentence denies no side before the figure.
 */
function deniedSide(tokens: Token[], from: number, at: number): Subject | null {
  for (let k = from; k < at; k++) {
    if (!NONE.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(at, k + NONE_REACH); j++) {
      const side = SUBJECT_WORDS.get(tokens[j].norm);
      if (side && PERSON_SIDES.has(side)) return side;
    }
  }
  return null;
}

/**
 * "The army lost 20 men, while the attackers suffered dozens of casualties": a side named between
 * two tolls is the next one's subject, which does not take the side of the toll before.
 */
function sideNamedBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const side = SUBJECT_WORDS.get(tokens[k].norm);
    if (side && PERSON_SIDES.has(side)) return true;
  }
  return findGroups(tokens, a, b).length > 0;
}

const POSSESSIVES = new Set(['leurs', 'leur', 'their', 'ses', 'its']);
/** The sides a person belongs to (not "people", whose side is unsaid). */
export const PERSON_SIDES = new Set<Subject>([
  'soldiers',
  'militants',
  'foreign_forces',
  'militia',
  'civilians',
]);
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
