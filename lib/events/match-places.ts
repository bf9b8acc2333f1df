/**
 * The places of two reports, for matching: shared and merely similar places (comparePlaces),
 * places near enough to be one attack told from two towns (nearOrUnplaced), two main places on
 * two days tied only by a mention (otherDayElsewhere), and one report's main place named by the
 * other (mainPlaceShared).
 */
import { distanceKm } from '../places';
import type { IncidentFacts } from './incident-facts';
import { placeRelation } from './place-relation';

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

/** Places close enough to be one attack told from two towns (within REGION_KM), or one side unplaced. */
export function nearOrUnplaced(a: IncidentFacts, b: IncidentFacts): boolean {
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
export function otherDayElsewhere(a: IncidentFacts, b: IncidentFacts): boolean {
  if (a.when.to! >= b.when.from! && b.when.to! >= a.when.from!) return false;
  const [ma, mb] = [a.places[0], b.places[0]];
  if (!ma || !mb || placeRelation(ma, mb) !== 'different') return false;
  // A report names the other's main place too: the one thing that tied them.
  const names = (f: IncidentFacts, p: IncidentFacts['places'][number]) =>
    f.places.some((q) => placeRelation(p, q) === 'same');
  return names(a, mb) || names(b, ma);
}

/** Whether the first place `a` names (its main locality) is one of `b`'s places. */
export function mainPlaceShared(a: IncidentFacts, b: IncidentFacts): boolean {
  const main = a.places[0];
  return !!main && b.places.some((p) => placeRelation(main, p) === 'same');
}
