/**
 * Same-event matching (pure): is this incident the attack another report
 * describes? Places (gazetteer ids, else spellings), a date window that
 * widens with vaguer dates, actors and agreeing figures.
 */
import { PERSON_SUBJECTS, type Claim, type MatchReason } from '../types';
import { dayNumber, formatDayRange, formatMonth } from './dates';
import type { IncidentFacts, When } from './incident-facts';
import { placeRelation } from './place-relation';
import { distanceKm } from '../places';
import { ACTOR_KIN } from '../extract/lexicon-actors';

/** Actors of `a` that `b` names too, by name or by kin ("Dan Na Ambassagou" and "Dozo"). */
export function sharedActors(a: string[], b: string[]): string[] {
  const kin = (x: string) => ACTOR_KIN.get(x) ?? x;
  const theirs = new Set(b.map(kin));
  return a.filter((x) => theirs.has(kin(x)));
}

/** Both name actors, and none in common: another group's attack. */
const actorsConflict = (a: string[], b: string[]) =>
  a.length > 0 && b.length > 0 && sharedActors(a, b).length === 0;

export type DateRelation = 'same' | 'compatible' | 'different' | 'unknown';

const TOLERANCE: Record<When['kind'], number> = { day: 2, span: 1, published: 0, month: 0, year: 0, none: 0 };
const PRECISE = new Set<When['kind']>(['day', 'span']);

/**
 * same: two precise dates within ±2 days (±1 around a span) · compatible: a
 * publication week or a month that contains the other · different · unknown:
 * one side has no usable date (the other evidence must then be strong).
 */
export function compareWhen(a: When, b: When): DateRelation {
  if (a.year && b.year && a.year !== b.year && (a.kind === 'year' || b.kind === 'year')) return 'different';
  if (!a.from || !a.to || !b.from || !b.to) {
    const yearOf = (w: When) => w.year ?? (w.from ? w.from.slice(0, 4) : null);
    const ya = yearOf(a);
    const yb = yearOf(b);
    // A year is only a year: a publication week across New Year still matches.
    if (ya && yb && ya !== yb && a.kind !== 'published' && b.kind !== 'published') return 'different';
    return 'unknown';
  }
  const gap = Math.max(0, dayNumber(b.from) - dayNumber(a.to), dayNumber(a.from) - dayNumber(b.to));
  const precise = PRECISE.has(a.kind) && PRECISE.has(b.kind);
  const tolerance = precise ? Math.max(TOLERANCE[a.kind], TOLERANCE[b.kind]) : 0;
  if (gap > tolerance) return 'different';
  return precise ? 'same' : 'compatible';
}

/** Shared places (by key or identical spelling) and pairs of merely similar spellings. */
export function comparePlaces(a: IncidentFacts['places'], b: IncidentFacts['places']) {
  const same: string[] = [];
  const similar: Array<[string, string]> = [];
  const matchedB = new Set<number>();
  for (const pa of a) {
    let possible: number | null = null;
    let found = false;
    b.forEach((pb, j) => {
      if (found) return;
      const r = placeRelation(pa, pb);
      if (r === 'same') {
        found = true;
        matchedB.add(j);
      } else if (r === 'possible' && possible === null) possible = j;
    });
    if (found) same.push(pa.canonical ?? pa.name);
    else if (possible !== null) similar.push([pa.name, b[possible].name]);
  }
  return { same: [...new Set(same)], similar };
}

/**
 * For matching, figures agree when their ranges overlap once widened by 10%
 * (at least 2): "80" and "more than 80" are the same toll for this purpose.
 */
type Figure = Pick<Claim, 'kind' | 'subject' | 'min' | 'max'>;

const close = (a: Figure, b: Figure) => {
  const tol = Math.max(2, Math.round(0.1 * Math.max(a.min, b.min)));
  return (a.max === null || b.min <= a.max + tol) && (b.max === null || a.min <= b.max + tol);
};

/** (kind, subject) rows whose figures are close (agree) or far apart (conflict). */
export function compareClaims(a: Figure[], b: Figure[]): { agree: number; conflict: number } {
  let agree = 0;
  let conflict = 0;
  // Persons whose side a report does not say are, for this purpose, the civilians another counts.
  const key = (c: Figure) => `${c.kind}/${c.subject === 'people' ? 'civilians' : c.subject}`;
  const bByKey = new Map<string, Figure[]>();
  for (const c of b) bByKey.set(key(c), [...(bByKey.get(key(c)) ?? []), c]);
  for (const k of new Set(a.map(key))) {
    const mine = a.filter((c) => key(c) === k);
    const others = bByKey.get(k);
    if (!others) {
      // "17 blessés" in one report, "17 soldats blessés" in the other: the same toll if it agrees;
      // a side one report does not say is no conflict.
      const fallback = unsidedFallback(a, b, k);
      if (fallback && mine.some((x) => fallback.some((y) => close(x, y)))) agree++;
      continue;
    }
    if (mine.some((x) => others.some((y) => close(x, y)))) agree++;
    else conflict++;
  }
  return { agree, conflict };
}

/**
 * A toll one report gives with no side ("17 blessés") and the other gives for one side only
 * ("17 soldats blessés"), neither having the other's row: the same row for comparing.
 */
function unsidedFallback(a: Figure[], b: Figure[], k: string): Figure[] | undefined {
  const [kind, subject] = k.split('/');
  const rows = (list: Figure[]) => new Set(list.filter((c) => c.kind === kind).map((c) => c.subject));
  const mine = rows(a);
  const theirs = rows(b);
  const bare = (s: Set<string>) => s.size === 1 && s.has('people');
  if (subject === 'civilians' && bare(mine) && theirs.size === 1 && !theirs.has('civilians'))
    return b.filter((c) => c.kind === kind);
  if (subject !== 'civilians' && mine.size === 1 && bare(theirs)) return b.filter((c) => c.kind === kind);
  return undefined;
}

/** The dates both reports allow, for the explanation ("1–2 July 2025"). */
export function describeDates(a: When, b: When, relation: DateRelation): string {
  if (relation === 'unknown') {
    const known = [a, b].find((w) => PRECISE.has(w.kind));
    return known?.from
      ? `${formatDayRange(known.from, known.to ?? known.from)} (not confirmed)`
      : 'date not confirmed';
  }
  const precise = [a, b].filter((w) => PRECISE.has(w.kind));
  if (precise.length) {
    const from = precise.map((w) => w.from!).sort()[0];
    const to = precise
      .map((w) => w.to!)
      .sort()
      .at(-1)!;
    return formatDayRange(from, to);
  }
  const month = [a, b].find((w) => w.kind === 'month');
  if (month?.from) return formatMonth(month.from);
  const from = [a.from!, b.from!].sort()[1];
  const to = [a.to!, b.to!].sort()[0];
  return from <= to ? `between ${formatDayRange(from, to)}` : formatDayRange(to, from);
}

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

/** Places close enough to be one attack told from two towns (within REGION_KM), or one side unplaced. */
function nearOrUnplaced(a: IncidentFacts, b: IncidentFacts): boolean {
  if (!a.places.length || !b.places.length) return true;
  for (const p of a.places)
    for (const q of b.places) {
      if (p.lat === undefined || q.lat === undefined || p.lon === undefined || q.lon === undefined) continue;
      const d = distanceKm(
        { name: p.name, id: p.id, lat: p.lat, lon: p.lon },
        { name: q.name, id: q.id, lat: q.lat, lon: q.lon },
      );
      if (d !== null && d <= REGION_KM) return true;
    }
  return false;
}
const REGION_KM = 150;

/** Two precise dates that do not overlap, two different main places, and one report naming the other's. */
function otherDayElsewhere(a: IncidentFacts, b: IncidentFacts): boolean {
  if (a.when.to! >= b.when.from! && b.when.to! >= a.when.from!) return false;
  const [ma, mb] = [a.places[0], b.places[0]];
  if (!ma || !mb || placeRelation(ma, mb) !== 'different') return false;
  // A report names the other's main place too: the one thing that tied them.
  const names = (f: IncidentFacts, p: IncidentFacts['places'][number]) =>
    f.places.some((q) => placeRelation(p, q) === 'same');
  return names(a, mb) || names(b, ma);
}

/** Whether the first place `a` names (its main locality) is one of `b`'s places. */
function mainPlaceShared(a: IncidentFacts, b: IncidentFacts): boolean {
  const main = a.places[0];
  return !!main && b.places.some((p) => placeRelation(main, p) === 'same');
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

/**
 * The same toll of some size, to the unit ("24 soldiers killed" in both, or "at least 24" in both,
 * or "24" in one and "at least 24" in the other): two attacks at one place rarely share one. A
 * side the text does not say matches any side.
 */
function tellingFigure(x: Figure, y: Figure): boolean {
  if (x.kind !== y.kind || x.min !== y.min || x.min < TELLING_MIN) return false;
  // "at least 80 militants" and "80 militants": one figure, worded with or without its floor.
  if (x.max !== y.max) return x.subject === y.subject && floorOfExact(x, y);
  // "24 people" is "24 civilians" only as an exact toll: "at least 24" is too common a phrase.
  if (x.subject === y.subject) return true;
  // Foreign troops fighting beside the army are often told as "soldiers": the same exact toll is the same men.
  const forces = new Set([x.subject, y.subject]);
  if (x.max !== null && forces.has('soldiers') && forces.has('foreign_forces')) return true;
  return x.max !== null && (x.subject === 'people' || y.subject === 'people');
}
const TELLING_MIN = 10;

/** One of the two is "at least N" and the other exactly N. */
const floorOfExact = (x: Figure, y: Figure) =>
  (x.max === null && y.max === y.min) || (y.max === null && x.max === x.min);

/**
 * The digests ("killed/soldiers/24/24") under which a stored event holding a toll that
 * tellingFigure would match is indexed: the toll itself, its wording with or without its floor
 * ("24" and "at least 24"), and for an exact toll the subjects tellingFigure lets it stand for.
 */
export function tellingDigests(claims: Figure[]): string[] {
  const out = new Set<string>();
  const digest = (c: Figure, subject: string) => `${c.kind}/${subject}/${c.min}/${c.max ?? ''}`;
  for (const c of claims) {
    if (c.min < TELLING_MIN) continue;
    out.add(digest(c, c.subject));
    // "at least 80" is told as "80" elsewhere, and the other way round (tellingFigure).
    if (c.max === null || c.max === c.min)
      out.add(`${c.kind}/${c.subject}/${c.min}/${c.max === null ? c.min : ''}`);
    if (c.max === null) continue;
    const others = c.subject === 'people' ? PERSON_SUBJECTS : ['people'];
    for (const s of others) out.add(digest(c, s));
    if (c.subject === 'soldiers') out.add(digest(c, 'foreign_forces'));
    if (c.subject === 'foreign_forces') out.add(digest(c, 'soldiers'));
  }
  return [...out];
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

/** Figures as compact strings, for the store to keep on an event ("killed/soldiers/21/21"). */
export function figureDigest(claims: Claim[]): string[] {
  return [
    // Earlier tolls too: matchIncidents compares every figure.
    ...new Set(claims.map((c) => `${c.kind}/${c.subject}/${c.min}/${c.max ?? ''}`)),
  ];
}

export function parseDigest(digest: string[]): Figure[] {
  return digest.map((s) => {
    const [kind, subject, min, max] = s.split('/');
    return { kind, subject, min: Number(min), max: max === '' ? null : Number(max) } as Figure;
  });
}
