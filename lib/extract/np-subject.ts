/**
 * The subject a figure's noun phrase names: a thing over persons, a foreign force over its
 * fighters, the other noun beside "people" (pickSubject), and the side of a group named before the
 * head noun ("12 GATIA fighters", modifierSide).
 */
import { THING_SUBJECTS as THINGS, type Subject } from '../types';
import type { Token } from './tokens';
import { findGroups } from './groups';
import { GROUP_SIDES } from './lexicon-actors';

export const THING_SUBJECTS = new Set<Subject>(THINGS);
/** Does the figure count things (vehicles, weapons, bases…), not persons? */
export const isThing = (f: { subject: Subject | null }): boolean =>
  !!f.subject && THING_SUBJECTS.has(f.subject);
const FOREIGNABLE = new Set<Subject>(['foreign_forces', 'soldiers', 'militants']);

/** The side of a group named inside the phrase [from, to), before its head noun. */
export function modifierSide(tokens: Token[], from: number, to: number): Subject | null {
  const g = findGroups(tokens, from, to)[0];
  return g ? (GROUP_SIDES.get(g.name) ?? null) : null;
}

export function pickSubject(subjects: Subject[], foreign: boolean, securityish: boolean): Subject | null {
  if (!subjects.length) return securityish ? 'soldiers' : null;
  const thing = subjects.find((s) => THING_SUBJECTS.has(s));
  if (thing) return thing;
  let persons = [...new Set(subjects)];
  // "seven Wagner fighters", "Russian paramilitaries": a foreign name on a fighter noun.
  if (foreign && persons.includes('foreign_forces') && persons.every((p) => FOREIGNABLE.has(p)))
    persons = ['foreign_forces'];
  let s: Subject =
    persons.length > 1
      ? persons.includes('people') && persons.length === 2
        ? persons.find((p) => p !== 'people')!
        : 'people'
      : persons[0];
  if (foreign && (s === 'soldiers' || s === 'militants')) s = 'foreign_forces';
  return s;
}
