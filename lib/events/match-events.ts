/**
 * Same-event matching (pure): is this incident the attack another report
 * describes? Places (gazetteer ids, else spellings), a date window that
 * widens with vaguer dates, actors and agreeing figures.
 * The comparisons of dates, places and figures are in match-dates.ts, match-places.ts and
 * match-figures.ts; this module re-exports the ones used elsewhere.
 */
import type { MatchReason } from '../types';
import { dayNumber } from './dates';
import type { IncidentFacts } from './incident-facts';
import { compareWhen, describeDates } from './match-dates';
import { compareClaims, tellingFigure } from './match-figures';
import { comparePlaces, mainPlaceShared, nearOrUnplaced, otherDayElsewhere } from './match-places';
import { ACTOR_KIN } from '../extract/lexicon-actors';

export { compareWhen, describeDates, type DateRelation } from './match-dates';
export { compareClaims, figureDigest, parseDigest, tellingDigests } from './match-figures';
export { comparePlaces } from './match-places';

/** Actors of `a` that `b` names too, by name or by kin ("Dan Na Ambassagou" and "Dozo"). */
export function sharedActors(a: string[], b: string[]): string[] {
  const kin = (x: string) => ACTOR_KIN.get(x) ?? x;
  const theirs = new Set(b.map(kin));
  return a.filter((x) => theirs.has(kin(x)));
}

/** Both name actors, and none in common: another group's attack. */
const actorsConflict = (a: string[], b: string[]) =>
  a.length > 0 && b.length > 0 && sharedActors(a, b).length === 0;

/**
 * Whether incident `a` is the attack incident `b` describes; null when not.
 * Same town on another date is another attack; with no usable date the
 * places, actors and figures must all agree.
 */
export function matchIncidents(a: IncidentFacts, b: IncidentFacts): MatchReason | null {
  const places = comparePlaces(a.places, b.places);
  if (!places.same.length && !places.similar.length) return sameDayAndToll(a, b);
  const date = compareWhen(a.when, b.when);
  if (date === 'different') return null;
  const sameActors = sharedActors(a.actors, b.actors);
  const actorConflict = actorsConflict(a.actors, b.actors);
  const claims = compareClaims(a.claims, b.claims);
  const strongPlace = places.same.length > 0;

  let ok: boolean;
  if (
    date === 'same' &&
    otherDayElsewhere(a, b) &&
    !sameActors.length &&
    !(claims.agree > 0 && claims.agree >= claims.conflict)
  )
    // Two days, two main places, one report naming the other's place: only the same
    // group or the same figures make it one attack (a series), not the mention.
    ok = false;
  else if (date === 'same') ok = strongPlace || !actorConflict;
  else if (date === 'compatible')
    ok = (strongPlace && !actorConflict) || (sameActors.length > 0 && claims.agree > 0);
  else if (!a.readable || !b.readable)
    // A report we cannot read has only its places: its main place must be one the other names.
    ok = mainPlaceShared(a.readable ? b : a, a.readable ? a : b);
  else
    ok =
      strongPlace &&
      claims.agree > claims.conflict &&
      (sameActors.length > 0 ? claims.agree >= 1 : !actorConflict && claims.agree >= 2);
  if (!ok) return null;

  let score = strongPlace ? 0.4 + 0.05 * Math.min(places.same.length - 1, 2) : 0.2;
  score += date === 'same' ? 0.3 : date === 'compatible' ? 0.15 : 0;
  score += sameActors.length ? 0.15 : actorConflict ? -0.1 : 0;
  score += 0.05 * Math.min(claims.agree, 3) - 0.03 * Math.min(claims.conflict, 3);
  return {
    samePlaces: places.same,
    similarPlaces: places.similar,
    dates: describeDates(a.when, b.when, date),
    sameActors,
    score: Math.round(Math.max(0.01, Math.min(1, score)) * 100) / 100,
  };
}

/**
 * No shared place, but the same day and the same toll to the unit (tellingFigure), with no
 * figure in conflict and no other group named: one attack placed differently — at a nearby town
 * or its region ("Ségou" for a village of its region), or not placed at all.
 */
function sameDayAndToll(a: IncidentFacts, b: IncidentFacts): MatchReason | null {
  const sameDay =
    a.when.kind === 'day' &&
    b.when.kind === 'day' &&
    Math.abs(dayNumber(a.when.from!) - dayNumber(b.when.from!)) <= 1;
  if (!sameDay || !a.readable || !b.readable) return null;
  if (actorsConflict(a.actors, b.actors)) return null;
  if (!a.claims.some((x) => b.claims.some((y) => tellingFigure(x, y)))) return null;
  if (compareClaims(a.claims, b.claims).conflict > 0) return null;
  if (!nearOrUnplaced(a, b)) return null;
  return {
    samePlaces: [],
    similarPlaces: [],
    dates: describeDates(a.when, b.when, 'same'),
    sameActors: sharedActors(a.actors, b.actors),
    score: 0.3,
  };
}

/**
 * A report with no usable date that names the other's main place (or whose main place the other
 * names), with no other group named and the same telling toll: the same attack only if no other
 * event at that place competes (groupReports decides, last). A report that names no place is
 * tied by the toll alone, with no figure in conflict (an unreadable Arabic page too: its figures
 * are read).
 */
export function undatedPlaceMatch(a: IncidentFacts, b: IncidentFacts): boolean {
  // A report that names no place (often an Arabic page, whose days and places grouping does not
  // use): the same telling toll, with nothing in conflict, is the tie; figures are read in any language.
  const unplaced = !a.places.length || !b.places.length;
  if ((!unplaced && (!a.readable || !b.readable)) || compareWhen(a.when, b.when) !== 'unknown') return false;
  if (unplaced && compareClaims(a.claims, b.claims).conflict > 0) return false;
  if (!unplaced && !mainPlaceShared(a, b) && !mainPlaceShared(b, a)) return false;
  if (actorsConflict(a.actors, b.actors)) return false;
  return a.claims.some((x) => b.claims.some((y) => tellingFigure(x, y)));
}

/** A match on places alone: no usable date, and one side unreadable (groupReports attaches these last). */
export function isWeakMatch(a: IncidentFacts, b: IncidentFacts): boolean {
  return (!a.readable || !b.readable) && compareWhen(a.when, b.when) === 'unknown';
}

/** The best match of an incident with any report already linked to an event. */
export function matchEvent(incident: IncidentFacts, members: IncidentFacts[]): MatchReason | null {
  let best: MatchReason | null = null;
  for (const m of members) {
    const r = matchIncidents(incident, m);
    if (r && (!best || r.score > best.score)) best = r;
  }
  return best;
}
