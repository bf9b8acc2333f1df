/**
 * Whether two places named by two reports are the same place. Gazetteer ids
 * decide when both sides have one; an unknown spelling can only be
 * "possibly the same place" (lib/places samePlace: a similar name, or a
 * near place with a somewhat alike name), never silently the same.
 */
import { samePlace } from '../places';
import type { PlaceRef } from './incident-facts';

export type PlaceRelation = 'same' | 'possible' | 'different';

/** Place names repeat a great deal across reports: remember the answers. */
const memo = new Map<string, PlaceRelation>();

export function placeRelation(a: PlaceRef, b: PlaceRef): PlaceRelation {
  if (a.key === b.key) return 'same';
  // Two gazetteer entries are two places, however alike their names (Nioro, Niono; Tessit, Tessalit).
  if (a.id && b.id) return 'different';
  const ka = `${a.key}\u0000${a.name}`;
  const kb = `${b.key}\u0000${b.name}`;
  const key = ka < kb ? `${ka}\u0001${kb}` : `${kb}\u0001${ka}`;
  let r = memo.get(key);
  if (r === undefined) {
    if (memo.size > 20_000) memo.clear();
    r = samePlace(
      { name: a.name, id: a.id, canonical: a.canonical, lat: a.lat, lon: a.lon },
      { name: b.name, id: b.id, canonical: b.canonical, lat: b.lat, lon: b.lon },
    );
    memo.set(key, r);
  }
  return r;
}
